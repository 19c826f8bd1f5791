package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitNamesTest {
    @Test
    void dropsTheCityMarkOfACityDepartment() {
        assertThat(UnitNames.canonical("市科技局")).isEqualTo("科技局");
        assertThat(UnitNames.canonical("经信委")).isEqualTo("经信委");
    }

    @Test
    void dropsTheIssuingCity() {
        assertThat(UnitNames.canonical("徐州市科技局", "徐州市")).isEqualTo("科技局");
        assertThat(UnitNames.canonical("徐州市泉山区", "徐州市")).isEqualTo("泉山区");
    }

    @Test
    void keepsDistrictsParksAndCountiesAsPrinted() {
        assertThat(UnitNames.canonical("徐州高新区", "徐州市")).isEqualTo("徐州高新区");
        assertThat(UnitNames.canonical("徐州经济技术开发区", "徐州市")).isEqualTo("徐州经济技术开发区");
        assertThat(UnitNames.canonical("各县（市）区", "徐州市")).isEqualTo("各县（市）区");
        assertThat(UnitNames.canonical("溧阳市政府", "常州市")).isEqualTo("溧阳市政府");
    }

    @Test
    void keepsTheCityMarkOfPartyAndGovernmentOrgans() {
        assertThat(UnitNames.canonical("市委人才办")).isEqualTo("市委人才办");
        assertThat(UnitNames.canonical("市政府办公室")).isEqualTo("市政府办公室");
    }

    @Test
    void dropsSpacesAndATrailingEtc() {
        assertThat(UnitNames.canonical(" 市 财政局等")).isEqualTo("财政局");
    }

    @Test
    void knowsUnitSuffixes() {
        assertThat(UnitNames.suffixOf("常州高新区管委会")).isEqualTo("管委会");
        assertThat(UnitNames.suffixOf("委改发")).isEmpty();
    }
}
