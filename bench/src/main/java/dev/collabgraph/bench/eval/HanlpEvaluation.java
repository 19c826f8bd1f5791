package dev.collabgraph.bench.eval;

import dev.collabgraph.bench.hanlp.HanlpMode;
import dev.collabgraph.bench.hanlp.HanlpStage;
import dev.collabgraph.loader.text.DocumentReader;
import dev.collabgraph.loader.text.SourceText;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue 8: HanLP's segmentation and organisation/place recognition against the gold corpus, per {@link HanlpMode},
 * scored as {@code eval} scores entities. Held-out documents add up into one aggregate only (no row of their own,
 * no list of changes): whoever reads this output does not see their names.
 */
public final class HanlpEvaluation {
    private HanlpEvaluation() {
    }

    /**
     * One mode's entity tallies by type, per split; {@code changes}: for dev documents, the names this mode added
     * (+) or removed (−) against our extractor alone.
     */
    public record Row(HanlpMode mode, Map<String, Tally> dev, Map<String, Tally> heldOut, int heldOutDocuments,
                      int unmapped, int[] checked, List<String> changes) {
        public double devMacroF1() {
            return Evaluation.entityMacroF1(dev);
        }

        public double heldOutMacroF1() {
            return Evaluation.entityMacroF1(heldOut);
        }
    }

    /** A document read once, with its gold and our extractor's graph of it. */
    private record Doc(String name, Gold gold, SourceText source, ExtractedGraph ours) {
    }

    /** Every mode scored on the gold files of {@code dir}. */
    public static List<Row> run(Path dir, List<HanlpMode> modes) {
        HanlpStage ours = new HanlpStage(HanlpMode.OURS);
        List<Doc> docs = new ArrayList<>();
        for (Path goldFile : Evaluation.goldFiles(dir)) {
            SourceText source = DocumentReader.read(Evaluation.documentFor(goldFile));
            docs.add(new Doc(Evaluation.baseName(goldFile), Evaluation.readGold(goldFile), source, ours.extract(source)));
        }
        List<Row> rows = new ArrayList<>();
        for (HanlpMode mode : modes) {
            rows.add(run(docs, new HanlpStage(mode)));
        }
        return rows;
    }

    private static Row run(List<Doc> docs, HanlpStage stage) {
        Map<String, Tally> dev = new LinkedHashMap<>();
        Map<String, Tally> heldOut = new LinkedHashMap<>();
        List<String> changes = new ArrayList<>();
        int heldOutDocuments = 0;
        for (Doc d : docs) {
            ExtractedGraph graph = stage.extract(d.source());
            DocumentScore score = Scorer.score(d.name(), d.gold(), graph, d.source().text());
            if (d.gold().heldOut()) {
                heldOutDocuments++;
                score.entities().forEach((type, tally) -> heldOut.merge(type, tally, Tally::plus));
            } else {
                score.entities().forEach((type, tally) -> dev.merge(type, tally, Tally::plus));
                if (stage.mode() != HanlpMode.ALONE) {
                    changes.addAll(changes(d.name(), d.ours(), graph));
                }
            }
        }
        return new Row(stage.mode(), dev, heldOut, heldOutDocuments, stage.unmapped(), stage.checked(), changes);
    }

    private static List<String> changes(String document, ExtractedGraph before, ExtractedGraph after) {
        Set<String> was = names(before);
        Set<String> is = names(after);
        List<String> out = new ArrayList<>();
        is.stream().filter(n -> !was.contains(n)).forEach(n -> out.add(document + " + " + n));
        was.stream().filter(n -> !is.contains(n)).forEach(n -> out.add(document + " − " + n));
        return out;
    }

    private static Set<String> names(ExtractedGraph graph) {
        Set<String> out = new LinkedHashSet<>();
        for (Node n : graph.nodes()) {
            out.add(n.label() + " " + n.name());
        }
        return out;
    }
}
