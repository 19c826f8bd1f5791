package dev.collabgraph.app.analysis;

import dev.collabgraph.store.CypherParam;
import dev.collabgraph.store.CypherStatement;

import java.util.List;

/**
 * A named query of the library as the API lists it: its name below {@code cypher/queries}
 * ({@code gaps/findUncoveredDivisions}), the purpose line, the definition from its {@code @about} lines (empty for
 * most non-gap queries) and its parameters.
 */
public record NamedQuery(String name, String purpose, String about, List<CypherParam> parameters) {
    static final String ROOT = "queries/";

    public NamedQuery {
        parameters = List.copyOf(parameters);
    }

    static NamedQuery of(CypherStatement statement) {
        return new NamedQuery(statement.name().substring(ROOT.length()), statement.purpose(), statement.about(),
                statement.params());
    }

    /** The last part of the name ({@code findUncoveredDivisions}), which the gap endpoints and the CLI use. */
    public String shortName() {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
