package dev.collabgraph.store;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PropertyValuesTest {
    @Test
    void aMapBecomesValuesAndKeysInMapOrder() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("2020", 3);
        values.put("2017", 2.1);

        assertThat(PropertyValues.storable("n", Map.of("values", values), Set.of()))
                .containsOnly(Map.entry("values", List.of(3.0, 2.1)),
                        Map.entry("values_keys", List.of("2020", "2017")));
    }

    @Test
    void scalarsAreWidenedAndNullsDropped() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("number", 7);
        properties.put("ratio", 0.5f);
        properties.put("missing", null);
        properties.put("years", List.of(2017, 2018));

        assertThat(PropertyValues.storable("n", properties, Set.of()))
                .containsOnly(Map.entry("number", 7L), Map.entry("ratio", 0.5),
                        Map.entry("years", List.of(2017L, 2018L)));
    }

    @Test
    void valuesNeo4jCannotStoreAreRefusedNamingTheOwner() {
        assertThatThrownBy(() -> PropertyValues.storable("node x", Map.of("a", List.of("s", 1)), Set.of()))
                .hasMessageContaining("node x").hasMessageContaining("mixes types");
        assertThatThrownBy(() -> PropertyValues.storable("node x", Map.of("a", List.of(List.of(1))), Set.of()))
                .hasMessageContaining("non-null scalars");
        assertThatThrownBy(() -> PropertyValues.storable("node x", Map.of("a", new StringBuilder()), Set.of()))
                .hasMessageContaining("unsupported type");
        assertThatThrownBy(() -> PropertyValues.storable("node x", Map.of("id", "y"), Set.of("id")))
                .hasMessageContaining("reserved");
        assertThatThrownBy(() -> PropertyValues.storable("node x",
                Map.of("v", Map.of("k", 1), "v_keys", List.of("k")), Set.of()))
                .hasMessageContaining("given twice");
    }
}
