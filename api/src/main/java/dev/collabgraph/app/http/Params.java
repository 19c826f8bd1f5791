package dev.collabgraph.app.http;

import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;
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
            throw bad(name, "is required", "缺少参数 " + name);
        }
        if (value.length() > maxLength) {
            throw bad(name, "is longer than " + maxLength + " characters",
                    "参数 " + name + " 超过 " + maxLength + " 个字符");
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
                throw bad(name, "must be between " + min + " and " + max + ", not " + n,
                        "参数 " + name + " 须在 " + min + " 到 " + max + " 之间，而不是 " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw bad(name, "must be a whole number, not '" + value + "'",
                    "参数 " + name + " 须是整数，而不是“" + value + "”");
        }
    }

    public static int pathInteger(Context ctx, String name) {
        try {
            return Integer.parseInt(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw bad(name, "must be a whole number, not '" + ctx.pathParam(name) + "'",
                    "参数 " + name + " 须是整数，而不是“" + ctx.pathParam(name) + "”");
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
                throw bad(name, "'" + n + "' is not one of " + String.join(", ", allowed),
                        "参数 " + name + " 的值“" + n + "”不在可选值之中：" + String.join("、", allowed));
            }
        }
        return names;
    }

    /** A bad parameter, {@code message} in English and {@code zh} the whole title in Chinese. */
    public static LocalizedResponse bad(String parameter, String message, String zh) {
        return LocalizedResponse.badRequest("Bad parameter '" + parameter + "': " + message, zh,
                Map.of("parameter", parameter, "message", message));
    }
}
