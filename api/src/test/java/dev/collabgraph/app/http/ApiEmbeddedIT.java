package dev.collabgraph.app.http;

import java.nio.file.Path;

/** The API suite against the embedded store, the product's default. */
class ApiEmbeddedIT extends ApiContract {
    @Override
    SeededServer start(Path directory) {
        return SeededServer.start(directory);
    }
}
