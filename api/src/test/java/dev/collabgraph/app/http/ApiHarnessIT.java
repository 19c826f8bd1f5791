package dev.collabgraph.app.http;

import java.nio.file.Path;

/** The API suite against a separate Neo4j server started by neo4j-harness, reached over Bolt like any other. */
class ApiHarnessIT extends ApiContract {
    @Override
    SeededServer start(Path directory) {
        return SeededServer.onHarness(directory);
    }
}
