package dev.collabgraph.store;

import java.net.URI;
import java.util.Set;

/**
 * Where and how to reach a Neo4j server over Bolt. {@code user} null means no authentication; {@code database}
 * null means the server's default database. The password never appears in {@link #toString()}.
 */
public record BoltConnection(URI uri, String user, String password, String database) {
    private static final Set<String> SCHEMES = Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

    public BoltConnection {
        if (uri == null || !SCHEMES.contains(uri.getScheme())) {
            throw new IllegalArgumentException("not a Bolt URI: " + uri + " (expected bolt:// or neo4j://)");
        }
    }

    /** A server without authentication, default database: the embedded DBMS. */
    public static BoltConnection anonymous(URI uri) {
        return new BoltConnection(uri, null, null, null);
    }

    @Override
    public String toString() {
        return "BoltConnection[uri=" + uri + ", user=" + user + ", password=" + (password == null ? null : "***")
                + ", database=" + database + "]";
    }
}
