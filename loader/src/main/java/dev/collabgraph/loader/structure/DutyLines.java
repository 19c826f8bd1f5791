package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.MatchStarts;
import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's units given on lines of their own below it, one unit (or a few) per line, each opened by a dash or a
 * bullet and followed by its duty: ——市科技局：牵头制定方案； / ——市财政局：配合落实经费。 The duty's first words give
 * the role (牵头 leads; 配合, 参与, 协助, 协同, 协办 assist); a duty worded otherwise (负责…) leaves it open. Only a line
 * whose head is nothing but organs', schools' or companies' names counts: ——目标：… names nobody.
 */
final class DutyLines {
    /**
     * A line's mark (——, --, —, －, ●, ◆, •), its head and the colon after it. A line starts a line, or follows a
     * sentence's end where paragraphs are read run together.
     */
    private static final Pattern LINE = Pattern.compile(
            "(?m)(?:^|(?<=[。；;]))[\\s\u3000\u00a0]*(?:[—－\\-]{1,2}|[●◆•·▪])[\\s\u3000]*([^：:，。；\\n]{2,40})[：:]");
    private static final Pattern LEADS = Pattern.compile("^[\\s\u3000]*(?:共同|负责|统筹)?牵头");
    private static final Pattern ASSISTS = Pattern.compile("^[\\s\u3000]*(?:积极|主动|共同)?(?:配合|参与|协助|协同|协办)");
    /** The names a duty line may head with: organs, schools, companies. */
    private static final Pattern NAME_END = Pattern.compile("(?:大学|学院|学校|公司|集团)(?:（[^（）]{1,20}）)?$");

    private DutyLines() {
    }

    /** Whether {@code text} holds at least one duty line. */
    static boolean present(String text, String city) {
        if (!hasMark(text)) {
            return false; // most texts: no dash or bullet, so no duty line
        }
        // tried only where a line can open (find() tried the anchor and the look-behind at every character); the
        // bounds let ^ and the look-behind see the whole text, as find() over it does
        Matcher line = LINE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int from = 0; MatchStarts.next(line, text, from, p -> opensLine(text, p)); from = line.end()) {
            if (!heads(text, line, city).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a {@link #LINE} may start at {@code p}: at the text's start, after a line terminator ((?m)^ there) or
     * after a sentence's end (its look-behind).
     */
    private static boolean opensLine(String text, int p) {
        if (p == 0) {
            return true;
        }
        char c = text.charAt(p - 1);
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '。' || c == '；'
                || c == ';';
    }

    /** Whether {@code text} holds a mark a duty line opens with ({@link #LINE}'s dashes and bullets). */
    private static boolean hasMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '—', '－', '-', '●', '◆', '•', '·', '▪' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** The note the duty lines inside {@code body} make, if there are any. */
    static Optional<ResponsibilityNote> read(String text, Span body, int taskNumber, String city) {
        Matcher line = LINE.matcher(text).region(body.start(), body.end());
        List<UnitRef> units = new ArrayList<>();
        int first = -1;
        int last = -1;
        while (line.find()) {
            List<UnitRef> heads = heads(text, line, city);
            if (heads.isEmpty()) {
                continue;
            }
            String role = roleOf(text, line.end(), body.end());
            for (UnitRef u : heads) {
                if (units.stream().noneMatch(v -> v.name().equals(u.name()))) {
                    units.add(new UnitRef(u.name(), u.surface(), role, u.span(), u.repairedFrom()));
                }
            }
            first = first < 0 ? line.start(1) : first;
            int end = text.indexOf('\n', line.end());
            last = end < 0 || end > body.end() ? body.end() : end;
        }
        if (units.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ResponsibilityNote(taskNumber, units, new Span(first, last)));
    }

    /** The units heading the line {@code line} found, or none when its head is not all names of units. */
    private static List<UnitRef> heads(String text, Matcher line, String city) {
        List<UnitRef> units = UnitLists.split(text, line.start(1), line.end(1), null, city);
        boolean names = !units.isEmpty() && units.stream().allMatch(u -> UnitNames.isOrgan(UnitNames.withoutGloss(u.name()))
                || NAME_END.matcher(u.name()).find());
        return names ? units : List.of();
    }

    private static String roleOf(String text, int from, int to) {
        int end = Math.min(to, from + 8);
        String duty = text.substring(from, Math.max(from, end));
        if (LEADS.matcher(duty).find()) {
            return "lead";
        }
        return ASSISTS.matcher(duty).find() ? "co" : null;
    }
}
