package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A leader's speech gives its duties in its sentences: who is to lead, who is to help, said with 要. */
class SpokenDutiesTest {
    private static final String SPEECH = """
            在全市校地合作推进会上的讲话
            副市长　某某某
            同志们：
            一、提高认识
            校地合作是创新发展的重要抓手。
            二、突出重点
            一要聚焦主导产业抓协同攻关。要围绕产业链关键环节梳理技术需求清单。市科技局要牵头组织实施专项，市工信局、市财政局要积极配合，在资金安排上给予倾斜。
            二要围绕平台载体抓共建共享。某某大学与某某高新区共建研究院。某某高新区管委会要负责研究院建设的统筹推进，市发展改革委、市自然资源和规划局要在项目审批、用地保障上给予支持。
            三要引育用好人才抓队伍建设。市委组织部（市委人才办）、市人社局要完善双向聘任办法。
            三、压实责任
            一是加强统筹。市校地合作领导小组要定期研究解决重大问题。二是强化督查。市政府督查室要每半年通报一次进展。
            """;

    @Test
    void organsToldToLeadAndToHelpGetTheirRoles() {
        DocumentStructure s = Docs.parse(SPEECH);
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "工信局:co", "财政局:co");
        // an organ named by its place, told what it is to do, is the subject; those to give support assist
        assertThat(Docs.roles(s, 2)).containsExactly("某某高新区管委会:lead", "发展改革委:co", "自然资源和规划局:co");
        // an organ with its second name in brackets is still one of the sentence's subjects
        assertThat(Docs.roles(s, 3)).containsExactly("市委组织部（市委人才办）:null", "人社局:null");
    }

    @Test
    void pointsMadeInOneParagraphAreNoItems() {
        DocumentStructure s = Docs.parse(SPEECH);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("聚焦主导产业抓协同攻关", "围绕平台载体抓共建共享", "引育用好人才抓队伍建设");
    }

    @Test
    void aReportsRecommendationsNameTheirOrgansAsSubjects() {
        assertThat(duties("建议市科技局会同市司法局于2027年6月底前出台剩余配套制度。"))
                .containsExactly("科技局:lead", "司法局:co");
        assertThat(duties("市人大教育科学文化卫生委员会要跟踪检查整改落实情况。"))
                .containsExactly("市人大教育科学文化卫生委员会:lead");
    }

    private static java.util.List<String> duties(String sentence) {
        return ProseDuties.find(sentence, 0, sentence.length(), "某某").stream()
                .flatMap(f -> f.units().stream()).map(u -> u.name() + ":" + u.role()).toList();
    }

    @Test
    void theOfficialInChargeAfterAUnitIsNoPartOfItsName() {
        DocumentStructure s = Docs.parse("""
                某某县2026年科技创新重点任务清单
                1.开展关键核心技术攻关。组织企业联合高校攻关。
                责任单位：县科技局（分管副局长吴某某）、县工信局
                2.建设科技小院。在茶园建设科技小院。
                责任单位：县农业农村局
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("县科技局:null", "县工信局:null");
    }
}
