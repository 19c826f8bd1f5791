package dev.collabgraph.bench.recommend;

import dev.collabgraph.app.http.WithSeededServer;
import dev.collabgraph.app.recommend.Recommender;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leave-one-out on the seed: our score ranks hidden partners about as well as common neighbours (15 queries: a
 * difference of 0.01 is one rank) and far better than chance; on a generated graph with planted communities, clearly
 * better than both.
 */
class RecommendationEvaluationIT extends WithSeededServer {
    @Test
    void ourMethodMatchesCommonNeighboursAndBeatsRandomOnAucAndMrr() {
        Evaluation.Result r = Evaluation.evaluate("seed", Recommender.read(server.store()), 7);
        assertThat(r.queries()).isGreaterThanOrEqualTo(10);
        // on 15 queries: ours 0.789 against common neighbours 0.793 AUC after the entity rules of issue 8 (a tie), 0.816
        // against 0.793 after those of 2026-12-03; the seeded random ranking then drew 0.629 (15 queries leave chance
        // wide: its MRR 0.315 against ours 0.618), so the margins over it are 0.15 AUC and 1.5× MRR
        assertThat(r.ours().auc()).as("ours %s, common neighbours %s, random %s", r.ours(), r.commonNeighbours(),
                        r.random())
                .isGreaterThan(r.commonNeighbours().auc() - 0.01)
                .isGreaterThan(r.random().auc() + 0.15);
        assertThat(r.ours().mrr()).isGreaterThan(r.commonNeighbours().mrr() - 0.02)
                .isGreaterThan(r.random().mrr() * 1.5);
    }

    @Test
    void onAGeneratedGraphWithPlantedCommunitiesTheMarginIsWide() {
        Evaluation.Result r = Evaluation.evaluate("generated", SyntheticGraph.generate(20, 3), 3);
        assertThat(r.nodes()).isGreaterThan(300);
        assertThat(r.ours().auc()).isGreaterThan(r.commonNeighbours().auc() + 0.05);
        assertThat(r.ours().mrr()).isGreaterThan(r.random().mrr() * 2);
    }
}
