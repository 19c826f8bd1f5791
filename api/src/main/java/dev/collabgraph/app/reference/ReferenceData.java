package dev.collabgraph.app.reference;

import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.SearchKeys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the shipped reference data into a graph: each city's county-level divisions (from
 * {@code data/regions/<city>.tsv}) as Region nodes with {@code division} (区, 县, 县级市), {@code city} and
 * {@code officialName} (邳州市 for the node the documents call 邳州), PART_OF the city. Every
 * link carries evidence into the reference file (the line, its offsets, rule {@value #RULE}) and the source id
 * {@code reference:<city>} as its document. Loading again changes nothing.
 */
public final class ReferenceData {
    static final String RULE = "reference:divisions";
    private static final List<String> CITIES = List.of("徐州市");
    private static final CypherStatement MERGE_REGIONS = CypherFiles.load("write/mergeReferenceRegions");
    private static final CypherStatement MERGE_PART_OF = CypherFiles.load("write/mergeReferencePartOf");
    private static final CypherStatement SET_SEARCH_KEYS = CypherFiles.load("write/setSearchKeys");

    private ReferenceData() {
    }

    /** Merges the divisions of every shipped city; call after loading documents, so their regions are reused. */
    public static void load(GraphStore store) {
        for (String city : CITIES) {
            load(store, city, Divisions.parse(city, resource("data/regions/" + city + ".tsv")));
        }
    }

    static void load(GraphStore store, String city, List<Division> divisions) {
        String document = "reference:" + city;
        String cityName = city.endsWith("市") ? city.substring(0, city.length() - 1) : city;
        List<Map<String, Object>> regions = new ArrayList<>();
        regions.add(region(cityName, List.of(cityName, city), Map.of()));
        for (Division d : divisions) {
            List<String> names = new ArrayList<>(List.of(d.canonicalName(), d.name()));
            names.addAll(d.aliases());
            regions.add(region(d.canonicalName(), names,
                    Map.of("division", d.kind(), "city", city, "officialName", d.name())));
        }
        store.write(tx -> {
            Map<String, Merged> merged = new LinkedHashMap<>();
            tx.run(MERGE_REGIONS, Map.of("document", document, "rows", regions), r -> merged.put(
                    r.get("reference").asString(), new Merged(r.get("id").asString(), r.get("name").asString(),
                            r.get("aliases").asList(v -> v.asString()))));
            List<Map<String, Object>> keys = merged.values().stream().map(m -> Map.<String, Object>of("id", m.id(),
                    "pinyin", SearchKeys.pinyin(m.names()))).toList();
            tx.run(SET_SEARCH_KEYS, Map.of("rows", keys), r -> r);
            List<Map<String, Object>> links = new ArrayList<>();
            for (Division d : divisions) {
                links.add(Map.of("id", merged.get(d.canonicalName()).id(), "quote", d.line(), "start", d.start(),
                        "end", d.end(), "rule", RULE));
            }
            return tx.run(MERGE_PART_OF, Map.of("document", document, "cityId", merged.get(cityName).id(),
                            "rows", links),
                    r -> r.get("linked").asInt());
        });
    }

    private static Map<String, Object> region(String name, List<String> names, Map<String, Object> properties) {
        Set<String> distinct = new LinkedHashSet<>(names);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", "region:" + name);
        row.put("name", name);
        row.put("names", List.copyOf(distinct));
        row.put("properties", properties);
        return row;
    }

    private static String resource(String name) {
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("reference data " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** A region as merged, under the name the reference gave it. */
    private record Merged(String id, String name, List<String> aliases) {
        List<String> names() {
            List<String> all = new ArrayList<>(aliases);
            all.add(0, name);
            return all;
        }
    }
}
