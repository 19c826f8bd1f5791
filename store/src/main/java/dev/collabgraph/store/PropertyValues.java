package dev.collabgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns model properties into values Neo4j can store: strings, booleans, integers, floating point numbers, and
 * lists of one of those. A map property {@code p} (an indicator's {@code values} by year) becomes two parallel
 * lists, {@code p} with the values and {@code p_keys} with the keys, in map order. Null values are dropped.
 */
final class PropertyValues {
    static final String KEYS_SUFFIX = "_keys";

    private PropertyValues() {
    }

    /**
     * The storable form of {@code properties}; fails naming {@code owner} on a reserved key, a key clash, or a
     * value of another type (nested maps and lists, mixed lists, null list elements, other objects).
     */
    static Map<String, Object> storable(String owner, Map<String, Object> properties, Set<String> reserved) {
        Map<String, Object> out = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (reserved.contains(key)) {
                throw new IllegalArgumentException(owner + ": property '" + key + "' is reserved by the graph writer");
            }
            if (value instanceof Map<?, ?> map) {
                List<Object> keys = new ArrayList<>();
                map.keySet().forEach(k -> keys.add(String.valueOf(k)));
                put(owner, out, key, list(owner, key, map.values()));
                put(owner, out, key + KEYS_SUFFIX, keys);
            } else if (value instanceof Collection<?> collection) {
                put(owner, out, key, list(owner, key, collection));
            } else if (value != null) {
                put(owner, out, key, scalar(owner, key, value));
            }
        });
        return out;
    }

    private static void put(String owner, Map<String, Object> out, String key, Object value) {
        if (out.put(key, value) != null) {
            throw new IllegalArgumentException(owner + ": property '" + key + "' is given twice (a map property "
                    + "p is stored as p and p" + KEYS_SUFFIX + ")");
        }
    }

    /** Neo4j lists hold one type: integers mixed with floating point numbers become floating point. */
    private static List<Object> list(String owner, String key, Collection<?> values) {
        List<Object> items = new ArrayList<>();
        for (Object value : values) {
            if (value == null || value instanceof Collection<?> || value instanceof Map<?, ?>) {
                throw new IllegalArgumentException(owner + ": list property '" + key + "' holds " + value
                        + "; lists hold non-null scalars only");
            }
            items.add(scalar(owner, key, value));
        }
        boolean allNumbers = items.stream().allMatch(Number.class::isInstance);
        if (allNumbers && items.stream().anyMatch(Double.class::isInstance)) {
            return items.stream().<Object>map(n -> ((Number) n).doubleValue()).toList();
        }
        long kinds = items.stream().map(Object::getClass).distinct().count();
        if (kinds > 1) {
            throw new IllegalArgumentException(owner + ": list property '" + key + "' mixes types: " + values);
        }
        return items;
    }

    private static Object scalar(String owner, String key, Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof Long || value instanceof Double) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        throw new IllegalArgumentException(owner + ": property '" + key + "' has unsupported type "
                + value.getClass().getName());
    }
}
