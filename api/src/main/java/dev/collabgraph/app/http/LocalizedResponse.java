package dev.collabgraph.app.http;

import io.javalin.http.HttpResponseException;

import java.util.Map;

/**
 * An HTTP error whose title a person reads: worded in both languages and answered in the request's ({@link Language}).
 * Its English wording is its message, so logs and the command line read as before.
 */
public final class LocalizedResponse extends HttpResponseException {
    private final transient Wording wording;

    public LocalizedResponse(int status, Wording wording, Map<String, String> details) {
        super(status, wording.en(), details);
        this.wording = wording;
    }

    public static LocalizedResponse badRequest(String en, String zh, Map<String, String> details) {
        return new LocalizedResponse(400, new Wording(en, zh), details);
    }

    public static LocalizedResponse notFound(String en, String zh, Map<String, String> details) {
        return new LocalizedResponse(404, new Wording(en, zh), details);
    }

    public Wording wording() {
        return wording;
    }
}
