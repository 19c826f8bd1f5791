package dev.collabgraph.app.explore;

import java.util.List;

/**
 * The graph JSON sent to the browser: {@code {nodes:[{id,label,name,degree}], links:[{source,target,type,evidence}]}}
 * with stable string ids. {@code total} and {@code omitted} say how much a capped expansion left out.
 */
public record GraphPayload(List<GraphNode> nodes, List<GraphLink> links, long total, long omitted) {
    public static GraphPayload of(List<GraphNode> nodes, List<GraphLink> links) {
        return new GraphPayload(nodes, links, nodes.size(), 0);
    }
}
