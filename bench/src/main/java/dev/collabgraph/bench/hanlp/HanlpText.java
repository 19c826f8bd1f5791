package dev.collabgraph.bench.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's segmenters and a text cut into {@link Word}s with offsets into that text. Both segmenters are HanLP's
 * default (Viterbi over the portable core dictionary and its custom dictionary); {@link #recognising()} also
 * runs the organisation (nt) and place (ns) role taggers. A {@link Segment} is used by one thread at a time.
 */
public final class HanlpText {
    private HanlpText() {
    }

    /** Segmentation with organisation and place recognition. */
    public static Segment recognising() {
        return HanLP.newSegment().enableOrganizationRecognize(true).enablePlaceRecognize(true).enableOffset(true);
    }

    /** Segmentation alone (the word lattice without the role taggers' merges). */
    public static Segment plain() {
        return HanLP.newSegment().enableOffset(true);
    }

    /** The words of {@code text}, segmented line by line (a line is at most a paragraph: Viterbi stays local). */
    public static List<Word> words(Segment segment, String text) {
        List<Word> out = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            if (end > from) {
                addWords(segment, text.substring(from, end), from, out);
            }
            from = end + 1;
        }
        return out;
    }

    /** The words of {@code text.substring(from, to)}, with offsets into {@code text}. */
    public static List<Word> words(Segment segment, String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        addWords(segment, text.substring(from, to), from, out);
        return out;
    }

    private static void addWords(Segment segment, String piece, int offset, List<Word> out) {
        for (Term t : segment.seg(piece)) {
            out.add(new Word(t.word, t.nature == null ? "" : t.nature.toString(), offset + t.offset));
        }
    }
}
