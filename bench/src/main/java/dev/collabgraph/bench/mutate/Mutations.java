package dev.collabgraph.bench.mutate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The mutations {@code eval --mutate NAME[,NAME…]} applies, in the order named, each seeded by the document's name
 * and its own: the same document always mutates the same way.
 */
public final class Mutations {
    private static final List<Mutation> ALL = List.of(new HardWrap(), new PageFooters(), new Relabel(),
            new NoteRewrite(), new NoteDivision(), new WindowsTyping(), new BlankLines());

    private final List<Mutation> chain;

    private Mutations(List<Mutation> chain) {
        this.chain = List.copyOf(chain);
    }

    /** The mutations of a comma-separated list of names (wrap, pages, labels, notes, division, crlf, blank). */
    public static Mutations of(String names) {
        List<Mutation> chain = new ArrayList<>();
        for (String name : names.split(",")) {
            chain.add(ALL.stream().filter(m -> m.name().equals(name.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no mutation " + name.strip() + ": one of "
                            + names())));
        }
        return new Mutations(chain);
    }

    /** The names of every mutation, in the order they are best combined. */
    public static List<String> names() {
        return ALL.stream().map(Mutation::name).toList();
    }

    /** {@code document} of the given name mutated by each mutation in turn. */
    public MutatedDocument apply(String documentName, MutatedDocument document) {
        MutatedDocument out = document;
        for (Mutation mutation : chain) {
            out = mutation.apply(out, new Random(seed(documentName, mutation.name())));
        }
        return out;
    }

    /**
     * A seed from names: String's hash is fixed by the language, so it is the same on every run and machine; mixed,
     * since java.util.Random's first draws from nearby seeds are nearly the same.
     */
    static long seed(String documentName, String mutationName) {
        long z = (long) documentName.hashCode() * 31 + mutationName.hashCode() + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return chain.stream().map(Mutation::name).collect(Collectors.joining(","));
    }
}
