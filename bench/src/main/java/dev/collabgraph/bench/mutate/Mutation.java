package dev.collabgraph.bench.mutate;

import java.util.Random;

/** A layout change that keeps a document's meaning: a function of the document and a random source seeded by it. */
public interface Mutation {
    /** The name {@code --mutate} knows it by. */
    String name();

    /** The document mutated; its changed and skipped counts add this mutation's own. */
    MutatedDocument apply(MutatedDocument document, Random random);
}
