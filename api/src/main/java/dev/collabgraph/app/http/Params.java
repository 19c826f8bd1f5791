package dev.collabgraph.app.http;

import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Query parameters read and checked in one place: a bad one is a 400 that names it. */
public final class Params {
    private Params() {
    }

    public static String required(Context ctx, String name, int maxLength) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw bad(name, "is required");
        }
        if (value.length() > maxLength) {
            throw bad(name, "is longer than " + maxLength + " characters");
        }
        return value.strip();
    }

    public static String optional(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static int integer(Context ctx, String name, int defaultValue, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw bad(name, "must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw bad(name, "must be a whole number, not '" + value + "'");
        }
    }

    public static int pathInteger(Context ctx, String name) {
        try {
            return Integer.parseInt(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw bad(name, "must be a whole number, not '" + ctx.pathParam(name) + "'");
        }
    }

    /** A comma-separated list of node labels; empty when absent. */
    public static List<String> labels(Context ctx, String name) {
        return names(ctx, name, Arrays.stream(Label.values()).map(Enum::name).toList());
    }

    /** A comma-separated list of relationship types; empty when absent. */
    public static List<String> types(Context ctx, String name) {
        return names(ctx, name, Arrays.stream(RelType.values()).map(Enum::name).toList());
    }

    /** A comma-separated list of names, each one of allowed; empty when absent. */
    public static List<String> names(Context ctx, String name, List<String> allowed) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> names = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String n : names) {
            if (!allowed.contains(n)) {
                throw bad(name, "'" + n + "' is not one of " + String.join(", ", allowed));
            }
        }
        return names;
    }

    public static BadRequestResponse bad(String parameter, String message) {
        return new BadRequestResponse("Bad parameter '" + parameter + "': " + message,
                Map.of("parameter", parameter, "message", message));
    }
}
