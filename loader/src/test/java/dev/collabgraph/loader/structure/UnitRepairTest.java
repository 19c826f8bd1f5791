package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UnitRepairTest {
    private static final Set<String> KNOWN = Set.of("发改委", "经信委", "科技局", "财政局", "工信局");

    @Test
    void readsAFullyReversedTokenAsAKnownUnit() {
        assertThat(UnitRepair.repair("委改发", KNOWN)).contains("发改委");
        assertThat(UnitRepair.repair("局信工", KNOWN)).contains("工信局");
    }

    @Test
    void readsARotatedTokenAsAKnownUnit() {
        assertThat(UnitRepair.repair("局科技", KNOWN)).contains("科技局");
        assertThat(UnitRepair.repair("委经信", KNOWN)).contains("经信委");
    }

    @Test
    void movesALeadingSuffixToTheEndWhenNoUnitIsKnown() {
        assertThat(UnitRepair.repair("局统计", Set.of())).contains("统计局");
        assertThat(UnitRepair.repair("中心数据", Set.of())).contains("数据中心");
    }

    @Test
    void keepsTheLevelInFrontWhenOnlyTheRestIsReversed() {
        assertThat(UnitRepair.repair("县局人社", Set.of("县人社局"))).contains("县人社局");
        assertThat(UnitRepair.repair("县局人社", Set.of("县人社局", "县局人社"))).contains("县人社局");
        assertThat(UnitRepair.repair("区委组织部", Set.of("县人社局"))).isEmpty();
    }

    @Test
    void neverMovesALeadingLevelToTheEnd() {
        assertThat(UnitRepair.repair("县科协", Set.of())).isEmpty();
        assertThat(UnitRepair.repair("区科协", KNOWN)).isEmpty();
    }

    @Test
    void leavesKnownAndWellFormedUnitsAlone() {
        assertThat(UnitRepair.repair("科技局", KNOWN)).isEmpty();
        assertThat(UnitRepair.repair("规划局", KNOWN)).isEmpty();
        assertThat(UnitRepair.repair("质监", KNOWN)).isEmpty();
    }

    @Test
    void warnsOncePerRepairAndKeepsThePrintedForm() {
        List<String> warnings = new ArrayList<>();
        List<UnitRef> units = UnitRepair.apply(List.of(new UnitRef("委改发", "委改发", "co", null, null),
                new UnitRef("科技局", "市科技局", null, null, null)), KNOWN, "annex row 3", "", warnings, "");
        assertThat(units.get(0)).isEqualTo(new UnitRef("发改委", "发改委", "co", null, "委改发"));
        assertThat(units.get(1).repairedFrom()).isNull();
        assertThat(warnings).containsExactly("annex row 3: unit '委改发' read as '发改委' (reversed)");
    }

    @Test
    void aDepartmentEndingPrintedFirstIsMovedBackOrTheNameReversedAsTheTextReadsElsewhere() {
        assertThat(UnitRepair.repair("局科技", Set.of(), "加强科技创新，支持科技企业。")).contains("科技局");
        assertThat(UnitRepair.repair("委改发", Set.of(), "深化发改系统改革。")).contains("发改委");
        assertThat(UnitRepair.repair("局人社", Set.of(), "")).contains("人社局");
        assertThat(UnitRepair.repair("县局人社", Set.of(), "")).contains("县人社局");
    }

    @Test
    void anOrgansNameThatStartsWithAnEndingStaysAsPrinted() {
        assertThat(UnitRepair.repair("委员会", Set.of(), "")).isEmpty();
        assertThat(UnitRepair.repair("县委组织部", Set.of(), "")).isEmpty();
        assertThat(UnitRepair.repair("办公室", Set.of(), "")).isEmpty();
    }
}
