package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of a table cell wrapped over several lines, joined as one: a word cut by the wrap (临溪区人 / 民政府)
 * is whole again. Offsets in the joined text map back to the logical text, so units keep their spans.
 */
final class CellText {
    /** A line that starts a new unit after one ending in a unit suffix: the wrap fell between two units. */
    private static final Pattern UNIT_START = Pattern.compile("^(?:市|县|区|省|各)");
    private static final String SEPARATORS = "、，,；;";

    private final String text;
    private final List<Table.Cell> pieces;
    private final int[] pieceStarts;

    CellText(List<Table.Cell> pieces) {
        this.pieces = List.copyOf(pieces);
        this.pieceStarts = new int[pieces.size()];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i).text();
            if (i > 0 && betweenUnits(joined, piece)) {
                joined.append('、');
            }
            pieceStarts[i] = joined.length();
            joined.append(piece);
        }
        this.text = joined.toString();
    }

    String text() {
        return text;
    }

    /** The units listed in the cell, with logical spans. */
    List<UnitRef> units(String role, String city) {
        List<UnitRef> units = new ArrayList<>();
        for (UnitRef u : UnitLists.split(text, 0, text.length(), role, city)) {
            units.add(new UnitRef(u.name(), u.surface(), u.role(),
                    new Span(logical(u.span().start(), false), logical(u.span().end(), true)), u.repairedFrom()));
        }
        return units;
    }

    private static boolean betweenUnits(StringBuilder joined, String next) {
        if (joined.isEmpty() || SEPARATORS.indexOf(joined.charAt(joined.length() - 1)) >= 0) {
            return false;
        }
        return !UnitNames.suffixOf(joined.toString()).isEmpty() && UNIT_START.matcher(next).find();
    }

    /** The logical offset of joined offset {@code at}; an end offset stays in the piece it ends. */
    private int logical(int at, boolean end) {
        for (int i = pieces.size() - 1; i >= 0; i--) {
            if (end ? at > pieceStarts[i] : at >= pieceStarts[i]) {
                int offset = Math.min(at - pieceStarts[i], pieces.get(i).text().length());
                return pieces.get(i).span().start() + offset;
            }
        }
        return pieces.isEmpty() ? 0 : pieces.get(0).span().start();
    }
}
