package dev.collabgraph.app.query;

import dev.collabgraph.app.http.SeededServer;

import java.nio.file.Path;

/** The console suite against a separate Neo4j server (neo4j-harness) reached over Bolt. */
class CypherConsoleHarnessIT extends CypherConsoleContract {
    @Override
    SeededServer start(Path directory) {
        return SeededServer.onHarness(directory);
    }
}
