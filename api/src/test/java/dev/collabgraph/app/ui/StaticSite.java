package dev.collabgraph.app.ui;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * Serves the explorer's static files and D3 from the classpath, with no API and no database: enough for the
 * synthetic-graph benchmarks ({@code ?synthetic=N}), which never call the API.
 */
public final class StaticSite implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "json", "application/json");
    private final HttpServer server;

    private StaticSite(HttpServer server) {
        this.server = server;
    }

    public static StaticSite start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String resource = path.startsWith("/webjars/") ? "META-INF/resources" + path
                        : "public" + (path.endsWith("/") ? path + "index.html" : path);
                try (InputStream in = StaticSite.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null || path.contains("..")) {
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                    byte[] body = in.readAllBytes();
                    String suffix = resource.substring(resource.lastIndexOf('.') + 1);
                    exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(suffix, "application/octet-stream"));
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                } finally {
                    exchange.close();
                }
            });
            server.start();
            return new StaticSite(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
