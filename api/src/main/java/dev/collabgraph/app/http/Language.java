package dev.collabgraph.app.http;

import io.javalin.http.Context;

import java.util.Locale;

/**
 * The language a request's texts are answered in: {@code zh} (the default: planners read Chinese) or {@code en}, from
 * the {@code lang} parameter, else from the first language of {@code Accept-Language}.
 */
public final class Language {
    public static final String CHINESE = "zh";
    public static final String ENGLISH = "en";

    private Language() {
    }

    public static String of(Context ctx) {
        String asked = ctx.queryParam("lang");
        if (asked != null && !asked.isBlank()) {
            return asked.strip().toLowerCase(Locale.ROOT).startsWith(ENGLISH) ? ENGLISH : CHINESE;
        }
        String header = ctx.header("Accept-Language");
        return header != null && header.strip().toLowerCase(Locale.ROOT).startsWith(ENGLISH) ? ENGLISH : CHINESE;
    }
}
