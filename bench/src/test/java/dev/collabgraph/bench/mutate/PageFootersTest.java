package dev.collabgraph.bench.mutate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static dev.collabgraph.bench.mutate.Documents.gold;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code pages}: a page number every 35 to 45 lines, one form per document, the text otherwise untouched. */
class PageFootersTest {
    private static final Pattern FOOTER = Pattern.compile("— \\d+ —|-\\d+-|- \\d+ -|第 \\d+ 页|\\d+");
    private static final String TEXT = String.join("\n",
            IntStream.rangeClosed(1, 200).mapToObj(i -> "第" + i + "行的正文，写到一半").toList()) + "\n";

    @Test
    void insertsNumberedFootersEveryThirtyFiveToFortyFiveLines() {
        MutatedDocument paged = new PageFooters().apply(MutatedDocument.of(TEXT, gold()), new Random(5));

        List<String> lines = paged.text().lines().toList();
        List<Integer> footers = IntStream.range(0, lines.size()).filter(i -> FOOTER.matcher(lines.get(i)).matches())
                .boxed().toList();
        assertThat(footers).hasSize(paged.changed()).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 1; i < footers.size(); i++) {
            assertThat(footers.get(i) - footers.get(i - 1) - 1).isBetween(PageFooters.SHORTEST_PAGE,
                    PageFooters.LONGEST_PAGE);
        }
        assertThat(lines.get(footers.get(1)).replaceAll("\\D", "")).isEqualTo("2");
        assertThat(lines.stream().filter(l -> !FOOTER.matcher(l).matches()).toList()).isEqualTo(TEXT.lines().toList());
    }

    @Test
    void noFooterBetweenTwoTableRows() {
        String table = String.join("\n", IntStream.rangeClosed(1, 100).mapToObj(i -> i + "\t任务\t单位").toList());

        MutatedDocument paged = new PageFooters().apply(MutatedDocument.of(table, gold()), new Random(5));

        assertThat(paged.text()).isEqualTo(table);
    }
}
