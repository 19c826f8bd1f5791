package dev.collabgraph.store;

import org.neo4j.driver.Record;

import java.time.Duration;
import java.util.List;

/**
 * Reads that walk relationships with the embedded store's own API, for the answers whose Cypher rows cost more than
 * the walk itself (a level of the path search through a hub's thousands of tasks). Only a store in this process has
 * them ({@link GraphStore#walks()}); over a driver a caller runs the Cypher statement each method names, which gives
 * the same rows.
 */
public interface Walks {
    /**
     * A neighbour reached by one level of a path search: its id, the expanded nodes it neighbours (one entry per
     * relationship joining them), its degree (every relationship) and its pair summaries.
     */
    record PathStep(String to, List<String> froms, long degree, long links) {
    }

    /**
     * The rows of {@code queries/explore/expandPathFrontier} ({@code linksOnly} false) or {@code expandPathLinks}
     * (true; {@code degree} is then 0): the neighbours of the nodes of {@code ids} a path may step to, through pair
     * summaries and structure relationships (summaries alone when {@code linksOnly}), never a document or section,
     * kept when one of {@code ends} or labelled as one of {@code through}. Fails as a statement would past
     * {@code timeout} (status {@code Neo.ClientError.Transaction.TransactionTimedOut}) or when its caller cancels.
     */
    List<PathStep> pathLevel(List<String> ids, List<String> through, List<String> ends, boolean linksOnly,
                             Duration timeout);

    /**
     * The rows of {@code queries/explore/expandNeighbors} for node {@code id} (its columns, in its order: best
     * connected first, ties by name, then id; the evidence of each link its first per-document relationship's first
     * quote); empty when the node does not exist.
     */
    List<Record> neighbours(String id, List<String> labels, List<String> types, int limit,
                                             Duration timeout);
}
