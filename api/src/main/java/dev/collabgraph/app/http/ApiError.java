package dev.collabgraph.app.http;

import java.util.Map;

/** The one error body of the API: what went wrong, the HTTP status, and details such as the parameter at fault. */
public record ApiError(String title, int status, Map<String, String> details) {
}
