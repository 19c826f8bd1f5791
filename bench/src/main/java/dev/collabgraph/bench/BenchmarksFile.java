package dev.collabgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one section of a Markdown file such as {@code BENCHMARKS.md}: the section from its {@code ## heading}
 * up to the next {@code ## } heading is replaced, or appended when absent; the rest of the file is kept.
 */
public final class BenchmarksFile {
    private BenchmarksFile() {
    }

    public static void replaceSection(Path file, String heading, String body) {
        try {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
            Files.writeString(file, replaceSection(text, heading, body), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String replaceSection(String text, String heading, String body) {
        String title = "## " + heading + "\n";
        String section = title + "\n" + body.strip() + "\n";
        int start = text.startsWith(title) ? 0 : text.indexOf("\n" + title) + 1;
        if (start == 0 && !text.startsWith(title)) {
            return text.stripTrailing() + "\n\n" + section;
        }
        int next = text.indexOf("\n## ", start + title.length());
        String rest = next < 0 ? "" : "\n" + text.substring(next + 1);
        return text.substring(0, start) + section + rest;
    }
}
