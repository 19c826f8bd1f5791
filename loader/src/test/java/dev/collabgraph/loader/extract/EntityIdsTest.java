package dev.collabgraph.loader.extract;

import dev.collabgraph.model.Label;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An entity's id and aliases, made once, are those DocumentIds and the entity stage's alias map give. */
class EntityIdsTest {
    @Test
    void idsAndAliasesByLabelAndName() {
        EntityIds ids = new EntityIds("徐州市", Map.of("University:中国矿业大学", Set.of("矿大")));
        assertThat(ids.of(Label.University, "中国矿业大学"))
                .isEqualTo(new EntityIds.Entry(DocumentIds.entity(Label.University, "中国矿业大学"), Set.of("矿大")));
        assertThat(ids.of(Label.University, "中国矿业大学")).isSameAs(ids.of(Label.University, "中国矿业大学"));
        assertThat(ids.id(Label.Unit, "市科技局")).isEqualTo(DocumentIds.unit("徐州市", "市科技局"));
        assertThat(ids.of(Label.Enterprise, "中国矿业大学").aliases()).isEmpty();
    }
}
