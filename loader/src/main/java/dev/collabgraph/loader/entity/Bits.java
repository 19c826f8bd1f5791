package dev.collabgraph.loader.entity;

import java.util.BitSet;

/** Range tests on character sets (a document's covered characters, the starts of chosen names). */
final class Bits {
    /** Up to this many bits a range is tested bit by bit. */
    private static final int FEW = 64;

    private Bits() {
    }

    /**
     * Whether a bit of {@code bits} is set in [from, to): a name's few characters tested one by one, where a search
     * for the next set bit would run on through the words of a sparse set far past {@code to}. The same answer as
     * {@code nextSetBit(from)} falling before {@code to}.
     */
    static boolean anySet(BitSet bits, int from, int to) {
        if (to - from > FEW) {
            int next = bits.nextSetBit(from);
            return next >= 0 && next < to;
        }
        for (int k = from; k < to; k++) {
            if (bits.get(k)) {
                return true;
            }
        }
        return false;
    }
}
