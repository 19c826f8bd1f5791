package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Names cut by a table cell's wrap. A PDF's table cell too narrow for a name breaks it (…、槎 / 州科创投资集团有限公司),
 * and the rest opens a line of its own: read there, it is a name of its own, one its first letters short. A name that
 * opens a line and is the tail of a longer name of the same type the document gives elsewhere is read as that name.
 */
final class WrappedNames {
    /** The types whose names are long enough to wrap and whose tails still look like names. */
    private static final Set<Label> WRAPPING = EnumSet.of(Label.University, Label.Enterprise, Label.Platform, Label.Park);
    /** A wrap leaves a few letters behind, and a tail long enough to be read as a name. */
    private static final int MAX_CUT = 6;
    private static final int MIN_TAIL = 4;

    private WrappedNames() {
    }

    /** {@code mentions} with each name a wrap cut read as the whole name. */
    static List<Mention> join(List<Mention> mentions, String text) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(WRAPPING.contains(m.label()) && opensLine(text, m.span().start()) ? whole(m, mentions) : m);
        }
        return out;
    }

    private static Mention whole(Mention cut, List<Mention> mentions) {
        String tail = cut.name();
        if (tail.length() < MIN_TAIL) {
            return cut;
        }
        String best = null;
        for (Mention m : mentions) {
            String name = m.name();
            if (m.label() == cut.label() && name.length() > tail.length() && name.length() - tail.length() <= MAX_CUT
                    && name.endsWith(tail) && (best == null || name.length() < best.length())) {
                best = name;
            }
        }
        return best == null ? cut : new Mention(cut.label(), best, cut.surface(), cut.span(), cut.rule());
    }

    /** Whether only blanks stand between the line's start and {@code at}. */
    private static boolean opensLine(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\u3000') {
                return false;
            }
        }
        return at == 0;
    }
}
