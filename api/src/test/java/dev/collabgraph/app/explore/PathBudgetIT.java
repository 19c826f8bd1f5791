package dev.collabgraph.app.explore;

import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path search's time budget on a store with a hub: two companies each named in 15,000 tasks, the tasks sharing
 * units, so that every route runs through a level of 30,000 relationships or more.
 */
class PathBudgetIT {
    private static final String FROM = "enterprise:甲";
    private static final String TO = "enterprise:乙";
    @TempDir
    static Path directory;
    private static EmbeddedNeo4j dbms;
    private static GraphStore store;

    @BeforeAll
    static void start() {
        dbms = EmbeddedNeo4j.start(directory, EmbeddedSettings.defaults());
        store = dbms.openStore();
        Schema.apply(store);
        run("CREATE (:Node:Enterprise {id: '" + FROM + "', name: '甲'}), (:Node:Enterprise {id: '" + TO + "', name: '乙'})");
        run("UNWIND range(1, 50) AS i CREATE (:Node:Unit {id: 'unit:' + i, name: '局' + i})");
        for (String end : java.util.List.of(FROM, TO)) {
            run("MATCH (e:Node {id: '" + end + "'}) UNWIND range(1, 15000) AS i "
                    + "CREATE (t:Node:Task {id: '" + end + ":task:' + i, title: '任务'}) CREATE (t)-[:MENTIONS]->(e) "
                    + "WITH t, i MATCH (u:Node {id: 'unit:' + (i % 50 + 1)}) CREATE (u)-[:RESPONSIBLE_FOR]->(t)");
        }
    }

    /** A fixed statement of the test's own (no parameters: the values are the test's constants). */
    private static void run(String text) {
        CypherStatement statement = new CypherStatement("pathBudgetFixture", "builds the hub store", List.of(), text, "");
        store.write(Duration.ofMinutes(2), tx -> tx.run(statement, Map.of(), r -> r));
    }

    @AfterAll
    static void stop() {
        store.close();
        dbms.close();
    }

    @Test
    void aLevelThatWouldEndPastTheDeadlineIsNotReadAndTheAnswerSaysItWasCut() {
        PathSearch.Routes unhurried = PathSearch.find(store, FROM, TO, 4, PathTypes.ALL, 5,
                System.nanoTime() + Duration.ofMinutes(1).toNanos());
        assertThat(unhurried.routes()).isNotEmpty().allMatch(route -> route.size() == 5);
        assertThat(unhurried.cut()).isFalse();

        // the ends' own levels are read; the level of 30,000 task relationships would end past the deadline
        PathSearch.Routes late = PathSearch.find(store, FROM, TO, 4, PathTypes.ALL, 5, System.nanoTime());
        assertThat(late.cut()).isTrue();
        assertThat(late.routes()).isEmpty();
    }

    /**
     * A level's query runs with what is left of the budget plus {@link PathSearch#LEVEL_GRACE} as its timeout; the
     * error the database gives when it stops a query at its timeout is the one the search answers as cut, and no
     * other error is.
     */
    @Test
    void theDatabaseStoppingAQueryAtItsTimeoutIsReadAsACutAndOtherErrorsAreNot() {
        CypherStatement slow = new CypherStatement("pathBudgetSlow", "runs for minutes", List.of(),
                "UNWIND range(1, 2000000000) AS i WITH i WHERE i < 0 RETURN count(*) AS n", "");
        RuntimeException stopped = org.assertj.core.api.Assertions.catchRuntimeException(
                () -> store.read(slow, Map.of(), Duration.ofMillis(200), r -> r));
        assertThat(PathSearch.timedOut(stopped)).as(String.valueOf(stopped)).isTrue();

        CypherStatement failing = new CypherStatement("pathBudgetFailing", "divides by zero", List.of(),
                "RETURN 1 / 0 AS n", "");
        RuntimeException other = org.assertj.core.api.Assertions.catchRuntimeException(
                () -> store.read(failing, Map.of(), Duration.ofSeconds(5), r -> r));
        assertThat(other).isNotNull();
        assertThat(PathSearch.timedOut(other)).as(String.valueOf(other)).isFalse();
    }
}
