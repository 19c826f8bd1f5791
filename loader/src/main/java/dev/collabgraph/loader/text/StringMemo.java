package dev.collabgraph.loader.text;

/**
 * A small cache of a value computed from a string (a pure function of it): a direct-mapped table, so a lookup is
 * one hash and one comparison, the table stays in the processor's cache, and memory is bounded whatever the stream
 * of strings. A string whose slot another took is simply computed again.
 *
 * <p>Shared by all threads without locks: a slot holds one immutable entry (final fields), so a reader sees either
 * the old entry or the new one, whole. (A per-thread table cost a {@code ThreadLocal} lookup per call, as much as the
 * hit saved.)
 */
public final class StringMemo<V> {
    private final Entry<V>[] slots;
    private final int mask;

    private record Entry<V>(String key, V value) {
    }

    /** A cache of {@code slots} entries; {@code slots} is a power of two. */
    @SuppressWarnings("unchecked")
    public StringMemo(int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        this.slots = new Entry[slots];
        this.mask = slots - 1;
    }

    /** The value remembered for {@code key}, or null. */
    public V get(String key) {
        Entry<V> e = slots[slot(key)];
        return e != null && e.key().equals(key) ? e.value() : null;
    }

    public void put(String key, V value) {
        slots[slot(key)] = new Entry<>(key, value);
    }

    private int slot(String key) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }
}
