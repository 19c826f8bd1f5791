package dev.collabgraph.loader.text;

/**
 * A decoded document exactly as read: {@code text} keeps every character of the file (CRLF, BOM,
 * page breaks), so evidence offsets into it are offsets into the original.
 */
public record SourceText(String name, String text, String charset, String sha256) {
}
