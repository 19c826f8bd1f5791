package dev.collabgraph.bench.mutate;

import dev.collabgraph.bench.eval.Gold;

/**
 * A document's text and its gold as a mutation left them.
 *
 * @param changed how many places (lines, labels, notes …) the mutations changed
 * @param skipped how many items a mutation meant to change but left alone (a note it could not find reliably, a
 *                label of no known family)
 */
public record MutatedDocument(String text, Gold gold, int changed, int skipped) {
    /** The unmutated document. */
    public static MutatedDocument of(String text, Gold gold) {
        return new MutatedDocument(text, gold, 0, 0);
    }

    /** This document with {@code edits} of its text applied and the gold's anchors moved along. */
    MutatedDocument edited(TextEdits edits, int changedHere, int skippedHere) {
        TextEdits.Applied applied = edits.apply();
        return new MutatedDocument(applied.text(), AnchorSpans.follow(gold, text, applied), changed + changedHere,
                skipped + skippedHere);
    }
}
