package dev.collabgraph.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreIT {
    @TempDir
    static Path directory;
    static TestGraph graph;

    @BeforeAll
    static void start() {
        graph = TestGraph.start(directory);
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    @Test
    void theBoltUriAnswersADriverQueryOnLocalhostWithTheRunsGeneratedPasswordOnly() {
        URI uri = graph.neo4j.boltUri();
        assertThat(uri.getScheme()).isEqualTo("bolt");
        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        assertThat(graph.neo4j.generatedPassword()).isTrue();
        try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic(EmbeddedNeo4j.USER, graph.neo4j.password()))) {
            var result = driver.executableQuery(CypherFiles.load("test/countNodesByLabel").text()).execute();
            assertThat(result.records()).isEmpty();
        }
        assertThatThrownBy(() -> GraphStore.connect(BoltConnection.anonymous(uri)))
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> GraphStore.connect(new BoltConnection(uri, "neo4j", "neo4j", null)))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void applyingTheSchemaAgainIsHarmlessAndCreatesTheConstraintsAndIndexes() {
        assertThat(Schema.apply(graph.store)).containsExactly("schema/V001__Create_constraints",
                "schema/V002__Create_indexes", "schema/V003__Create_search_indexes",
                "schema/V004__Create_relationship_document_indexes", "schema/V005__Create_correction_constraint");

        List<String> indexes = graph.store.read(CypherFiles.load("test/listIndexes"), Map.of(),
                row -> row.get("name").asString());
        assertThat(indexes).contains("node_id", "document_id", "node_document", "entity_names", "entity_pinyin",
                "structure_names", "node_name_text", "hosts_document", "partners_with_document", "located_in_document",
                "co_participates_document", "correction_id", "correction_seq");
    }

    @Test
    void aReadRefusesToWrite() {
        assertThatThrownBy(() -> graph.store.read(CypherFiles.load("test/deleteEverything"), Map.of(), row -> row))
                .isInstanceOf(ClientException.class).hasMessageContaining("read");
    }

    @Test
    void aReadGivesUpAfterItsTimeout() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> graph.store.read(CypherFiles.load("test/countCrossProduct"),
                Map.of("size", 1_000_000), Duration.ofMillis(500), row -> row))
                .isInstanceOf(ClientException.class)
                .satisfies(e -> assertThat(((ClientException) e).code()).contains("TransactionTimedOut"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void argumentsMustNameExactlyTheDeclaredParameters() {
        CypherStatement findNode = CypherFiles.load("test/findNode");
        assertThatThrownBy(() -> graph.store.read(findNode, Map.of("ID", "x"), row -> row))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[id]").hasMessageContaining("[ID]");
    }

    @Test
    void aWriteThatThrowsIsRolledBack() {
        assertThatThrownBy(() -> graph.store.write(tx -> {
            tx.run(CypherFiles.load("write/mergeStructureNodes"), Map.of("documentId", "d", "rows",
                    List.of(Map.of("id", "d", "label", "Document", "name", "文件", "aliases", List.of(),
                            "properties", Map.of()))), row -> row);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(graph.nodeCounts()).isEmpty();
    }

    @Test
    void aDbmsWithAPasswordRefusesAnonymousClientsAndKeepsItAcrossRestarts(@TempDir Path other) {
        EmbeddedSettings settings = EmbeddedSettings.defaults().withBoltPort(0).withPassword("s3cret-Pass");
        for (int start = 0; start < 2; start++) {
            try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(other, settings);
                 GraphStore store = neo4j.openStore()) {
                assertThat(store.read(CypherFiles.load("test/countNodesByLabel"), Map.of(), row -> row)).isEmpty();
                assertThatThrownBy(() -> GraphStore.connect(BoltConnection.anonymous(neo4j.boltUri())))
                        .isInstanceOf(AuthenticationException.class);
            }
        }
    }

    @Test
    void aDbmsWithoutBoltHasNoUri(@TempDir Path other) {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(other, EmbeddedSettings.defaults().withoutBolt())) {
            assertThatThrownBy(neo4j::boltUri).isInstanceOf(IllegalStateException.class);
        }
    }
}
