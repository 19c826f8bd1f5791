package dev.collabgraph.model;

/** Node labels of the collaboration graph: document structure first, then named entities. */
public enum Label {
    Document, Section, Task, AnnexTask, Indicator, Target,
    University, Enterprise, Platform, Park, Unit, Industry, Region;

    /** Named entities are shared across documents; structure nodes belong to one document. */
    public boolean isEntity() {
        return ordinal() >= University.ordinal();
    }
}
