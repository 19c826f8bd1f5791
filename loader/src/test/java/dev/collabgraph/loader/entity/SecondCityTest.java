package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.TestDocuments;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A document of another city and layout (常州), never used to write the rules' word lists. */
class SecondCityTest {
    private static Extraction changzhou;

    @BeforeAll
    static void read() {
        changzhou = Extraction.of(TestDocuments.resource("second-city.txt"));
    }

    @Test
    void universitiesCollegesAndCampusesAreFound() {
        assertThat(changzhou.names(Label.University)).contains("常州大学", "常州工学院", "江苏理工学院", "河海大学常州校区",
                "常州大学石油化工学院", "南京航空航天大学", "以色列理工学院").doesNotContain("现代产业学院");
        assertThat(changzhou.relations()).contains("PART_OF 常州大学石油化工学院 -> 常州大学");
        // 河海大学 is named only inside its campus's name: not an entity of this document
        assertThat(changzhou.names(Label.University)).doesNotContain("河海大学");
    }

    @Test
    void enterprisesAreFoundBySuffixListAndJointAction() {
        assertThat(changzhou.names(Label.Enterprise)).contains("天合光能", "中简科技", "恒立液压", "星宇股份", "今创集团",
                "江苏恒力化纤");
    }

    @Test
    void parksAreFoundAndLocated() {
        assertThat(changzhou.names(Label.Park)).contains("常州高新区", "武进高新区", "溧阳高新区", "金坛经济开发区",
                "西太湖科技产业园", "中以常州创新园", "常州科教城", "常州经开区");
        assertThat(changzhou.relations(RelType.LOCATED_IN)).contains("武进高新区 -> 武进区", "常州高新区 -> 常州");
    }

    @Test
    void industryAcademiaLinksAreRead() {
        assertThat(changzhou.relations()).contains(
                "PARTNERS_WITH 天合光能 -> 常州大学",
                "PARTNERS_WITH 中简科技 -> 江苏理工学院",
                "HOSTS 星宇股份 -> 智能车灯研究院",
                "HOSTS 常州工学院 -> 智能车灯研究院",
                "PARTNERS_WITH 今创集团 -> 南京航空航天大学",
                "RELIES_ON 物联网感知技术工程研究中心 -> 河海大学常州校区",
                "HOSTS 天合光能 -> 天合光能光伏科学与技术国家重点实验室");
        assertThat(changzhou.names(Label.Industry)).contains("石墨烯", "动力电池", "新能源");
    }

    @Test
    void leadershipNeedsAnIndustryInTheSameClause() {
        assertThat(changzhou.relations(RelType.LEADS)).isEmpty();
    }

    @Test
    void everyMentionQuotesItsSurfaceAndEveryRelationHasEvidence() {
        Spans.assertConsistent(changzhou);
    }
}
