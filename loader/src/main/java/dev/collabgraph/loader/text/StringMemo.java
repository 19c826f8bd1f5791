package dev.collabgraph.loader.text;

/**
 * A small per-thread cache of a value computed from a string (a pure function of it): a direct-mapped table, so a
 * lookup is one hash and one comparison, the table stays in the processor's cache, and memory is bounded whatever
 * the stream of strings. A string whose slot another took is simply computed again.
 */
public final class StringMemo<V> {
    private final int mask;
    private final ThreadLocal<Table> tables;

    /** A cache of {@code slots} entries per thread; {@code slots} is a power of two. */
    public StringMemo(int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        this.mask = slots - 1;
        this.tables = ThreadLocal.withInitial(() -> new Table(slots));
    }

    private record Table(String[] keys, Object[] values) {
        Table(int slots) {
            this(new String[slots], new Object[slots]);
        }
    }

    /** The value remembered for {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public V get(String key) {
        Table t = tables.get();
        int slot = slot(key);
        String k = t.keys()[slot];
        return k != null && k.equals(key) ? (V) t.values()[slot] : null;
    }

    public void put(String key, V value) {
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
