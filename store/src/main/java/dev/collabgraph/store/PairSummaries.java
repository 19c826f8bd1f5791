package dev.collabgraph.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The pair summaries (one LINK per entity pair and relation type) of a store written before the writer kept them:
 * made once, at the first start that finds relations between entities and no summary. A store that has them is left
 * alone (the writer keeps them from then on), so every later start costs two reads of the count store.
 */
public final class PairSummaries {
    private static final CypherStatement COUNT = CypherFiles.load("write/countPairSummaries");
    private static final CypherStatement BACKFILL = CypherFiles.load("write/backfillPairSummaries");
    /** Every relation of a large store is read once: far more than a document's write may take. */
    private static final Duration BACKFILL_LIMIT = Duration.ofMinutes(30);

    private PairSummaries() {
    }

    /** Makes the summaries if they are missing; returns how many were made (0 when none were missing). */
    public static long backfillIfMissing(GraphStore store) {
        boolean missing = store.read(COUNT, Map.of(),
                row -> row.get("summaries").asLong() == 0 && row.get("relations").asBoolean()).get(0);
        if (!missing) {
            return 0;
        }
        List<Long> made = store.write(BACKFILL_LIMIT, tx -> tx.run(BACKFILL, Map.of(), row -> row.get("pairs").asLong()));
        return made.get(0);
    }
}
