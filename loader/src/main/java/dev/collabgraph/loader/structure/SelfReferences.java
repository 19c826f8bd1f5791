package dev.collabgraph.loader.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document that speaks of its issuer as 我局 / 本委 / 我办 (a bureau's reply letter, its own work plan) gives that
 * organ work: the words stand for the issuer named in the header or signature, under the short name the document
 * uses for it elsewhere (浠川市科学技术局 is 市科技局 in its contact line) when it has one.
 */
final class SelfReferences {
    /** 我局, 本局, 我委, 本委, 我办, 我厅 …: the issuer speaking of itself. */
    private static final Pattern SELF = Pattern.compile("[我本]([局委办厅])");
    /** An organ's short name as a document writes it: where it sits, a few characters, its kind. */
    private static final Pattern SHORT_NAME = Pattern.compile("[市县区省]\\p{IsHan}{1,6}?[局委办厅]");

    /**
     * A speaker's turn in a transcript: a line of its own naming an organ, the official's post and name, and a colon
     * (市科学技术局党组书记、局长　陈某：).
     */
    private static final Pattern SPEAKER = Pattern.compile("(?m)^[\\s\u3000]*(\\p{IsHan}{2,20}?(?:局|委员会|委|办公室|办|厅))"
            + "(?:党组书记、|党委书记、)?(?:常务)?副?(?:局长|主任|厅长|书记|负责人|新闻发言人)[\\s\u3000]*\\p{IsHan}{1,4}"
            + "(?:[\\s\u3000]\\p{IsHan}{1,2})?[：:][\\s\u3000]*$");

    /** A city or county named before its organ: 临川市科学技术局. */
    private static final Pattern CITY_NAMED = Pattern.compile("^\\p{IsHan}{2,4}?([市县])(?=\\p{IsHan}{3,})");

    private SelfReferences() {
    }

    /** Whether the issuer speaks of itself at {@code at}. */
    static boolean at(String text, int at, int to) {
        return at + 2 <= to && SELF.matcher(text).region(at, to).lookingAt();
    }

    /** Whether {@code name} is such a self-reference. */
    static boolean is(String name) {
        return name.length() == 2 && SELF.matcher(name).matches();
    }

    /**
     * The notes with each self-reference replaced by the organ it stands for: in a transcript, the organ of the official
     * speaking (a line 市卫生健康委员会副主任　刘敏： opens a turn in which 我委 is that committee), else the issuer of
     * the kind it names; dropped when neither names one.
     */
    static List<ResponsibilityNote> resolve(List<ResponsibilityNote> notes, String issuers, String text, String city) {
        if (notes.stream().noneMatch(n -> n.units().stream().anyMatch(u -> is(u.name())))) {
            return notes;
        }
        Map<Character, String> byKind = new HashMap<>();
        for (String issuer : issuers.split("\\s+")) {
            if (!issuer.isEmpty()) {
                byKind.putIfAbsent(issuer.charAt(issuer.length() - 1), shortName(issuer, text, city));
            }
        }
        List<String> named = notes.stream().flatMap(n -> n.units().stream()).map(UnitRef::name)
                .filter(name -> !is(name)).toList();
        java.util.TreeMap<Integer, String> speakers = new java.util.TreeMap<>();
        Matcher turn = SPEAKER.matcher(text);
        while (turn.find()) {
            speakers.put(turn.start(), turn.group(1));
        }
        return ResponsibilityNote.renamed(notes, SelfReferences::is, u -> {
            Map.Entry<Integer, String> speaker = u.span() == null ? null : speakers.floorEntry(u.span().start());
            if (speaker != null && kind(speaker.getValue()) == u.name().charAt(1)) {
                // the speaker's line names the city (临川市科学技术局): the notes name its organs by level (市科技局)
                String organ = CITY_NAMED.matcher(speaker.getValue()).replaceFirst("$1");
                return noted(organ, named, city).orElseGet(() -> shortName(organ, text, city));
            }
            return byKind.get(u.name().charAt(1));
        });
    }

    /**
     * The name the document's other notes give the organ (市医疗保障局 where a note says so, 市卫生健康委 for
     * 市卫生健康委员会), if they name it.
     */
    private static java.util.Optional<String> noted(String organ, List<String> named, String city) {
        String full = UnitNames.canonical(organ, city);
        return named.stream().filter(name -> name.equals(full)
                        || name.length() < full.length() && name.charAt(0) == full.charAt(0) && subsequence(name, full)
                        && name.charAt(name.length() - 1) == full.charAt(full.length() - 1))
                .findFirst();
    }

    /** The kind of organ a name ends in, as a self-reference names it: 委员会 is a 委, 办公室 an 办. */
    private static char kind(String organ) {
        if (organ.endsWith("委员会")) {
            return '委';
        }
        if (organ.endsWith("办公室")) {
            return '办';
        }
        return organ.charAt(organ.length() - 1);
    }

    /** The issuer's canonical name, or the shorter one the text uses for it (科技局 for 科学技术局). */
    private static String shortName(String issuer, String text, String city) {
        String full = UnitNames.canonical(issuer, city);
        Map<String, Integer> uses = new HashMap<>();
        Matcher m = SHORT_NAME.matcher(text);
        while (m.find()) {
            String name = UnitNames.canonical(m.group(), city);
            if (name.length() < full.length() && name.charAt(0) == full.charAt(0) && subsequence(name, full)) {
                uses.merge(name, 1, Integer::sum);
            }
        }
        return uses.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(full);
    }

    private static boolean subsequence(String shorter, String longer) {
        int j = 0;
        for (int i = 0; i < longer.length() && j < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(j)) {
                j++;
            }
        }
        return j == shorter.length();
    }
}
