package dev.collabgraph.bench.hanlp;

import com.hankcs.hanlp.seg.Segment;
import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.loader.text.SourceText;
import dev.collabgraph.model.ExtractedGraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One document's extraction under a {@link HanlpMode}: our extractor (except {@link HanlpMode#ALONE}) followed by
 * that mode's HanLP step, so that timing it times both. One stage per thread (HanLP segments are not shared).
 */
public final class HanlpStage {
    private final HanlpMode mode;
    private final Segment segment;
    /** Names seen that map to no type (ALONE and MERGE): how much of HanLP's output our types cannot use. */
    private final int[] unmapped = new int[1];
    /** Suffix names checked by the boundary modes, and those that failed. */
    private final int[] checked = new int[2];

    public HanlpStage(HanlpMode mode) {
        this.mode = mode;
        this.segment = switch (mode) {
            case OURS -> null;
            case ALONE, MERGE -> HanlpText.recognising();
            case BOUNDARY_DROP, BOUNDARY_TRIM -> HanlpText.plain();
        };
    }

    public HanlpMode mode() {
        return mode;
    }

    public int unmapped() {
        return unmapped[0];
    }

    /** [suffix names checked, of which not starting a word] by the boundary modes. */
    public int[] checked() {
        return checked.clone();
    }

    /** The graph this mode makes of {@code source}; an empty graph when our extractor refuses the document. */
    public ExtractedGraph extract(SourceText source) {
        String text = source.text();
        if (mode == HanlpMode.ALONE) {
            return recognitionGraph(Recognitions.of(HanlpText.words(segment, text), unmapped));
        }
        ExtractedGraph ours;
        try {
            ours = Extractor.extract(source);
        } catch (BadDocumentException e) {
            return new ExtractedGraph(null, List.of(), List.of(), List.of());
        }
        return switch (mode) {
            case MERGE -> CandidateMerge.apply(ours, Recognitions.of(HanlpText.words(segment, text), unmapped));
            case BOUNDARY_DROP -> LeftBoundary.apply(ours, text, segment, false, checked);
            case BOUNDARY_TRIM -> LeftBoundary.apply(ours, text, segment, true, checked);
            default -> ours;
        };
    }

    /** One node per distinct (type, name) recognised. */
    private static ExtractedGraph recognitionGraph(List<Recognition> recognitions) {
        Map<String, dev.collabgraph.model.Node> nodes = new LinkedHashMap<>();
        for (Recognition r : recognitions) {
            nodes.putIfAbsent(r.label() + ":" + r.name(), CandidateMerge.node(r));
        }
        return new ExtractedGraph(null, new ArrayList<>(nodes.values()), List.of(), List.of());
    }
}
