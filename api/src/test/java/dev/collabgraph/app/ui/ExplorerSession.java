package dev.collabgraph.app.ui;

import dev.collabgraph.app.http.SeededServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One seeded server (embedded Neo4j with the bundled document and {@code extraDocuments}, real HTTP) and one headless
 * Chromium shared by the tests of a browser test class, registered as
 * {@code @RegisterExtension static final ExplorerSession explorer = new ExplorerSession(…)}; each test opens its own
 * {@link #page()}. Chromium missing fails the class under CI ({@link Browser#requireChromium()}).
 */
final class ExplorerSession implements BeforeAllCallback, AfterAllCallback {
    private final Path[] extraDocuments;
    private Consumer<SeededServer> afterSeeding = server -> { };
    private Path dir;
    private SeededServer server;
    private Browser browser;

    ExplorerSession(Path... extraDocuments) {
        this.extraDocuments = extraDocuments.clone();
    }

    /** Runs {@code step} on the seeded server before the browser starts (a test's own extra data). */
    ExplorerSession afterSeeding(Consumer<SeededServer> step) {
        this.afterSeeding = step;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Browser.requireChromium();
        dir = Files.createTempDirectory("explorer-session");
        server = SeededServer.start(dir.resolve("graph"), extraDocuments);
        afterSeeding.accept(server);
        browser = Browser.start(1400, 900);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            try {
                if (server != null) {
                    server.close();
                }
            } finally {
                deleteQuietly(dir);
            }
        }
    }

    SeededServer server() {
        return server;
    }

    Browser browser() {
        return browser;
    }

    /** A new page of the explorer on this session's server. */
    ExplorerPage page() {
        return new ExplorerPage(browser, server::uri);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
