package dev.collabgraph.loader.entity;

/**
 * A small per-thread cache of an int computed from a string (a pure function of it): a direct-mapped table, so a
 * lookup is one hash and one comparison, the table stays in the processor's cache, and memory is bounded whatever
 * the stream of strings. A string whose slot another took is simply computed again.
 */
final class StringMemo {
    static final int ABSENT = Integer.MIN_VALUE;

    private final int mask;
    private final ThreadLocal<Table> tables;

    StringMemo(int slotsPowerOfTwo) {
        this.mask = slotsPowerOfTwo - 1;
        this.tables = ThreadLocal.withInitial(() -> new Table(slotsPowerOfTwo));
    }

    private record Table(String[] keys, int[] values) {
        Table(int slots) {
            this(new String[slots], new int[slots]);
        }
    }

    /** The value remembered for {@code key}, or {@link #ABSENT}. */
    int get(String key) {
        Table t = tables.get();
        int slot = slot(key);
        String k = t.keys()[slot];
        return k != null && k.equals(key) ? t.values()[slot] : ABSENT;
    }

    void put(String key, int value) {
        Table t = tables.get();
        int slot = slot(key);
        t.keys()[slot] = key;
        t.values()[slot] = value;
    }

    private int slot(String key) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }
}
