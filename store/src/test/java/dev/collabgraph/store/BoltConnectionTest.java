package dev.collabgraph.store;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoltConnectionTest {
    @Test
    void aConnectionNeverShowsItsPassword() {
        BoltConnection connection = new BoltConnection(URI.create("neo4j://db.example:7687"), "neo4j", "hunter2",
                "graph");
        assertThat(connection.toString()).doesNotContain("hunter2").contains("***").contains("db.example");
    }

    @Test
    void onlyBoltAndNeo4jUrisAreAccepted() {
        assertThatThrownBy(() -> BoltConnection.anonymous(URI.create("http://localhost:7474")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(BoltConnection.anonymous(URI.create("bolt://127.0.0.1:7687")).user()).isNull();
    }

    @Test
    void embeddedSettingsNeverShowThePasswordAndRefuseTooShortTimeouts() {
        assertThat(EmbeddedSettings.defaults().withPassword("s3cret").toString()).doesNotContain("s3cret");
        assertThatThrownBy(() -> EmbeddedSettings.defaults().withTransactionTimeout(Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedSettings.defaults().withBoltPort(70_000))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
