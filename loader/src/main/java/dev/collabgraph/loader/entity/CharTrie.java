package dev.collabgraph.loader.entity;

import java.util.Arrays;

/**
 * A trie over chars for {@link WordIndex}. The root's children sit in an open-addressing table behind a bitmap of
 * the chars any word begins with (most text positions begin no word, and a miss must cost one bit test); deeper
 * nodes have few children, kept in small sorted arrays.
 */
final class CharTrie {
    private final Node root = new Node();
    private final long[] starts = new long[(Character.MAX_VALUE + 1) / 64];
    private char[] firstKeys = new char[0];
    private Node[] firstNodes = new Node[0];

    /** Adds {@code word}, read from its last character to its first when {@code reversed}. */
    void add(String word, boolean reversed) {
        int n = word.length();
        char c = word.charAt(reversed ? n - 1 : 0);
        Node node = first(c);
        if (node == null) {
            node = root.childOrAdd(c);
            index(c, node);
        }
        for (int k = 1; k < n; k++) {
            node = node.childOrAdd(word.charAt(reversed ? n - 1 - k : k));
        }
        node.word = word;
    }

    /** The node after the first char {@code c}, or null. */
    Node first(char c) {
        if ((starts[c >>> 6] & 1L << c) == 0) {
            return null;
        }
        int mask = firstKeys.length - 1;
        for (int slot = c & mask; ; slot = (slot + 1) & mask) {
            if (firstNodes[slot] == null || firstKeys[slot] == c) {
                return firstNodes[slot];
            }
        }
    }

    /** Enters a new first char in the table, rebuilding it twice as large when it would be over half full. */
    private void index(char c, Node node) {
        starts[c >>> 6] |= 1L << c;
        if (root.keys.length * 2 > firstKeys.length) {
            firstKeys = new char[Math.max(16, firstKeys.length * 2)];
            firstNodes = new Node[firstKeys.length];
            for (int k = 0; k < root.keys.length; k++) {
                put(root.keys[k], root.children[k]);
            }
        } else {
            put(c, node);
        }
    }

    private void put(char c, Node node) {
        int mask = firstKeys.length - 1;
        int slot = c & mask;
        while (firstNodes[slot] != null) {
            slot = (slot + 1) & mask;
        }
        firstKeys[slot] = c;
        firstNodes[slot] = node;
    }

    static final class Node {
        /** Up to this many children a scan of the keys is as fast as halving. */
        private static final int LINEAR_SEARCH_MAX = 8;

        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        /** The word ending at this node, or null. */
        String word;

        Node child(char c) {
            char[] k = keys;
            if (k.length > LINEAR_SEARCH_MAX) {
                int i = Arrays.binarySearch(k, c);
                return i >= 0 ? children[i] : null;
            }
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        /** Adds a child for {@code c} in key order, so that large nodes can be searched by halves. */
        private Node childOrAdd(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            Node child = new Node();
            char[] k = new char[keys.length + 1];
            Node[] n = new Node[keys.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(children, 0, n, 0, at);
            k[at] = c;
            n[at] = child;
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(children, at, n, at + 1, keys.length - at);
            keys = k;
            children = n;
            return child;
        }
    }
}
