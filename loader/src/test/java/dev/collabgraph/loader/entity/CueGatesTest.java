package dev.collabgraph.loader.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Words looked for before a pattern (or instead of it) answer as the pattern does. */
class CueGatesTest {
    @Test
    void organisationKindAsItsPatternFindsIt() {
        Pattern kind = Pattern.compile("(?:学校|院所|高校|企业|机构)$");
        for (String s : List.of("", "企业", "龙头企业", "企业家", "科研院所\n", "高校\r\n", "机构\u2028", "机构 ", "学校x\n",
                "服务机构\u0085", "企", "\n")) {
            assertThat(Enumerations.organisationKind(s)).as(s).isEqualTo(kind.matcher(s).find());
        }
    }

    @Test
    void schoolColumnsHoldTheirWords() {
        assertThat(PartnerColumns.universityColumn("合作高校")).isTrue();
        assertThat(PartnerColumns.universityColumn("依托大学（院所）")).isTrue();
        assertThat(PartnerColumns.universityColumn("高等院校")).isTrue();
        assertThat(PartnerColumns.universityColumn("合作企业")).isFalse();
        assertThat(PartnerColumns.universityColumn("学科")).isFalse();
    }
}
