package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunTogetherUnitsTest {
    private static List<String> units(String cell) {
        return UnitLists.split(cell, 0, cell.length(), null, "").stream().map(UnitRef::name).toList();
    }

    @Test
    void organsRunTogetherWhereACellsBlanksWereLostAreCutApart() {
        assertThat(units("科技局发改委经信委人社局")).containsExactly("科技局", "发改委", "经信委", "人社局");
        assertThat(units("市委宣传部市委网信办")).containsExactly("市委宣传部", "市委网信办");
        assertThat(units("工业和信息化局人力资源和社会保障局")).containsExactly("工业和信息化局", "人力资源和社会保障局");
    }

    @Test
    void oneOrgansLongNameStaysWhole() {
        assertThat(units("市委组织部")).containsExactly("市委组织部");
        assertThat(units("旗委组织部")).containsExactly("旗委组织部");
        assertThat(units("市政府国资委")).containsExactly("市政府国资委");
        assertThat(units("某某高新区管委会")).containsExactly("某某高新区管委会");
        assertThat(units("市发展和改革委员会")).containsExactly("发展和改革委员会");
        assertThat(units("市生态环境局某某经开区分局")).containsExactly("生态环境局某某经开区分局");
        assertThat(units("国家税务总局某某市某某区税务局")).containsExactly("国家税务总局某某市某某区税务局");
        assertThat(units("某某县人民政府")).containsExactly("某某县人民政府");
    }
}
