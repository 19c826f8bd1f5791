package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

/**
 * Read-only access to the type suffixes the extractor names entities by (…大学, …集团, …重点实验室, …高新区, …产业),
 * for tools outside this package that ask "which type does this name's ending say": the HanLP evaluation in
 * {@code bench} maps another recogniser's names to our types with it. Extraction itself does not use this class.
 */
public final class TypeSuffixes {
    private TypeSuffixes() {
    }

    /** The type of the longest type suffix {@code name} ends with, or null when it ends with none. */
    public static Label labelOf(CharSequence name) {
        Suffix s = Suffix.endingAt(name, name.length(), 0);
        return s == null ? null : s.label();
    }

    /** The length of that suffix (0 when none): a name needs more than its suffix to name one entity. */
    public static int suffixLength(CharSequence name) {
        Suffix s = Suffix.endingAt(name, name.length(), 0);
        return s == null ? 0 : s.text().length();
    }
}
