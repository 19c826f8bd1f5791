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
        // since the entity rules of issue 8 (more links on the seed) ours is 0.789 against 0.793 AUC: a tie on 15
        // queries, no longer the lead it had; issue 12 is about recommendations worth acting on
        assertThat(r.ours().auc()).isGreaterThan(r.commonNeighbours().auc() - 0.01)
                .isGreaterThan(r.random().auc() + 0.2);
        assertThat(r.ours().mrr()).isGreaterThan(r.commonNeighbours().mrr() - 0.02)
                .isGreaterThan(r.random().mrr() * 2);
    }

    @Test
    void onAGeneratedGraphWithPlantedCommunitiesTheMarginIsWide() {
        Evaluation.Result r = Evaluation.evaluate("generated", SyntheticGraph.generate(20, 3), 3);
        assertThat(r.nodes()).isGreaterThan(300);
        assertThat(r.ours().auc()).isGreaterThan(r.commonNeighbours().auc() + 0.05);
        assertThat(r.ours().mrr()).isGreaterThan(r.random().mrr() * 2);
    }
}
