package dev.collabgraph.app.documents;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may write (upload, load and remove documents). Nobody unless {@code serve} was given editors: a file of
 * {@code name:pbkdf2-sha256:…} lines (HTTP Basic) or one token from {@value #TOKEN_VARIABLE} (HTTP Bearer). A
 * request without a valid credential is refused with 403 and never says which part was wrong. Secrets are
 * compared in constant time and never logged.
 */
public final class Editors {
    public static final String TOKEN_VARIABLE = "COLLABGRAPH_EDITOR_TOKEN";
    /** The name writes by the token are logged under. */
    static final String TOKEN_EDITOR = "token";
    static final int MIN_TOKEN_LENGTH = 16;
    /** A password once checked is not hashed again for this long: PBKDF2 takes a good part of a second. */
    private static final Duration VERIFIED_FOR = Duration.ofMinutes(15);

    private final Map<String, PasswordHash> passwords;
    private final byte[] tokenDigest;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private Editors(Map<String, PasswordHash> passwords, byte[] tokenDigest) {
        this.passwords = Map.copyOf(passwords);
        this.tokenDigest = tokenDigest;
    }

    /** Nobody may write. */
    public static Editors none() {
        return new Editors(Map.of(), null);
    }

    /**
     * The editors of {@code file} (null: none) and the holder of {@code token} (null or empty: none). A bad line or
     * a short token is a {@link ConfigurationException} naming the file, line or setting.
     */
    public static Editors of(Path file, String token) {
        Map<String, PasswordHash> passwords = file == null ? Map.of() : read(file);
        if (token != null && !token.isEmpty() && token.length() < MIN_TOKEN_LENGTH) {
            throw new ConfigurationException(TOKEN_VARIABLE + " is shorter than " + MIN_TOKEN_LENGTH
                    + " characters: choose a longer one (e.g. `openssl rand -hex 24`)");
        }
        return new Editors(passwords, token == null || token.isEmpty() ? null : digest(token));
    }

    private static Map<String, PasswordHash> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the editors file " + file + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        }
        Map<String, PasswordHash> passwords = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String where = file + ", line " + (i + 1) + ": ";
            if (colon <= 0) {
                throw new ConfigurationException(where + "expected NAME:" + PasswordHash.SCHEME + ":…");
            }
            String name = line.substring(0, colon);
            if (name.equals(TOKEN_EDITOR) || passwords.containsKey(name)) {
                throw new ConfigurationException(where + "the name '" + name + "' is "
                        + (name.equals(TOKEN_EDITOR) ? "kept for the token" : "listed twice"));
            }
            try {
                passwords.put(name, PasswordHash.parse(line.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(where + e.getMessage());
            }
        }
        if (passwords.isEmpty()) {
            throw new ConfigurationException(file + ": lists no editor (lines NAME:" + PasswordHash.SCHEME + ":…)");
        }
        return passwords;
    }

    public boolean writable() {
        return tokenDigest != null || !passwords.isEmpty();
    }

    /** For the start-up line: how many editors and whether a token is set, never a secret. */
    public String describe() {
        if (!writable()) {
            return "writing is off (no --editors, no " + TOKEN_VARIABLE + ")";
        }
        String users = passwords.isEmpty() ? "" : passwords.size() + (passwords.size() == 1 ? " editor" : " editors");
        String token = tokenDigest == null ? "" : "the editor token";
        return "writing by " + users + (users.isEmpty() || token.isEmpty() ? "" : " and ") + token;
    }

    /** The editor sending this request; 403 when writing is off or the credential is missing or wrong. */
    public String require(Context ctx) {
        if (!writable()) {
            throw new ForbiddenResponse("Writing is off: the server was started without editors (serve --editors "
                    + "FILE, or " + TOKEN_VARIABLE + ")", Map.of("field", "Authorization"));
        }
        String header = ctx.header("Authorization");
        String editor = header == null ? null : editor(header.strip());
        if (editor == null) {
            throw new ForbiddenResponse("Writing needs an editor's credential (Authorization: Bearer TOKEN, or the "
                    + "name and password of an editor)", Map.of("field", "Authorization"));
        }
        return editor;
    }

    private String editor(String header) {
        int space = header.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String scheme = header.substring(0, space);
        String value = header.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Bearer")) {
            return tokenDigest != null && MessageDigest.isEqual(tokenDigest, digest(value)) ? TOKEN_EDITOR : null;
        }
        if (!scheme.equalsIgnoreCase("Basic")) {
            return null;
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = pair.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String name = pair.substring(0, colon);
        String password = pair.substring(colon + 1);
        PasswordHash hash = passwords.get(name);
        if (hash == null) {
            return null;
        }
        byte[] digest = digest(password);
        Verified seen = verified.get(name);
        if (seen != null && seen.until() > System.nanoTime() && MessageDigest.isEqual(seen.digest(), digest)) {
            return name;
        }
        if (!hash.matches(password.toCharArray())) {
            return null;
        }
        verified.put(name, new Verified(digest, System.nanoTime() + VERIFIED_FOR.toNanos()));
        return name;
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The editors file or token cannot be used; the message names the file, line or setting. */
    public static final class ConfigurationException extends IllegalArgumentException {
        ConfigurationException(String message) {
            super(message);
        }
    }

    private record Verified(byte[] digest, long until) {
    }
}
