package dev.collabgraph.bench.recommend;

import dev.collabgraph.app.recommend.Calibration;
import dev.collabgraph.app.recommend.EntityGraph;
import dev.collabgraph.app.recommend.Scorer;
import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.entity.EntityExtractor;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.loader.text.DocumentReader;
import dev.collabgraph.model.ExtractedGraph;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits what a raw score means from the leave-one-out evaluation ({@link Evaluation}): every known link of a graph is
 * hidden in turn and, from each end, the hidden partner and every other candidate of its kind are scored; the share
 * of hidden partners among the candidates of a raw score, made non-decreasing by isotonic regression
 * ({@link IsotonicShares}), is the calibrated score.
 */
public final class ScoreCalibration {
    /** The command that makes the shipped table again. */
    public static final String COMMAND =
            "bin/collabgraph bench calibrate --write api/src/main/resources" + Calibration.RESOURCE;
    /** The header line that says when the table was made: the one line a rebuild changes when nothing else did. */
    public static final String MADE = "# Made on ";

    private ScoreCalibration() {
    }

    /** The fitted table and what it was fitted on. */
    public record Fit(int documents, int nodes, int links, int queries, List<Calibration.Block> blocks) {
        public long candidates() {
            return blocks.stream().mapToLong(Calibration.Block::candidates).sum();
        }

        public long partners() {
            return blocks.stream().mapToLong(Calibration.Block::partners).sum();
        }
    }

    /**
     * The dev documents of a gold corpus, as the loader extracts them: held-out documents are never read, gold files
     * only for their split; a document the loader refuses is left out.
     */
    public static List<ExtractedGraph> devDocuments(Path corpus) {
        List<ExtractedGraph> out = new ArrayList<>();
        for (Path gold : dev.collabgraph.bench.eval.Evaluation.goldFiles(corpus)) {
            if (dev.collabgraph.bench.eval.Evaluation.heldOut(gold)) {
                continue;
            }
            try {
                out.add(Extractor.extract(DocumentReader.read(dev.collabgraph.bench.eval.Evaluation.documentFor(gold)),
                        EntityExtractor.standard()));
            } catch (BadDocumentException e) {
                // refused documents state no links, as when they are loaded
            }
        }
        return out;
    }

    /** The table as shipped: a header saying how, from what and when it was made and how to make it again, then the rows. */
    public static String table(Fit fit, String corpus, LocalDate made) {
        return String.format(Locale.ROOT, """
                # Partner score calibration: what a raw score (Scorer.score) means. Each row: raw scores from..to, the
                # share of true partners among the candidates scored in that range (the calibrated score, 0 to 1), and
                # how many candidates and partners it rests on. A score below the first row takes its share, one between
                # two rows the lower row's; the shares rise with the score, so the ranking never changes.
                # Fitted by leave-one-out on the graph the dev documents of %s make together (held-out documents are
                # never read): each industry-academia link and partnership hidden in turn, from each end the hidden
                # partner and every other candidate of its kind scored; isotonic regression (pool-adjacent-violators),
                # blocks of at least %d candidates and %d partners.
                # Fitted on %d documents: %d nodes, %d links, %d queries, %d candidates, %d partners.
                %s%s. Rebuilt by: %s
                """, corpus, IsotonicShares.MIN_CANDIDATES, IsotonicShares.MIN_PARTNERS, fit.documents(), fit.nodes(), fit.links(), fit.queries(),
                fit.candidates(), fit.partners(), MADE, made, COMMAND) + Calibration.rows(fit.blocks());
    }

    /** Fits on the graph the documents make together (every document's relationships, as the loader writes them). */
    public static Fit fit(List<ExtractedGraph> documents) {
        EntityGraph graph = new EntityGraph();
        documents.forEach(d -> DocumentHoldout.addTo(graph, d));
        List<EntityGraph.Edge> links = Evaluation.knownLinks(graph);
        List<IsotonicShares.Sample> samples = new ArrayList<>();
        int queries = 0;
        for (EntityGraph.Edge link : links) {
            EntityGraph hidden = graph.without(link.from(), link.to());
            Scorer scorer = new Scorer(hidden);
            for (String[] ends : List.of(new String[] {link.from(), link.to()}, new String[] {link.to(), link.from()})) {
                String source = ends[0];
                String partner = ends[1];
                List<String> negatives = Evaluation.negatives(hidden, source, partner);
                if (negatives.isEmpty()) {
                    continue;
                }
                queries++;
                samples.add(new IsotonicShares.Sample(scorer.score(source, partner), true));
                negatives.forEach(c -> samples.add(new IsotonicShares.Sample(scorer.score(source, c), false)));
            }
        }
        return new Fit(documents.size(), graph.nodes().size(), links.size(), queries, IsotonicShares.fit(samples));
    }
}
