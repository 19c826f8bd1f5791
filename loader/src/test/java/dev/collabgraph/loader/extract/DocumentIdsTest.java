package dev.collabgraph.loader.extract;

import dev.collabgraph.model.Label;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentIdsTest {
    @Test
    void documentIdIsMadeOfTheNumbersIssuerInitialsYearAndSerial() {
        assertThat(DocumentIds.document("徐委发〔2018〕20号", "x")).isEqualTo("xwf-2018-20");
        assertThat(DocumentIds.document("常政发[2021]7号", "x")).isEqualTo("czf-2021-7");
    }

    @Test
    void documentWithoutNumberGetsAStableHashOfItsFallbackName() {
        String id = DocumentIds.document("", "关于促进科技创新的若干意见");
        assertThat(id).startsWith("doc-").hasSize(16)
                .isEqualTo(DocumentIds.document(null, "关于促进科技创新的若干意见"))
                .isNotEqualTo(DocumentIds.document("", "另一个文件"));
    }

    @Test
    void unitsAreScopedToTheirCityAndEntitiesAreNot() {
        assertThat(DocumentIds.unit("徐州市", "科技局")).isEqualTo("unit:徐州市:科技局");
        assertThat(DocumentIds.unit("", "科技局")).isEqualTo("unit:科技局");
        assertThat(DocumentIds.entity(Label.University, "中国矿业大学")).isEqualTo("university:中国矿业大学");
    }
}
