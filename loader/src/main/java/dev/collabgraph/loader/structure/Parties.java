package dev.collabgraph.loader.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parties of an agreement (合作协议, 框架协议): its opening names them (甲方：某某市人民政府（以下简称甲方）), and its
 * clauses give them work by those words (甲方在…提供…；乙方负责… / 由甲方牵头，乙方配合). A party word in a note stands for the
 * party's name; a document that names no parties leaves such words out.
 */
final class Parties {
    /** 甲方, 乙方, 丙方, 丁方. */
    private static final Pattern PARTY = Pattern.compile("[甲乙丙丁]方");
    /** A party's line: 甲方：某某市人民政府（以下简称甲方）, at a line's start. */
    private static final Pattern PARTY_LINE = Pattern.compile("(?m)^[\\s\u3000]*([甲乙丙丁]方)[：:][\\s\u3000]*([^（(\\s\u3000\\n：:]{2,30})");

    private Parties() {
    }

    /** Whether a party word stands at {@code at}. */
    static boolean at(String text, int at, int to) {
        return at + 2 <= to && PARTY.matcher(text).region(at, to).lookingAt();
    }

    /** The notes with each party word replaced by the party's name; dropped when the document names no such party. */
    static List<ResponsibilityNote> resolve(List<ResponsibilityNote> notes, String text, String city) {
        if (notes.stream().noneMatch(n -> n.units().stream().anyMatch(u -> PARTY.matcher(u.name()).matches()))) {
            return notes;
        }
        Map<String, String> names = new HashMap<>();
        Matcher line = PARTY_LINE.matcher(text);
        while (line.find()) {
            names.putIfAbsent(line.group(1), UnitNames.canonical(line.group(2), city));
        }
        return ResponsibilityNote.renamed(notes, word -> PARTY.matcher(word).matches(), u -> names.get(u.name()));
    }
}
