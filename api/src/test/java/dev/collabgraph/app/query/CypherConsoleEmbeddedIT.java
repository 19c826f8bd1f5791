package dev.collabgraph.app.query;

import dev.collabgraph.app.http.SeededServer;

import java.nio.file.Path;

/** The console suite against the embedded store. */
class CypherConsoleEmbeddedIT extends CypherConsoleContract {
    @Override
    SeededServer start(Path directory) {
        return SeededServer.start(directory);
    }
}
