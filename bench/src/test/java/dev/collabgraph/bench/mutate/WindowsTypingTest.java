package dev.collabgraph.bench.mutate;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dev.collabgraph.bench.mutate.Documents.gold;
import static dev.collabgraph.bench.mutate.Documents.task;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code crlf}: CRLF, full-width label digits and indents, the gold's anchors following the labels. */
class WindowsTypingTest {
    private static final String TEXT = "某某市科技创新行动方案\n一、主要任务\n1.建设创新平台。\n（2）培育企业。\n序号\t任务\n2\t培育企业\n";

    @Test
    void linesEndInCrlfLabelsTakeFullWidthDigitsAndParagraphsAnIndent() {
        MutatedDocument typed = new WindowsTyping().apply(MutatedDocument.of(TEXT,
                gold(task("1.建设创新平台", "建设创新平台"), task("（2）培育企业", "培育企业"))), new Random(1));

        assertThat(typed.text()).isEqualTo("某某市科技创新行动方案\r\n　　一、主要任务\r\n　　１．建设创新平台。\r\n"
                + "　　（２）培育企业。\r\n序号\t任务\r\n2\t培育企业\r\n");
        assertThat(typed.gold().tasks().get(0).anchor()).isEqualTo("１．建设创新平台");
        assertThat(typed.gold().tasks().get(1).anchor()).isEqualTo("（２）培育企业");
        assertThat(Documents.anchorsFound(typed)).isTrue();
    }

    @Test
    void theRestOfAWrappedParagraphStaysAtTheMargin() {
        String text = "为深入实施创新驱动发展战略，结合\n我市实际，制定本方案。\n（一）建设平台。\n";

        String typed = new WindowsTyping().apply(MutatedDocument.of(text, gold()), new Random(1)).text();

        assertThat(typed).isEqualTo("为深入实施创新驱动发展战略，结合\r\n我市实际，制定本方案。\r\n　　（一）建设平台。\r\n");
    }
}
