package dev.collabgraph.app.analysis;

import dev.collabgraph.app.http.Params;
import dev.collabgraph.store.CypherParam;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The arguments of a named query from the URL: one query parameter per declared parameter, read by its declared type
 * (String, Integer, Float, Boolean, List&lt;String&gt; comma-separated); an absent one is null. A value of the wrong
 * type is a 400 naming the parameter.
 */
final class QueryArguments {
    private QueryArguments() {
    }

    static Map<String, Object> read(Context ctx, NamedQuery query) {
        Map<String, Object> args = new HashMap<>();
        for (CypherParam p : query.parameters()) {
            String raw = Params.optional(ctx, p.name());
            args.put(p.name(), raw == null ? null : value(p, raw));
        }
        return args;
    }

    private static Object value(CypherParam p, String raw) {
        String type = p.type();
        try {
            if (type.equals("Integer") || type.equals("Long")) {
                return Long.parseLong(raw);
            }
            if (type.equals("Float") || type.equals("Double")) {
                return Double.parseDouble(raw);
            }
        } catch (NumberFormatException e) {
            throw Params.bad(p.name(), "must be a " + type.toLowerCase() + " number, not '" + raw + "'",
                    "参数 " + p.name() + " 须是数字，而不是“" + raw + "”");
        }
        if (type.equals("Boolean")) {
            if (!raw.equals("true") && !raw.equals("false")) {
                throw Params.bad(p.name(), "must be true or false, not '" + raw + "'",
                        "参数 " + p.name() + " 须是 true 或 false，而不是“" + raw + "”");
            }
            return Boolean.parseBoolean(raw);
        }
        if (type.startsWith("List<String>")) {
            return Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        if (type.equals("String")) {
            return raw;
        }
        throw Params.bad(p.name(), "a " + type + " cannot be given in a URL",
                "参数 " + p.name() + " 是 " + type + "，不能写在网址里");
    }
}
