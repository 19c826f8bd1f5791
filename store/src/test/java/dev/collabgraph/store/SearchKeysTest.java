package dev.collabgraph.store;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchKeysTest {
    @Test
    void givesFullPinyinAndInitialsOfTheNameAndEachAlias() {
        assertThat(SearchKeys.pinyin(List.of("中国矿业大学", "矿大")))
                .containsExactly("zhongguokuangyedaxue", "zgkydx", "kuangda", "kd");
        assertThat(SearchKeys.pinyin(List.of("徐工集团", "徐工"))).contains("xugongjituan", "xg");
    }

    @Test
    void keepsLatinLettersOfMixedNamesAndSkipsNamesWithoutHan() {
        assertThat(SearchKeys.pinyin(List.of("集成电路与ICT"))).containsExactly("jichengdianluyuict", "jcdlyi");
        assertThat(SearchKeys.pinyin(List.of("ICT"))).isEmpty();
    }
}
