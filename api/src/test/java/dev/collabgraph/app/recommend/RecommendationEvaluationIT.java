package dev.collabgraph.app.recommend;

import dev.collabgraph.app.http.WithSeededServer;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** Leave-one-out on the seed: our score ranks hidden partners better than common neighbours and chance. */
class RecommendationEvaluationIT extends WithSeededServer {
    @Test
    void ourMethodBeatsCommonNeighboursAndRandomOnAucAndMrr() {
        Evaluation.Result r = Evaluation.evaluate("seed", Recommender.read(server.store()), 7);
        assertThat(r.queries()).isGreaterThanOrEqualTo(10);
        assertThat(r.ours().auc()).isGreaterThan(r.commonNeighbours().auc()).isGreaterThan(r.random().auc());
        assertThat(r.ours().mrr()).isGreaterThan(r.commonNeighbours().mrr()).isGreaterThan(r.random().mrr());
    }

    @Test
    void onAGeneratedGraphWithPlantedCommunitiesTheMarginIsWide() {
        Evaluation.Result r = Evaluation.evaluate("generated", SyntheticGraph.generate(20, 3), 3);
        assertThat(r.nodes()).isGreaterThan(300);
        assertThat(r.ours().auc()).isGreaterThan(r.commonNeighbours().auc() + 0.05);
        assertThat(r.ours().mrr()).isGreaterThan(r.random().mrr() * 2);
    }
}
