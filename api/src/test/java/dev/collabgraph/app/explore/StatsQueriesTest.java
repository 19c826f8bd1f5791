package dev.collabgraph.app.explore;

import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;
import dev.collabgraph.store.CypherFiles;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The count-store queries name every label and type of the model, one count each: a new one is not silently missed. */
class StatsQueriesTest {
    @Test
    void everyLabelOfTheModelIsCounted() {
        String text = CypherFiles.load("queries/stats/countNodesByLabel").text();
        assertThat(Arrays.stream(Label.values()))
                .allSatisfy(label -> assertThat(text).contains("MATCH (:" + label.name() + ")")
                        .contains("'" + label.name() + "' AS label"));
    }

    @Test
    void everyRelationshipTypeOfTheModelIsCounted() {
        String text = CypherFiles.load("queries/stats/countRelationshipsByType").text();
        assertThat(Arrays.stream(RelType.values()))
                .allSatisfy(type -> assertThat(text).contains("MATCH ()-[:" + type.name() + "]->()")
                        .contains("'" + type.name() + "' AS type"));
    }
}
