package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Candidates ordered by packed keys come out as a stable sort by length, rule and start puts them. */
class ResolverOrderTest {
    @Test
    void packedKeysOrderAsTheStableComparatorWithTiesInTheOrderFound() {
        Random random = new Random(20261207);
        for (int round = 0; round < 500; round++) {
            List<Resolver.Ranked> ranked = new ArrayList<>();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                int start = random.nextInt(round % 2 == 0 ? 20 : 1 << 25); // past the packed field: the comparator
                int length = random.nextInt(6);
                ranked.add(new Resolver.Ranked(new Candidate(Label.Enterprise, start, start + length, "r" + i, null),
                        random.nextInt(5)));
            }
            List<Resolver.Ranked> expected = new ArrayList<>(ranked);
            expected.sort(Comparator.comparingInt((Resolver.Ranked r) -> -r.candidate().length())
                    .thenComparingInt(Resolver.Ranked::priority).thenComparingInt(r -> r.candidate().start()));
            assertThat(Resolver.byPrecedence(ranked)).containsExactlyElementsOf(expected);
        }
    }
}
