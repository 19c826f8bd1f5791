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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Fits what a raw score means from the leave-one-out evaluation ({@link Evaluation}): every known link of a graph is
 * hidden in turn and, from each end, the hidden partner and every other candidate of its kind are scored; the share
 * of hidden partners among the candidates of a raw score, made non-decreasing by isotonic regression
 * (pool-adjacent-violators), is the calibrated score. Blocks of fewer than {@value #MIN_CANDIDATES} candidates or
 * {@value #MIN_PARTNERS} partners are pooled with a neighbour, so that no share rests on a handful of pairs.
 */
public final class ScoreCalibration {
    static final int MIN_CANDIDATES = 200;
    static final int MIN_PARTNERS = 5;
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

    /** A raw score and whether its candidate was the hidden partner. */
    record Sample(double score, boolean partner) {
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
                """, corpus, MIN_CANDIDATES, MIN_PARTNERS, fit.documents(), fit.nodes(), fit.links(), fit.queries(),
                fit.candidates(), fit.partners(), MADE, made, COMMAND) + Calibration.rows(fit.blocks());
    }

    /** Fits on the graph the documents make together (every document's relationships, as the loader writes them). */
    public static Fit fit(List<ExtractedGraph> documents) {
        EntityGraph graph = new EntityGraph();
        documents.forEach(d -> DocumentHoldout.addTo(graph, d));
        List<EntityGraph.Edge> links = Evaluation.knownLinks(graph);
        List<Sample> samples = new ArrayList<>();
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
                samples.add(new Sample(scorer.score(source, partner), true));
                negatives.forEach(c -> samples.add(new Sample(scorer.score(source, c), false)));
            }
        }
        return new Fit(documents.size(), graph.nodes().size(), links.size(), queries, isotonic(samples));
    }

    /** Pool-adjacent-violators over the samples in order of score (equal scores in one block), then small blocks joined. */
    static List<Calibration.Block> isotonic(List<Sample> samples) {
        List<Sample> sorted = samples.stream().sorted(Comparator.comparingDouble(Sample::score)).toList();
        Deque<Pool> stack = new ArrayDeque<>();
        int i = 0;
        while (i < sorted.size()) {
            double score = sorted.get(i).score();
            Pool pool = new Pool(score, score, 0, 0);
            while (i < sorted.size() && sorted.get(i).score() == score) {
                pool = pool.plus(sorted.get(i++).partner());
            }
            stack.push(pool);
            // a block whose share is not below the next one's joins it: the shares then rise strictly
            while (stack.size() > 1) {
                Pool last = stack.pop();
                Pool before = stack.peek();
                if (before.share() < last.share()) {
                    stack.push(last);
                    break;
                }
                stack.pop();
                stack.push(before.join(last));
            }
        }
        List<Pool> pools = new ArrayList<>(stack);
        Collections.reverse(pools);
        pools = pooledSmall(pools);
        return pools.stream().map(p -> new Calibration.Block(p.from(), p.to(), p.share(), p.candidates(), p.partners()))
                .toList();
    }

    /**
     * Joins every block too small to say much to its neighbour with the nearer share (the last to the one before):
     * the joined share lies between the two, so the shares still rise.
     */
    private static List<Pool> pooledSmall(List<Pool> pools) {
        List<Pool> out = new ArrayList<>(pools);
        boolean changed = true;
        while (changed && out.size() > 1) {
            changed = false;
            for (int k = 0; k < out.size(); k++) {
                Pool p = out.get(k);
                if (p.candidates() >= MIN_CANDIDATES && p.partners() >= MIN_PARTNERS) {
                    continue;
                }
                int other = k == out.size() - 1 ? k - 1 : k == 0 ? 1
                        : p.share() - out.get(k - 1).share() <= out.get(k + 1).share() - p.share() ? k - 1 : k + 1;
                int first = Math.min(k, other);
                out.set(first, out.get(first).join(out.get(first + 1)));
                out.remove(first + 1);
                changed = true;
                break;
            }
        }
        return out;
    }

    /** Candidates with scores from {@code from} to {@code to}, {@code partners} of them hidden partners. */
    private record Pool(double from, double to, long candidates, long partners) {
        Pool plus(boolean partner) {
            return new Pool(from, to, candidates + 1, partners + (partner ? 1 : 0));
        }

        Pool join(Pool next) {
            return new Pool(Math.min(from, next.from), Math.max(to, next.to), candidates + next.candidates,
                    partners + next.partners);
        }

        double share() {
            return candidates == 0 ? 0 : (double) partners / candidates;
        }
    }
}
