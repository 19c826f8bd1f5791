package dev.collabgraph.model;

/** Relationship types. Every relationship carries evidence, structural ones included. */
public enum RelType {
    // document structure
    HAS_SECTION, HAS_TASK, HAS_INDICATOR, HAS_TARGET, DETAILS,
    // responsibilities and mentions
    RESPONSIBLE_FOR, MENTIONS,
    // relations between named entities, found from the wording
    HOSTS, RELIES_ON, PARTNERS_WITH, LOCATED_IN, CLUSTER_IN, LEADS, FOCUSES_ON, PART_OF, SUPPORTS,
    CO_PARTICIPATES;

    /** Whether this is a relationship of a document's structure, hung on its sections, tasks, indicators or targets. */
    public boolean isStructural() {
        return switch (this) {
            case HAS_SECTION, HAS_TASK, HAS_INDICATOR, HAS_TARGET, DETAILS, RESPONSIBLE_FOR, MENTIONS -> true;
            default -> false;
        };
    }
}
