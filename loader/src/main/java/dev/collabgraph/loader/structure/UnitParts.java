package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Work set out department by department: a 分解方案 whose parts are headed by nothing but the units responsible for
 * them (一、科技创新局 / 五、规划建设局、招商服务中心（共同牵头）) over numbered items without notes of their own. The
 * heading's units lead the items under it; a closing sentence of units and an assisting verb (A、B配合。) and organs
 * after 会同 in the item's text assist. It takes at least two such parts at one level, so that a single part named
 * after an organ (一、市政府办公室) in another layout is not read as a division of work.
 */
final class UnitParts {
    /** The part's own word on its units' roles: （共同牵头）, （牵头）. */
    private static final Pattern ROLE_GLOSS = Pattern.compile("[（(](?:共同)?(?:牵头|负责)(?:单位|部门)?[)）]\\s*$");
    /** A sentence that names nothing but units assisting: 经济发展局、财政金融局配合。 */
    private static final Pattern ASSISTING_END = Pattern.compile("(?:配合|协助|参与|协办)$");
    private static final String WITH = "会同";
    /** Longer than this, what follows 会同 is a phrase, not an organ's name. */
    private static final int MAX_UNIT = 16;
    private static final int MIN_PARTS = 2;

    private UnitParts() {
    }

    /** {@code notes} with the tasks under parts headed by units given those units, as the layout says. */
    static List<ResponsibilityNote> apply(List<ResponsibilityNote> notes, String text, List<SectionBlock> sections,
                                          List<TaskBlock> tasks, String city) {
        Map<String, List<UnitRef>> headed = headedParts(text, sections, city);
        if (headed.isEmpty()) {
            return notes;
        }
        return TaskNotes.rewrite(notes, tasks, (task, own) -> {
            List<UnitRef> leads = SectionBlock.innermost(headed, task.sectionKey());
            if (leads == null || own != null && own.units().stream().anyMatch(u -> "lead".equals(u.role()))) {
                return null;
            }
            List<UnitRef> units = new ArrayList<>(leads);
            List<UnitRef> assisting = own != null ? own.units() : assisting(text, task.body(), city);
            for (UnitRef u : assisting) {
                if (units.stream().noneMatch(v -> v.name().equals(u.name()))) {
                    units.add(new UnitRef(u.name(), u.surface(), "co", u.span(), u.repairedFrom()));
                }
            }
            Span span = own != null ? own.span() : leads.get(0).span();
            return new ResponsibilityNote(task.number(), units, span);
        });
    }

    /** The parts headed by units, by key, when at least two parts of one level are. */
    private static Map<String, List<UnitRef>> headedParts(String text, List<SectionBlock> sections, String city) {
        Map<String, List<UnitRef>> headed = new HashMap<>();
        Map<Integer, Integer> organPartsByLevel = new HashMap<>();
        for (SectionBlock s : sections) {
            List<UnitRef> units = headingUnits(text, s, city);
            if (!units.isEmpty()) {
                headed.put(s.key(), units);
                if (units.stream().allMatch(u -> UnitNames.isOrgan(u.name()))) {
                    organPartsByLevel.merge(s.level(), 1, Integer::sum);
                }
            }
        }
        headed.keySet().removeIf(k -> organPartsByLevel.getOrDefault(k.split("\\.").length, 0) < MIN_PARTS);
        return headed;
    }

    /** The units a part's heading consists of, leading; none when the heading says anything else. */
    private static List<UnitRef> headingUnits(String text, SectionBlock s, String city) {
        String title = s.title().strip();
        Matcher gloss = ROLE_GLOSS.matcher(title);
        String names = gloss.find() ? title.substring(0, gloss.start()) : title;
        // the title may stop before the gloss, as before any bracket of roles
        boolean shared = ROLE_GLOSS.matcher(text.substring(s.heading().start(), s.heading().end())).find();
        int from = text.indexOf(names, s.heading().start());
        if (names.isEmpty() || from < 0 || from + names.length() > s.heading().end()
                || names.chars().anyMatch(c -> "。，；：,;:".indexOf(c) >= 0)) {
            return List.of();
        }
        List<UnitRef> units = UnitLists.split(text, from, from + names.length(), null, city);
        boolean allUnits = !units.isEmpty() && units.stream().allMatch(u -> u.surface().strip().length() > 2
                && (UnitNames.isOrgan(u.name()) || !UnitNames.suffixOf(u.name()).isEmpty()));
        if (!allUnits) {
            return List.of();
        }
        // one unit leads; several lead together when the heading says so, else their roles stay open
        String role = units.size() == 1 || shared ? "lead" : null;
        return units.stream().map(u -> new UnitRef(u.name(), u.surface(), role, u.span(), u.repairedFrom())).toList();
    }

    /** The units an item's own text gives to assist: a sentence of units with 配合, and organs after 会同. */
    private static List<UnitRef> assisting(String text, Span body, String city) {
        List<UnitRef> units = new ArrayList<>();
        int start = body.start();
        for (int i = body.start(); i < body.end(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '；' || i == body.end() - 1) {
                int end = c == '。' || c == '；' ? i : i + 1;
                int from = start;
                while (from < end && Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
                Matcher verb = ASSISTING_END.matcher(text.substring(from, end));
                if (verb.find()) {
                    List<UnitRef> named = UnitLists.split(text, from, from + verb.start(), "co", city);
                    if (named.stream().allMatch(u -> UnitNames.isOrgan(u.name()))) {
                        units.addAll(named);
                    }
                }
                start = i + 1;
            }
        }
        for (int at = text.indexOf(WITH, body.start()); at >= 0 && at < body.end(); at = text.indexOf(WITH, at + 1)) {
            units.addAll(organsAfter(text, at + WITH.length(), body.end(), city));
        }
        return units;
    }

    /** The organs 会同 names: 、-joined names up to the clause's end, the last cut where its name ends. */
    private static List<UnitRef> organsAfter(String text, int from, int to, String city) {
        int end = from;
        while (end < to && "，。；：,;:\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        List<UnitRef> units = new ArrayList<>();
        int start = from;
        for (int i = from; i <= end; i++) {
            if (i < end && text.charAt(i) != '、') {
                continue;
            }
            int nameEnd = i < end ? (UnitNames.isOrgan(text.substring(start, i)) ? i : -1) : longestOrgan(text, start, i);
            if (nameEnd < 0 || nameEnd - start > MAX_UNIT) {
                return units;
            }
            String surface = text.substring(start, nameEnd);
            units.add(new UnitRef(UnitNames.canonical(surface, city), surface, "co", new Span(start, nameEnd), null));
            start = i + 1;
        }
        return units;
    }

    /** The end of the longest organ's name opening {@code text[from, to)} within {@link #MAX_UNIT}, or -1. */
    private static int longestOrgan(String text, int from, int to) {
        for (int end = Math.min(to, from + MAX_UNIT); end > from + 1; end--) {
            if (UnitNames.isOrgan(text.substring(from, end))) {
                return end;
            }
        }
        return -1;
    }
}
