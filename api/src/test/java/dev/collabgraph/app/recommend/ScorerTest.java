package dev.collabgraph.app.recommend;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScorerTest {
    private static final EntityGraph.Entity UNI = new EntityGraph.Entity("u", "University", "U");
    private static final EntityGraph.Entity ACME = new EntityGraph.Entity("a", "Enterprise", "A");
    private static final EntityGraph.Entity BETA = new EntityGraph.Entity("b", "Enterprise", "B");
    private static final EntityGraph.Entity SMALL = new EntityGraph.Entity("t1", "Task", "small task");
    private static final EntityGraph.Entity BIG = new EntityGraph.Entity("t2", "Task", "big task");
    private static final EntityGraph.Entity ROBOTS = new EntityGraph.Entity("i", "Industry", "robots");

    @Test
    void aRareSharedTaskWeighsMoreThanACrowdedOne() {
        EntityGraph g = new EntityGraph();
        link(g, SMALL, UNI, ACME);
        link(g, BIG, UNI, BETA);
        for (int i = 0; i < 8; i++) {
            g.add(BIG, new EntityGraph.Entity("x" + i, "Park", "p" + i), "MENTIONS", "", null, -1, -1);
        }
        Scorer scorer = new Scorer(g);
        assertThat(scorer.commonNeighbours("u", "a")).isEqualTo(scorer.commonNeighbours("u", "b"));
        assertThat(scorer.score("u", "a")).isGreaterThan(scorer.score("u", "b"));
    }

    @Test
    void industryFitCountsAndAnExistingLinkCutsTheScore() {
        EntityGraph g = new EntityGraph();
        g.add(ACME, ROBOTS, "LEADS", "", null, -1, -1);
        g.add(new EntityGraph.Entity("p", "Platform", "lab"), ROBOTS, "FOCUSES_ON", "", null, -1, -1);
        g.add(UNI, new EntityGraph.Entity("p", "Platform", "lab"), "HOSTS", "", null, -1, -1);
        Scorer scorer = new Scorer(g);
        assertThat(scorer.industryFit("a", "u")).isPositive();
        assertThat(scorer.sharedIndustries("a", "u")).containsExactly("i");
        double before = scorer.score("a", "u");
        g.add(ACME, UNI, "CO_PARTICIPATES", "", null, -1, -1);
        assertThat(new Scorer(g).score("a", "u")).isLessThan(before);
    }

    @Test
    void partnersOfPartnersRankAnActorWithoutSharedNeighboursAboveOneWithout() {
        // u works with a; a and b both work with a second university v; c is linked to nobody u can reach
        EntityGraph g = new EntityGraph();
        EntityGraph.Entity v = new EntityGraph.Entity("v", "University", "V");
        EntityGraph.Entity c = new EntityGraph.Entity("c", "Enterprise", "C");
        g.add(UNI, ACME, "PARTNERS_WITH", "", null, -1, -1);
        g.add(ACME, v, "PARTNERS_WITH", "", null, -1, -1);
        g.add(BETA, v, "PARTNERS_WITH", "", null, -1, -1);
        g.add(c, new EntityGraph.Entity("w", "University", "W"), "PARTNERS_WITH", "", null, -1, -1);
        Scorer scorer = new Scorer(g);
        assertThat(scorer.commonNeighbours("u", "b")).isZero();
        assertThat(scorer.threeStep("u", "b")).isPositive();
        assertThat(scorer.threeStep("u", "c")).isZero();
        assertThat(scorer.score("u", "b")).isGreaterThan(scorer.score("u", "c"));
    }

    private static void link(EntityGraph g, EntityGraph.Entity task, EntityGraph.Entity... named) {
        for (EntityGraph.Entity n : named) {
            g.add(task, n, "MENTIONS", "", null, -1, -1);
        }
    }
}
