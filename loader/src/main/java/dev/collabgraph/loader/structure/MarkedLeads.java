package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document that marks its lead units with a sign and says so once (带“*”的为牵头单位 / 标★的为牵头部门): in a note or
 * annex cell that gives no roles in words, a unit followed by the sign leads and the others assist.
 */
final class MarkedLeads {
    /** The legend: the sign (in quotes or not), then 的为/者为/为 牵头. */
    private static final Pattern LEGEND = Pattern.compile(
            "(?:带|标|标有|标注|注有|加|有)[“\"‘]?([*＊★☆※#＃▲△])[”\"’]?号?(?:的|者)?(?:单位|部门)?(?:为|是|表示)(?:各项任务的)?牵头");
    /** The signs {@link #LEGEND} names: a text without any has no legend. */
    private static final String SIGNS = "*＊★☆※#＃▲△";
    /** Blanks and closing quotes a sign may stand behind. */
    private static final String BETWEEN = " \u3000";

    private MarkedLeads() {
    }

    /** The sign the document's legend names, if it has one. */
    static Optional<Character> sign(String text) {
        if (text.indexOf('牵') < 0 || SIGNS.chars().noneMatch(c -> text.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        Matcher m = LEGEND.matcher(text);
        return m.find() ? Optional.of(m.group(1).charAt(0)) : Optional.empty();
    }

    /** {@code units} with the marked ones leading and the others assisting, when some are marked and none has a role. */
    static List<UnitRef> apply(List<UnitRef> units, String text, char sign) {
        if (units.isEmpty() || units.stream().anyMatch(u -> u.role() != null)
                || units.stream().noneMatch(u -> marked(u, text, sign))) {
            return units;
        }
        List<UnitRef> out = new ArrayList<>(units.size());
        for (UnitRef u : units) {
            out.add(new UnitRef(u.name(), u.surface(), marked(u, text, sign) ? "lead" : "co", u.span(), u.repairedFrom()));
        }
        return out;
    }

    private static boolean marked(UnitRef unit, String text, char sign) {
        if (unit.surface() != null && !unit.surface().isEmpty()
                && unit.surface().charAt(unit.surface().length() - 1) == sign) {
            return true;
        }
        if (unit.span() == null) {
            return false;
        }
        int at = unit.span().end();
        while (at < text.length() && BETWEEN.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at < text.length() && (text.charAt(at) == sign || sign == '*' && text.charAt(at) == '＊');
    }
}
