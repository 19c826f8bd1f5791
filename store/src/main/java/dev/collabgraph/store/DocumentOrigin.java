package dev.collabgraph.store;

/**
 * Where a document comes from, as far as telling a revision from another document goes: its number (文号), title and
 * the name of the file it was read from ({@code source}, null when the graph did not come from a file).
 */
record DocumentOrigin(String number, String title, String source) {
    /**
     * Whether a text from {@code other} may replace one from here under the same id without being told to: a new
     * revision comes from the same file (edited in place); a file of another name may be another document whose
     * number or title merely maps to the same id.
     */
    boolean sameSourceAs(DocumentOrigin other) {
        return source == null || other.source == null || source.equals(other.source);
    }

    String describe() {
        StringBuilder out = new StringBuilder();
        if (number != null && !number.isEmpty()) {
            out.append(number).append(' ');
        }
        out.append('«').append(title == null || title.isEmpty() ? "untitled" : title).append('»');
        if (source != null) {
            out.append(" from ").append(source);
        }
        return out.toString();
    }
}
