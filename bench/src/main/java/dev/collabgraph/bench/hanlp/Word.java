package dev.collabgraph.bench.hanlp;

/** One word of HanLP's segmentation: its text, part-of-speech tag (nt organisation, ns place …) and start offset. */
public record Word(String text, String nature, int start) {
    public int end() {
        return start + text.length();
    }
}
