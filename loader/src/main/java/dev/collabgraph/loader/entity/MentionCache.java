package dev.collabgraph.loader.entity;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * {@link Naming#mention} of each candidate, made once: a resolved name is made a mention for the document's list and
 * again twice for {@link NameRelations} (the names the document writes, then each name with its parts), and naming one
 * looks it up in the gazetteer, the learned names and the placed names each time. The naming must learn nothing more
 * while the cache is used.
 */
final class MentionCache implements Function<Candidate, Mention> {
    private final Naming naming;
    private final Map<Candidate, Mention> made = new IdentityHashMap<>();

    MentionCache(Naming naming) {
        this.naming = naming;
    }

    @Override
    public Mention apply(Candidate candidate) {
        return made.computeIfAbsent(candidate, naming::mention);
    }
}
