package dev.collabgraph.loader.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What entity extraction found: every mention, the aliases known for each canonical name
 * ("University:中国矿业大学" → {中国矿大, 矿大}), relations between entities, and warnings.
 */
public record EntityResult(List<Mention> mentions, Map<String, Set<String>> aliases, List<RelationFact> relations,
                           List<String> warnings) {
    public EntityResult {
        mentions = List.copyOf(mentions);
        aliases = Map.copyOf(aliases);
        relations = List.copyOf(relations);
        warnings = List.copyOf(warnings);
    }
}
