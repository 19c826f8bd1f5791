package dev.collabgraph.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.exceptions.ClientException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CypherFilesIT {
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

    /** Runs on the system database, which the store does not reach; every start of the DBMS runs it. */
    private static final String SYSTEM_DATABASE_FILE = "write/setInitialPassword";

    @Test
    void everyStatementOfEveryCypherFileIsAcceptedByNeo4j() {
        List<String> failures = new ArrayList<>();
        int explained = 0;
        for (String name : CypherFiles.names()) {
            if (name.equals(SYSTEM_DATABASE_FILE)) {
                continue;
            }
            for (CypherStatement statement : CypherFiles.loadScript(name)) {
                CypherStatement explain = new CypherStatement(statement.name(), statement.purpose(), statement.params(),
                        "EXPLAIN " + statement.text());
                Map<String, Object> nulls = new HashMap<>();
                statement.declaredParameters().forEach(p -> nulls.put(p, null));
                try {
                    graph.store.write(tx -> tx.run(explain, nulls, row -> row));
                    explained++;
                } catch (RuntimeException e) {
                    failures.add(name + ": " + e.getMessage());
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(explained).isGreaterThanOrEqualTo(CypherFiles.names().size() - 1);
    }

    @Test
    void aStatementWithASyntaxErrorIsRefused() {
        CypherStatement broken = CypherFiles.parse("broken", "// Broken on purpose.\nEXPLAIN MATCH (n RETURN n").get(0);
        assertThatThrownBy(() -> graph.store.write(tx -> tx.run(broken, Map.of(), row -> row)))
                .isInstanceOf(ClientException.class);
    }
}
