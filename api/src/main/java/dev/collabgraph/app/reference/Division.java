package dev.collabgraph.app.reference;

import java.util.List;

/**
 * One county-level division of a city as the reference file lists it: its full name (邳州市), its kind (区, 县 or
 * 县级市), the shorter forms documents write (邳州), and the file line with its offsets, which is the evidence.
 */
record Division(String name, String kind, List<String> aliases, String line, int start, int end) {
    Division {
        aliases = List.copyOf(aliases);
    }

    /**
     * The name the entity extractor would give the place: a county-level city loses 市 (邳州市 → 邳州) the way
     * documents' places do, a district or county keeps its suffix (贾汪区, 丰县).
     */
    String canonicalName() {
        return kind.equals("县级市") && name.endsWith("市") ? name.substring(0, name.length() - 1) : name;
    }
}
