package dev.collabgraph.bench.hanlp;

/** The ways HanLP is tried against our extraction ({@code bin/collabgraph bench hanlp --mode …}). */
public enum HanlpMode {
    /** Our extraction alone: the baseline. */
    OURS("our extractor alone"),
    /** HanLP's organisation and place recognitions alone, mapped to our types. */
    ALONE("HanLP alone (nt/ns mapped to our types)"),
    /** Our extraction plus HanLP organisation names ending in one of our type suffixes. */
    MERGE("ours + HanLP names with our type suffixes"),
    /** Our extraction without suffix names that start inside a HanLP word. */
    BOUNDARY_DROP("ours, suffix names not starting a HanLP word dropped"),
    /** Our extraction with such names cut to their first inner word boundary. */
    BOUNDARY_TRIM("ours, suffix names not starting a HanLP word trimmed");

    private final String description;

    HanlpMode(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The command-line spelling: lower case with dashes (boundary-drop). */
    public String option() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
