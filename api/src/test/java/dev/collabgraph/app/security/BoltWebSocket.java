package dev.collabgraph.app.security;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a web page's script can do against a Bolt port: open a WebSocket from its own origin and speak Bolt 4.4 over
 * it (handshake, HELLO, RUN). Just enough of Bolt and PackStream to say who we are and send one statement, and to
 * read the signature of each answer (SUCCESS 0x70, FAILURE 0x7F, IGNORED 0x7E).
 */
final class BoltWebSocket implements AutoCloseable {
    static final int SUCCESS = 0x70;
    static final int FAILURE = 0x7F;
    static final int IGNORED = 0x7E;
    /** The connection was closed before an answer came. */
    static final int CLOSED = -1;

    private final WebSocket socket;
    private final LinkedBlockingQueue<byte[]> received;

    private BoltWebSocket(WebSocket socket, LinkedBlockingQueue<byte[]> received) {
        this.socket = socket;
        this.received = received;
    }

    /** Opens {@code ws://host:port} with the given Origin header and does the Bolt handshake (version 4.4). */
    static BoltWebSocket open(URI boltUri, String origin) throws Exception {
        LinkedBlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Origin", origin).connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create("ws://" + boltUri.getHost() + ":" + boltUri.getPort()), new Collector(received))
                .get(10, TimeUnit.SECONDS);
        BoltWebSocket bolt = new BoltWebSocket(socket, received);
        bolt.send(new byte[] {0x60, 0x60, (byte) 0xB0, 0x17, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        byte[] version = bolt.next();
        if (version == null || version.length != 4 || version[3] != 4 || version[2] != 4) {
            throw new IllegalStateException("no Bolt 4.4 handshake over the WebSocket");
        }
        return bolt;
    }

    /** HELLO with the given auth map entries ({@code scheme none}, or basic with principal and credentials). */
    int hello(Map<String, String> auth) throws InterruptedException {
        Packer p = new Packer().struct(1, 0x01).map(auth.size() + 1).string("user_agent").string("evil-page/1.0");
        auth.forEach((k, v) -> p.string(k).string(v));
        return exchange(p);
    }

    /** RUN a statement without parameters, then PULL; the signature of the first answer, CLOSED when refused. */
    int run(String statement) throws InterruptedException {
        try {
            send(chunk(new Packer().struct(3, 0x10).string(statement).map(0).map(0).bytes()));
            int first = signature(next());
            if (first == SUCCESS) {
                send(chunk(new Packer().struct(1, 0x3F).map(1).string("n").integer(-1).bytes()));
                next();
            }
            return first;
        } catch (CompletionException | IllegalStateException e) {
            // the server closed the connection: nothing ran
            return CLOSED;
        }
    }

    private int exchange(Packer message) throws InterruptedException {
        send(chunk(message.bytes()));
        return signature(next());
    }

    private void send(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    /** The next whole message (chunks joined), or null when the connection closed or nothing came in 10 s. */
    private byte[] next() throws InterruptedException {
        byte[] bytes = received.poll(10, TimeUnit.SECONDS);
        // the server may send a message's closing empty chunk (00 00) as a frame of its own
        while (bytes != null && bytes.length == 2 && bytes[0] == 0 && bytes[1] == 0) {
            bytes = received.poll(10, TimeUnit.SECONDS);
        }
        return bytes == null || bytes.length == 0 ? null : bytes;
    }

    private static int signature(byte[] message) {
        if (message == null) {
            return CLOSED;
        }
        // 2-byte chunk size, then the struct marker, then the signature
        return message.length > 3 ? message[3] & 0xFF : CLOSED;
    }

    private static byte[] chunk(byte[] message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(message.length >> 8);
        out.write(message.length & 0xFF);
        out.writeBytes(message);
        out.write(0);
        out.write(0);
        return out.toByteArray();
    }

    @Override
    public void close() {
        socket.abort();
    }

    /** PackStream for the few shapes a message needs. */
    private static final class Packer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Packer struct(int fields, int signature) {
            out.write(0xB0 + fields);
            out.write(signature);
            return this;
        }

        Packer map(int entries) {
            out.write(0xA0 + entries);
            return this;
        }

        Packer string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (b.length < 16) {
                out.write(0x80 + b.length);
            } else {
                out.write(0xD0);
                out.write(b.length);
            }
            out.writeBytes(b);
            return this;
        }

        Packer integer(int value) {
            out.write(value & 0xFF);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    /** Collects binary messages, one whole frame sequence each; an empty array marks the close. */
    private record Collector(LinkedBlockingQueue<byte[]> received, ByteArrayOutputStream parts)
            implements WebSocket.Listener {
        Collector(LinkedBlockingQueue<byte[]> received) {
            this(received, new ByteArrayOutputStream());
        }

        /** The listener is called for one message at a time, so the parts need no lock. */
        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            parts.writeBytes(bytes);
            if (last) {
                received.add(parts.toByteArray());
                parts.reset();
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            received.add(new byte[0]);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            received.add(new byte[0]);
        }
    }
}
