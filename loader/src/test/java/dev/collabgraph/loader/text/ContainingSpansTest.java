package dev.collabgraph.loader.text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The index finds exactly the spans a loop over the list finds, in list order, whatever the spans. */
class ContainingSpansTest {
    @Test
    void findsWhatALoopFindsForSortedNestedOverlappingAndEmptySpans() {
        Random random = new Random(20261203);
        for (int round = 0; round < 2000; round++) {
            List<Span> spans = spans(random);
            ContainingSpans index = new ContainingSpans(spans);
            for (int q = 0; q < 50; q++) {
                int a = random.nextInt(120);
                Span query = new Span(a, a + random.nextInt(4) * random.nextInt(8));
                List<Integer> expected = new ArrayList<>();
                for (int i = 0; i < spans.size(); i++) {
                    if (spans.get(i).contains(query)) {
                        expected.add(i);
                    }
                }
                assertThat(index.containing(query)).as("%s in %s", query, spans).isEqualTo(expected);
                assertThat(index.first(query)).isEqualTo(expected.isEmpty() ? -1 : expected.get(0));
            }
        }
    }

    /** Document-like lists (consecutive blocks, sections with nested children) and arbitrary ones. */
    private static List<Span> spans(Random random) {
        List<Span> spans = new ArrayList<>();
        int n = random.nextInt(40);
        switch (random.nextInt(3)) {
            case 0 -> { // consecutive blocks, some empty
                int at = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    int length = random.nextInt(6);
                    spans.add(new Span(at, at + length));
                    at += length + random.nextInt(2);
                }
            }
            case 1 -> { // parents, each followed by its children
                int at = 0;
                for (int i = 0; i < n / 4 + 1; i++) {
                    int parentStart = at;
                    List<Span> children = new ArrayList<>();
                    for (int c = 0, m = random.nextInt(4); c < m; c++) {
                        int length = 1 + random.nextInt(5);
                        children.add(new Span(at, at + length));
                        at += length;
                    }
                    at += random.nextInt(3);
                    spans.add(new Span(parentStart, at));
                    spans.addAll(children);
                }
            }
            default -> { // anything
                for (int i = 0; i < n; i++) {
                    int a = random.nextInt(110);
                    spans.add(new Span(a, a + random.nextInt(30)));
                }
            }
        }
        return spans;
    }
}
