package dev.collabgraph.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Cypher statement read from a {@code .cypher} file: its name ({@code write/mergeEntityNodes}), the purpose line
 * and parameters declared in the header, the statement text without the header, and the definition the header's
 * {@code // @about} lines give (empty when it has none); {@code localized} holds the same texts in other languages
 * ({@code // @purpose.zh …}, {@code // @about.zh …}, {@code // @param.zh $name …}), keyed {@code purpose.zh},
 * {@code about.zh}, {@code param.name.zh}.
 */
public record CypherStatement(String name, String purpose, List<CypherParam> params, String text, String about,
                              Map<String, String> localized) {
    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    public CypherStatement {
        params = List.copyOf(params);
        about = about == null ? "" : about;
        localized = localized == null ? Map.of() : Map.copyOf(localized);
    }

    /** A statement whose header is in one language. */
    public CypherStatement(String name, String purpose, List<CypherParam> params, String text, String about) {
        this(name, purpose, params, text, about, Map.of());
    }

    /** The purpose line in {@code language} ({@code // @purpose.zh …}), else the header's own. */
    public String purpose(String language) {
        return localized.getOrDefault("purpose." + language, purpose);
    }

    /** The definition in {@code language} ({@code // @about.zh …} lines), else the header's own. */
    public String about(String language) {
        return localized.getOrDefault("about." + language, about);
    }

    /** The parameters with their meanings in {@code language} ({@code // @param.zh $name …}), else the header's own. */
    public List<CypherParam> params(String language) {
        return params.stream().map(p -> new CypherParam(p.name(), p.type(),
                localized.getOrDefault("param." + p.name() + "." + language, p.meaning()))).toList();
    }

    /** A statement without a definition. */
    public CypherStatement(String name, String purpose, List<CypherParam> params, String text) {
        this(name, purpose, params, text, "");
    }

    /** Names of the parameters the header declares. */
    public Set<String> declaredParameters() {
        Set<String> names = new LinkedHashSet<>();
        params.forEach(p -> names.add(p.name()));
        return names;
    }

    /** Names of the parameters the text uses, outside string literals and comments. */
    public Set<String> usedParameters() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PARAMETER.matcher(CypherText.mask(text));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Fails unless the arguments name exactly the declared parameters: a typo must not silently bind null. */
    void checkArguments(Map<String, ?> arguments) {
        Set<String> declared = declaredParameters();
        if (!declared.equals(arguments.keySet())) {
            Set<String> missing = new TreeSet<>(declared);
            missing.removeAll(arguments.keySet());
            Set<String> unexpected = new TreeSet<>(arguments.keySet());
            unexpected.removeAll(declared);
            throw new IllegalArgumentException(name + ": missing parameters " + missing + ", unexpected " + unexpected);
        }
    }
}
