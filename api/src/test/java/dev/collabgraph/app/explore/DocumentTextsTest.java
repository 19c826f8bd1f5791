package dev.collabgraph.app.explore;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTextsTest {
    @Test
    void theSentenceAroundAQuoteIsCutFromItsWindowAtTheSentenceEnds() {
        String text = "前一句。支持中国矿业大学与徐工集团共建研究院；后一句。";
        int start = text.indexOf("中国矿业大学");
        int end = start + "中国矿业大学".length();
        int from = 2; // the window begins inside the first sentence
        String window = text.substring(from);
        assertThat(DocumentTexts.sentence(window, from, start, end)).isEqualTo("支持中国矿业大学与徐工集团共建研究院；");
    }

    @Test
    void aWindowWithoutSentenceEndsGivesTheWholeWindowAndAShortWindowNothing() {
        assertThat(DocumentTexts.sentence("共建研究院", 10, 12, 14)).isEqualTo("共建研究院");
        // where the sentence begins in the document, past the blank before it
        assertThat(DocumentTexts.locate("。\n  与甲大学合作，与甲大学共建。", 100, 112, 115))
                .isEqualTo(new DocumentTexts.Sentence("与甲大学合作，与甲大学共建。", 104));
        assertThat(DocumentTexts.sentence("共建", 10, 12, 14)).isNull();
        assertThat(DocumentTexts.sentence(null, 0, 0, 1)).isNull();
    }
}
