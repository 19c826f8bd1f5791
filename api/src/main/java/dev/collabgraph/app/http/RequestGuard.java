package dev.collabgraph.app.http;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.UnsupportedMediaTypeResponse;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Refuses what a web page of another site could make the user's browser send. Listening on 127.0.0.1 keeps other
 * machines out, not other sites: a page can point a name of its own at 127.0.0.1 (DNS rebinding) and then read our
 * answers, or post to us from its origin. So every request must name us in its Host header, and a request that
 * changes or runs something must come from our own origin (when the browser says where it comes from) and carry
 * JSON, which a cross-site form cannot send without the browser asking us first (a DELETE, which no form sends,
 * may come without a body; an upload comes as a form and is guarded by its credential).
 */
final class RequestGuard {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");
    /**
     * The one route that takes a form's encoding (a file upload), which a cross-site form can send: it is a write
     * route, so it also needs an editor's Authorization header, which such a form cannot set.
     */
    static final String UPLOAD_ROUTE = "/api/documents";
    private static final Set<String> WILDCARD = Set.of("0.0.0.0", "::", "0:0:0:0:0:0:0:0", "");

    private final Set<String> hosts;
    private final boolean anyHost;

    private RequestGuard(Set<String> hosts, boolean anyHost) {
        this.hosts = hosts;
        this.anyHost = anyHost;
    }

    /**
     * The names the server answers to: the loopback names, the address it is bound to, the machine's own names when
     * bound to every interface, and {@code allowedHosts} ({@code *} turns the check off).
     */
    static RequestGuard of(HttpServer.Binding binding) {
        Set<String> hosts = new HashSet<>(LOOPBACK);
        boolean any = false;
        for (String name : binding.allowedHosts()) {
            if (name.equals("*")) {
                any = true;
            } else {
                hosts.add(normalise(name));
            }
        }
        String bound = normalise(binding.host());
        if (WILDCARD.contains(bound)) {
            hosts.addAll(machineNames());
        } else {
            hosts.add(bound);
        }
        return new RequestGuard(Set.copyOf(hosts), any);
    }

    void check(Context ctx) {
        String host = ctx.header("Host");
        if (!anyHost && (host == null || !hosts.contains(hostName(host)))) {
            throw new ForbiddenResponse("Host '" + host + "' is not one this server answers to (see serve --allowed-host)",
                    Map.of("field", "Host"));
        }
        HandlerType method = ctx.method();
        if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, host)) {
            throw new ForbiddenResponse("Cross-site request refused: Origin '" + origin + "' is not this server",
                    Map.of("field", "Origin"));
        }
        if (!ctx.path().startsWith("/api/") || (method == HandlerType.DELETE && ctx.contentLength() <= 0)) {
            return;
        }
        String type = ctx.contentType() == null ? null : ctx.contentType().toLowerCase(Locale.ROOT);
        String expected = ctx.path().equals(UPLOAD_ROUTE) ? "multipart/form-data" : "application/json";
        if (type == null || !type.startsWith(expected)) {
            throw new UnsupportedMediaTypeResponse("The body must be sent as " + expected + ", not "
                    + (type == null ? "without a Content-Type" : type), Map.of("field", "Content-Type"));
        }
    }

    /** The browser's Origin names the same scheme, host and port the request was sent to. */
    private static boolean sameOrigin(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            return "http".equals(uri.getScheme()) && host != null
                    && (uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())).equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The name of a Host header without its port: {@code localhost:8080} → localhost, {@code [::1]:80} → ::1. */
    static String hostName(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(1, close);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static String normalise(String name) {
        return hostName(name == null ? "" : name);
    }

    /** The machine's name and the addresses of its interfaces, for a server bound to all of them. */
    private static Set<String> machineNames() {
        Set<String> names = new HashSet<>();
        try {
            InetAddress local = InetAddress.getLocalHost();
            names.add(local.getHostName().toLowerCase(Locale.ROOT));
            names.add(local.getCanonicalHostName().toLowerCase(Locale.ROOT));
        } catch (UnknownHostException e) {
            // a machine without a resolvable name is reached by address
        }
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    names.add(normalise(address.getHostAddress().replaceFirst("%.*$", "")));
                }
            }
        } catch (SocketException e) {
            // then only the names above
        }
        return names;
    }
}
