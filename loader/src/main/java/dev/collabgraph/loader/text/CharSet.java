package dev.collabgraph.loader.text;

import java.util.BitSet;

/**
 * A few characters tested by one bit, for tests asked at every character of a text ({@code String.indexOf} on the
 * string of them walks it at every ask).
 */
public record CharSet(BitSet bits) {
    public static CharSet of(String chars) {
        BitSet bits = new BitSet();
        chars.chars().forEach(bits::set);
        return new CharSet(bits);
    }

    public boolean has(char c) {
        return bits.get(c);
    }
}
