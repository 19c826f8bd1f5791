package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A list of units whose leads are named after it in a clause of its own: 责任单位：A、B、C，其中A牵头 / …，A、B为牵头单位.
 * The units the clause names lead and the others assist, as such documents say once (注明牵头的为牵头单位，其余为配合单位);
 * a lead the clause names that the list left out leads too.
 */
final class LeadClauses {
    /** The clause: a comma or semicolon, 其中 or not, names, and the words that make them lead, closing the list. */
    private static final Pattern CLAUSE = Pattern.compile(
            "[，,；;]\\s*(?:其中|由)?([^，,；;：。（）]{2,60}?)(?:牵头|为牵头(?:单位|部门)|负责牵头|共同牵头)$");

    private LeadClauses() {
    }

    /** The units of the list {@code text[from, to)}, roles set by its closing lead clause; empty when it has none. */
    static Optional<List<UnitRef>> read(String text, int from, int to, String city) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end - from < 4 || text.charAt(end - 1) != '头' && text.charAt(end - 1) != '位' && text.charAt(end - 1) != '门') {
            return Optional.empty();
        }
        int searchFrom = Math.max(from, end - 70);
        Matcher m = CLAUSE.matcher(text).region(searchFrom, end);
        if (!m.find()) {
            return Optional.empty();
        }
        List<UnitRef> listed = UnitLists.split(text, from, m.start(), null, city);
        List<UnitRef> named = UnitLists.split(text, m.start(1), m.end(1), "lead", city);
        if (listed.isEmpty() || named.isEmpty() || listed.stream().anyMatch(u -> u.role() != null)) {
            return Optional.empty();
        }
        Set<String> leads = named.stream().map(UnitRef::name).collect(Collectors.toSet());
        List<UnitRef> out = new ArrayList<>(listed.size() + named.size());
        for (UnitRef u : listed) {
            out.add(new UnitRef(u.name(), u.surface(), leads.remove(u.name()) ? "lead" : "co", u.span(), u.repairedFrom()));
        }
        named.stream().filter(u -> leads.contains(u.name())).forEach(out::add);
        return Optional.of(out);
    }
}
