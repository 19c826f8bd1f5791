package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names no rule can find (brands such as 华为, county-level places without a suffix such as 邳州) and
 * abbreviations no rule can expand (矿大 → 中国矿业大学). One entry per line, tab separated:
 * {@code label, canonical name, aliases separated by |}; {@code #} starts a comment. The built-in list is
 * {@code gazetteer.tsv} on the class path; users add or override entries with {@link #load(Path)}.
 */
public final class Gazetteer {
    /** One entity the gazetteer knows, with every other way of writing it. */
    public record Entry(Label label, String name, Set<String> aliases) {
        public Entry {
            aliases = Collections.unmodifiableSet(new LinkedHashSet<>(aliases));
        }
    }

    private static final String RESOURCE = "/gazetteer.tsv";
    private static volatile Gazetteer standard;

    private final Map<String, Entry> bySurface;
    private final List<Entry> entries;
    private final WordIndex index;

    private Gazetteer(Map<String, Entry> byName) {
        Map<String, Entry> surfaces = new LinkedHashMap<>();
        for (Entry e : byName.values()) {
            surfaces.put(e.name(), e);
            e.aliases().forEach(a -> surfaces.put(a, e));
        }
        this.bySurface = Map.copyOf(surfaces);
        this.entries = List.copyOf(byName.values());
        this.index = new WordIndex(surfaces.keySet());
    }

    /** The built-in gazetteer. */
    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                g = parse(Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = g;
        }
        return g;
    }

    /** The built-in gazetteer with the entries of a user file laid over it (same canonical name: file wins). */
    public static Gazetteer load(Path file) {
        try {
            return standard().merge(parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses gazetteer lines; a malformed line is an error naming the source and line number. */
    public static Gazetteer parse(List<String> lines, String source) {
        Map<String, Entry> byName = new LinkedHashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            Label label;
            try {
                label = Label.valueOf(cols[0].strip());
            } catch (IllegalArgumentException e) {
                label = null;
            }
            if (cols.length < 2 || label == null || !label.isEntity() || cols[1].isBlank()) {
                throw new IllegalArgumentException(source + ":" + (n + 1) + ": expected 'label<TAB>name[<TAB>a|b]'");
            }
            Set<String> aliases = new LinkedHashSet<>();
            if (cols.length > 2) {
                for (String a : cols[2].split("\\|")) {
                    if (!a.isBlank()) {
                        aliases.add(a.strip());
                    }
                }
            }
            String name = cols[1].strip();
            byName.put(label + ":" + name, new Entry(label, name, aliases));
        }
        return new Gazetteer(byName);
    }

    /** This gazetteer with {@code over}'s entries added, replacing entries of the same label and name. */
    public Gazetteer merge(Gazetteer over) {
        Map<String, Entry> byName = new LinkedHashMap<>();
        entries.forEach(e -> byName.put(e.label() + ":" + e.name(), e));
        over.entries.forEach(e -> byName.put(e.label() + ":" + e.name(), e));
        return new Gazetteer(byName);
    }

    /** The entry whose name or alias is exactly {@code surface}. */
    public Optional<Entry> lookup(String surface) {
        return Optional.ofNullable(bySurface.get(surface));
    }

    public List<Entry> entries() {
        return entries;
    }

    WordIndex index() {
        return index;
    }
}
