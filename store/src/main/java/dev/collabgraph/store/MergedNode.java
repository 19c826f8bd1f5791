package dev.collabgraph.store;

import dev.collabgraph.model.Label;
import org.neo4j.driver.Record;

import java.util.HashSet;
import java.util.Set;

/** A row of the node merge statements: which node, and whether it existed before this write. */
record MergedNode(String id, Label label, boolean existed) {

    /**
     * Maps a merge row, checking the node is what the row says: only its own label, and for a structure node of
     * document {@code owner}, not another document's; an entity ({@code owner} null) never had an owner. A clash
     * throws, so the transaction rolls back.
     */
    static MergedNode of(Record row, String owner) {
        String id = row.get("id").asString();
        Label label = Label.valueOf(row.get("label").asString());
        Set<String> labels = new HashSet<>(row.get("labels").asList(v -> v.asString()));
        String previousOwner = row.get("previousOwner").asString(null);
        boolean existed = row.get("existed").asBoolean();
        boolean ownerClash = existed && (owner == null ? previousOwner != null : !owner.equals(previousOwner));
        if (!labels.equals(Set.of("Node", label.name())) || ownerClash) {
            throw new IllegalArgumentException("node " + id + " (" + label + ") clashes with a stored node labelled "
                    + labels + (previousOwner == null ? "" : " of document " + previousOwner));
        }
        return new MergedNode(id, label, existed);
    }
}
