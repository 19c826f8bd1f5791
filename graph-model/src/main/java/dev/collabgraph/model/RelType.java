package dev.collabgraph.model;

/** Relationship types. Every relationship carries evidence, structural ones included. */
public enum RelType {
    // document structure
    HAS_SECTION, HAS_TASK, HAS_INDICATOR, HAS_TARGET, DETAILS,
    // responsibilities and mentions
    RESPONSIBLE_FOR, MENTIONS,
    // relations between named entities, found from the wording
    HOSTS, RELIES_ON, PARTNERS_WITH, LOCATED_IN, CLUSTER_IN, LEADS, FOCUSES_ON, PART_OF, SUPPORTS,
    CO_PARTICIPATES
}
