package dev.collabgraph.app.explore;

import dev.collabgraph.model.Label;

import java.util.Arrays;
import java.util.List;

/**
 * The node labels a path may pass through. Documents and sections never: they join everything. By default a path
 * goes only through named partners and industries; units, regions and the structure nodes (tasks, annex rows,
 * indicators, targets) join so much that a path through them says little about how two entities work together.
 */
public final class PathTypes {
    /** Every label a path may pass through when asked to. */
    public static final List<String> ALL = Arrays.stream(Label.values())
            .filter(l -> l != Label.Document && l != Label.Section).map(Enum::name).toList();
    /** The labels a path passes through when the request names none, as long as such a path exists. */
    public static final List<String> DEFAULT = List.of(Label.University.name(), Label.Enterprise.name(),
            Label.Platform.name(), Label.Park.name(), Label.Industry.name());

    private PathTypes() {
    }
}
