package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Items headed by the units they concern, as a 成员单位职责 or 职责分工 part writes duties unit by unit:
 * （一）市科技局：承担…，会同市财政局管理… The heading's units are the item's (one leads, several share it: role
 * open), and an organ the item's text names after 会同 assists. Only a heading of nothing but organs' or universities'
 * names counts: （一）总体目标：… or 1.对接机制：… are no units.
 */
final class UnitHeadings {
    /** The item's numbering and blanks before its heading. */
    private static final Pattern OPENING = Pattern.compile(
            "^[\\s\u3000]*(?:[（(][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,3}[.、．]|[一二三四五六七八九十]{1,3}、)[\\s\u3000]*");
    /** A heading is short: a few names. */
    private static final int MAX_HEADING = 60;
    /** Organs after 会同 in the item's text: each opens with where it sits and ends as an organ does. */
    private static final Pattern WITH = Pattern.compile(
            "会同((?:[市县区省][^，。；、\\s]{1,12}?(?:局|委|办|厅|部|政府|管委会|办公室)、?)+)");
    /** The ends of the names of universities and colleges, which sit in a joint meeting as members too. */
    private static final Pattern SCHOOL = Pattern.compile("(?:大学|学院|学校)$");

    private UnitHeadings() {
    }

    /** Whether the paragraph {@code text} is an item headed by its units. */
    static boolean present(String text, String city) {
        return headingEnd(text, 0, text.length(), city) > 0;
    }

    /** The note an item headed by its units makes, if {@code body} (starting at its numbering) is one. */
    static Optional<ResponsibilityNote> read(String text, Span body, int taskNumber, String city) {
        Matcher opening = OPENING.matcher(text).region(body.start(), body.end());
        if (!opening.lookingAt()) {
            return Optional.empty();
        }
        int colon = headingEnd(text, body.start(), body.end(), city);
        if (colon < 0) {
            return Optional.empty();
        }
        List<UnitRef> heading = UnitLists.split(text, opening.end(), colon, null, city);
        String role = heading.size() == 1 ? "lead" : null;
        List<UnitRef> units = new ArrayList<>();
        heading.forEach(u -> units.add(new UnitRef(u.name(), u.surface(), role, u.span(), u.repairedFrom())));
        Matcher with = WITH.matcher(text).region(colon, body.end());
        while (with.find()) {
            for (UnitRef u : UnitLists.split(text, with.start(1), with.end(1), "co", city)) {
                if (units.stream().noneMatch(v -> v.name().equals(u.name()))) {
                    units.add(u);
                }
            }
        }
        return Optional.of(new ResponsibilityNote(taskNumber, units, new Span(opening.end(), colon)));
    }

    /** Where the heading of units ends (its colon), or -1 when the item does not open with one. */
    private static int headingEnd(String text, int from, int to, String city) {
        Matcher opening = OPENING.matcher(text).region(from, to);
        if (!opening.lookingAt()) {
            return -1;
        }
        int colon = -1;
        for (int i = opening.end(); i < Math.min(to, opening.end() + MAX_HEADING); i++) {
            char c = text.charAt(i);
            if (c == '：') {
                colon = i;
                break;
            }
            if (c == '。' || c == '，' || c == '；' || c == '\n') {
                return -1;
            }
        }
        if (colon <= opening.end() + 1) {
            return -1;
        }
        List<UnitRef> units = UnitLists.split(text, opening.end(), colon, null, city);
        boolean names = !units.isEmpty() && units.stream().allMatch(u -> UnitNames.isOrgan(UnitNames.withoutGloss(u.name()))
                || SCHOOL.matcher(u.name()).find());
        return names ? colon : -1;
    }
}
