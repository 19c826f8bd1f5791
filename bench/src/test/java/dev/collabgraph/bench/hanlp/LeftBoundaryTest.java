package dev.collabgraph.bench.hanlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HanLP's word boundaries as a check on where a name starts. */
class LeftBoundaryTest {
    @Test
    void aNameMustStartWhereAWordStarts() {
        var segment = HanlpText.plain();
        String text = "一是依托中国矿业大学建设科技园。";
        int name = text.indexOf("中国矿业大学");
        int end = name + "中国矿业大学".length();
        assertThat(LeftBoundary.startsWord(text, name, end, segment)).isTrue();
        assertThat(LeftBoundary.startsWord(text, name + 1, end, segment)).as("国矿业大学: inside 中国").isFalse();
        assertThat(LeftBoundary.startsWord(text, name - 1, end, segment)).as("托中国…: inside 依托").isFalse();
    }
}
