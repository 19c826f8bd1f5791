package dev.collabgraph.bench.mutate;

import org.junit.jupiter.api.Test;

import static dev.collabgraph.bench.mutate.Documents.gold;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code blank}: paragraphs spread apart by blank lines or run together, per document (seeded by its name). */
class BlankLinesTest {
    private static final String TEXT = "一、主要任务\n\n（一）建设平台。\n（二）培育企业。\n序号\t任务\n1\t建设平台\n";

    @Test
    void eitherEveryParagraphGetsABlankLineOrNoneKeepsOne() {
        boolean spread = false;
        boolean tight = false;
        for (int i = 0; i < 20; i++) {
            String text = Mutations.of("blank").apply("doc-" + i, MutatedDocument.of(TEXT, gold())).text();
            assertThat(text.lines().filter(l -> !l.isBlank()).toList())
                    .isEqualTo(TEXT.lines().filter(l -> !l.isBlank()).toList());
            assertThat(text).contains("序号\t任务\n1\t建设平台");
            spread |= text.contains("（一）建设平台。\n\n（二）");
            tight |= text.startsWith("一、主要任务\n（一）");
        }
        assertThat(spread).isTrue();
        assertThat(tight).isTrue();
    }
}
