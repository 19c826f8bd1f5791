package dev.collabgraph.app.analysis;

import dev.collabgraph.store.CypherParam;
import dev.collabgraph.store.CypherStatement;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.util.Map;

/**
 * A named query of the library as the API lists it: its name below {@code cypher/queries}
 * ({@code gaps/findUncoveredDivisions}), the purpose line, the definition from its {@code @about} lines (empty for
 * most non-gap queries) and its parameters.
 */
public record NamedQuery(String name, String purpose, String about, List<CypherParam> parameters,
                         @JsonIgnore Map<String, String> localized) {
    static final String ROOT = "queries/";

    public NamedQuery {
        parameters = List.copyOf(parameters);
        localized = localized == null ? Map.of() : Map.copyOf(localized);
    }

    static NamedQuery of(CypherStatement statement) {
        return new NamedQuery(statement.name().substring(ROOT.length()), statement.purpose(), statement.about(),
                statement.params(), statement.localized());
    }

    /** The purpose line in {@code language} (zh, en) when the file gives one, else the file's own. */
    public String purpose(String language) {
        return localized.getOrDefault("purpose." + language, purpose);
    }

    /** The definition in {@code language} when the file gives one, else the file's own. */
    public String about(String language) {
        return localized.getOrDefault("about." + language, about);
    }

    /** This query as the API lists it to a reader of {@code language}: purpose, definition and parameters in it. */
    public NamedQuery in(String language) {
        List<CypherParam> translated = parameters.stream().map(p -> new CypherParam(p.name(), p.type(),
                localized.getOrDefault("param." + p.name() + "." + language, p.meaning()))).toList();
        return new NamedQuery(name, purpose(language), about(language), translated, localized);
    }

    /** The last part of the name ({@code findUncoveredDivisions}), which the gap endpoints and the CLI use. */
    public String shortName() {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
