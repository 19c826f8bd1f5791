package dev.collabgraph.bench.hanlp;

import dev.collabgraph.model.Label;

import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's organisation and place recognitions in a text, mapped to our types ({@link HanlpLabels}). Organisations
 * are its nt words (nt, ntc companies, ntu universities …), and a place or organisation word followed directly by
 * an institution suffix word (nis: 徐州市 + 科技局), which HanLP's own tagger leaves as two words.
 */
public final class Recognitions {
    private Recognitions() {
    }

    /** The recognitions among {@code words}, in text order; {@code unmapped} counts the names no type fits. */
    public static List<Recognition> of(List<Word> words, int[] unmapped) {
        List<Recognition> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            Word before = i > 0 ? words.get(i - 1) : null;
            String name = null;
            int start = w.start();
            Label label = null;
            if (isPlace(w)) {
                name = w.text();
                label = HanlpLabels.place(name);
            } else if (isOrganisation(w)) {
                name = w.text();
                label = HanlpLabels.organisation(name);
            } else if (w.nature().equals("nis")) {
                boolean joined = before != null && before.end() == w.start() && (isPlace(before) || isOrganisation(before));
                name = joined ? before.text() + w.text() : w.text();
                start = joined ? before.start() : w.start();
                label = HanlpLabels.organisation(name);
            }
            if (name == null) {
                continue;
            }
            if (label == null) {
                unmapped[0]++;
            } else {
                out.add(new Recognition(name, label, start));
            }
        }
        return out;
    }

    private static boolean isPlace(Word w) {
        return w.nature().startsWith("ns");
    }

    private static boolean isOrganisation(Word w) {
        return w.nature().startsWith("nt");
    }
}
