package dev.collabgraph.loader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The extraction library carries no database: Neo4j and its driver belong to the store module. */
class NoDatabaseTest {
    @Test
    void neitherNeo4jNorItsDriverIsOnTheLoadersClassPath() {
        assertThatThrownBy(() -> Class.forName("org.neo4j.graphdb.GraphDatabaseService"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.neo4j.driver.Driver")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("dev.collabgraph.store.GraphStore"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
