package dev.collabgraph.store;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.types.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.spatial.Point;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of the embedded Cypher runtime as the driver's {@link Record}s, so that every mapper in the code base reads
 * the in-process path and the Bolt path alike. Nodes, relationships and paths are copied while their transaction
 * is open (embedded entities die with it); everything else the driver's {@link Values} converts as it would a
 * parameter.
 */
final class DriverValues {
    private DriverValues() {
    }

    static Record record(List<String> keys, Map<String, Object> row) {
        List<Value> values = new ArrayList<>(keys.size());
        for (String key : keys) {
            values.add(value(row.get(key)));
        }
        return new InternalRecord(keys, values);
    }

    static Value value(Object value) {
        if (value instanceof Node node) {
            return node(node).asValue();
        }
        if (value instanceof Relationship relationship) {
            return relationship(relationship).asValue();
        }
        if (value instanceof Path path) {
            List<Entity> entities = new ArrayList<>();
            for (var entity : path) {
                entities.add(entity instanceof Node n ? node(n) : relationship((Relationship) entity));
            }
            return new InternalPath(entities).asValue();
        }
        if (value instanceof Point point) {
            double[] c = point.getCoordinate().getCoordinate();
            int srid = point.getCRS().getCode();
            return c.length == 3 ? Values.point(srid, c[0], c[1], c[2]) : Values.point(srid, c[0], c[1]);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Value> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), value(v)));
            return Values.value(out);
        }
        if (value instanceof Iterable<?> list) {
            List<Value> out = new ArrayList<>();
            list.forEach(v -> out.add(value(v)));
            return Values.value(out);
        }
        return Values.value(value);
    }

    @SuppressWarnings("deprecation") // the driver's types still carry the numeric ids beside the element ids
    private static InternalNode node(Node node) {
        List<String> labels = new ArrayList<>();
        for (Label label : node.getLabels()) {
            labels.add(label.name());
        }
        return new InternalNode(node.getId(), node.getElementId(), labels, properties(node.getAllProperties()));
    }

    @SuppressWarnings("deprecation")
    private static InternalRelationship relationship(Relationship r) {
        return new InternalRelationship(r.getId(), r.getElementId(), r.getStartNode().getId(),
                r.getStartNode().getElementId(), r.getEndNode().getId(), r.getEndNode().getElementId(),
                r.getType().name(), properties(r.getAllProperties()));
    }

    private static Map<String, Value> properties(Map<String, Object> properties) {
        Map<String, Value> out = new LinkedHashMap<>();
        properties.forEach((k, v) -> out.put(k, value(v)));
        return out;
    }
}
