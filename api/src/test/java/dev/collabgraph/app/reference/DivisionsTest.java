package dev.collabgraph.app.reference;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DivisionsTest {
    @Test
    void eachLineIsADivisionWithItsOffsetsAsEvidence() {
        String text = "name\tkind\taliases\r\n贾汪区\t区\t贾汪\r\n邳州市\t县级市\t邳州\r\n丰县\t县\t\r\n";
        List<Division> divisions = Divisions.parse("徐州市", text);
        assertThat(divisions).extracting(Division::name).containsExactly("贾汪区", "邳州市", "丰县");
        Division pizhou = divisions.get(1);
        assertThat(text.substring(pizhou.start(), pizhou.end())).isEqualTo(pizhou.line()).isEqualTo("邳州市\t县级市\t邳州");
        assertThat(pizhou.canonicalName()).isEqualTo("邳州");
        assertThat(divisions.get(0).canonicalName()).isEqualTo("贾汪区");
        assertThat(divisions.get(2).aliases()).isEmpty();
    }

    @Test
    void aBadKindIsRefusedNamingTheCity() {
        assertThatThrownBy(() -> Divisions.parse("徐州市", "name\tkind\n云龙区\t镇\n"))
                .hasMessageContaining("徐州市").hasMessageContaining("云龙区");
    }
}
