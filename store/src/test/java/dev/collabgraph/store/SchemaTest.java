package dev.collabgraph.store;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaTest {
    @Test
    void migrationsRunInVersionOrderNotNameOrder() {
        assertThat(Schema.migrations(List.of("write/x", "schema/V10__Later", "schema/V2__Earlier", "queries/y")))
                .containsExactly("schema/V2__Earlier", "schema/V10__Later");
    }

    @Test
    void aMisnamedOrDuplicateMigrationIsRefused() {
        assertThatThrownBy(() -> Schema.migrations(List.of("schema/constraints")))
                .hasMessageContaining("schema/constraints");
        assertThatThrownBy(() -> Schema.migrations(List.of("schema/V1__A", "schema/V001__B")))
                .hasMessageContaining("share a version");
    }
}
