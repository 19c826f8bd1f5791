package dev.collabgraph.bench.recommend;

import dev.collabgraph.app.recommend.Calibration;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Shares of true partners that rise with the score: isotonic regression by pool-adjacent-violators over scored
 * candidates (equal scores always in one block), each block's share strictly above the one before. Blocks of fewer
 * than {@value #MIN_CANDIDATES} candidates or {@value #MIN_PARTNERS} partners are then joined to a neighbour, so
 * that no share rests on a handful of pairs.
 */
final class IsotonicShares {
    static final int MIN_CANDIDATES = 200;
    static final int MIN_PARTNERS = 5;

    private IsotonicShares() {
    }

    /** A raw score and whether its candidate was the hidden partner. */
    record Sample(double score, boolean partner) {
    }

    /** The blocks of the samples, in order of score. */
    static List<Calibration.Block> fit(List<Sample> samples) {
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
