package dev.collabgraph.loader.extract;

import dev.collabgraph.model.Label;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A document's entity ids and the aliases the entity stage gives each entity, by label and name, made once per
 * entity: a document names most entities many times, and building the id and the alias key again for every mention
 * and relation was a tenth of graph assembly.
 */
final class EntityIds {
    /** One entity's id and the aliases known for it (besides the surface of each mention). */
    record Entry(String id, Set<String> aliases) {
    }

    private final String city;
    private final Map<String, Set<String>> aliases;
    private final Map<Label, Map<String, Entry>> byLabel = new EnumMap<>(Label.class);

    /** {@code aliases} by {@code label + ":" + name}, as the entity stage keys them. */
    EntityIds(String city, Map<String, Set<String>> aliases) {
        this.city = city;
        this.aliases = aliases;
    }

    Entry of(Label label, String name) {
        Map<String, Entry> byName = byLabel.computeIfAbsent(label, l -> new HashMap<>());
        Entry e = byName.get(name);
        if (e == null) {
            String id = label == Label.Unit ? DocumentIds.unit(city, name) : DocumentIds.entity(label, name);
            e = new Entry(id, aliases.getOrDefault(label + ":" + name, Set.of()));
            byName.put(name, e);
        }
        return e;
    }

    String id(Label label, String name) {
        return of(label, name).id();
    }
}
