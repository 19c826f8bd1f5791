package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small parts on their own: canonical names, specificity, boundaries, the gazetteer. */
class NameRulesTest {
    @Test
    void canonicalNamesFollowRulesNotLists() {
        assertThat(Canonical.of(Label.Region, "南通市")).isEqualTo("南通");
        assertThat(Canonical.of(Label.Region, "常州市武进区")).isEqualTo("武进区");
        assertThat(Canonical.of(Label.Region, "丰县")).isEqualTo("丰县");
        assertThat(Canonical.of(Label.Park, "苏州国家高新区")).isEqualTo("苏州高新区");
        assertThat(Canonical.of(Label.Industry, "纺织服装业")).isEqualTo("纺织服装");
        assertThat(Canonical.of(Label.Industry, "世界级新能源产业")).isEqualTo("新能源");
        assertThat(Canonical.of(Label.University, "东北师大")).isEqualTo("东北师范大学");
        assertThat(Canonical.of(Label.University, "南京医大")).isEqualTo("南京医科大学");
        assertThat(Canonical.of(Label.Platform, "启迪之星(苏州)")).isEqualTo("启迪之星（苏州）");
        assertThat(Canonical.abbreviates("中国矿大", "中国矿业大学")).isTrue();
        assertThat(Canonical.abbreviates("矿大", "中国矿业大学")).isFalse();
    }

    @Test
    void levelAndCategoryWordsDoNotMakeANameSpecific() {
        assertThat(Lexicon.specificChars("国家企业")).isZero();
        assertThat(Lexicon.specificChars("省级产业技术创新战略")).isZero();
        assertThat(Lexicon.specificChars("激光技术")).isEqualTo(2);
        assertThat(Lexicon.specificChars("ICT")).isEqualTo(3);
    }

    @Test
    void aNameStartsAfterTheLastVerbButKeepsKnownNamesWhole() {
        String text = "支持无锡师范学院打造具有国际影响力的光电研发中心";
        int head = text.indexOf("研发中心");
        assertThat(text.substring(Boundaries.nameStart(text, 0, head, Label.Platform, null), head)).isEqualTo("光电");
        String israel = "与以色列理工学院";
        int start = Boundaries.nameStart(israel, 0, israel.indexOf("学院"), Label.University, null);
        assertThat(israel.substring(start)).isEqualTo("以色列理工学院");
    }

    @Test
    void theGazetteerIsSmallAndAUserFileOverridesIt() throws Exception {
        Gazetteer standard = Gazetteer.standard();
        assertThat(standard.lookup("矿大")).get().extracting(Gazetteer.Entry::name).isEqualTo("中国矿业大学");
        assertThat(standard.lookup("江苏师大")).isEmpty();
        Path file = Files.createTempFile("gazetteer", ".tsv");
        Files.write(file, List.of("# local names", "Enterprise\t正大天晴\t天晴", "University\t中国矿业大学\t矿大|CUMT"));
        Gazetteer merged = Gazetteer.load(file);
        assertThat(merged.lookup("天晴")).get().extracting(Gazetteer.Entry::label).isEqualTo(Label.Enterprise);
        assertThat(merged.lookup("CUMT")).get().extracting(Gazetteer.Entry::name).isEqualTo("中国矿业大学");
        assertThat(merged.lookup("华为")).isPresent();
        assertThatThrownBy(() -> Gazetteer.parse(List.of("Company\t某某"), "user.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user.tsv:1");
    }

    @Test
    void aUserGazetteerTeachesTheExtractorANewBrand() throws Exception {
        Path file = Files.createTempFile("gazetteer", ".tsv");
        Files.write(file, List.of("Enterprise\t正大天晴"));
        var text = dev.collabgraph.loader.text.Cleaner.clean(dev.collabgraph.loader.text.Decoder.decode("x.txt",
                "支持正大天晴建设创新药物研究院。".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var structure = new dev.collabgraph.loader.structure.DocumentStructure(null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        EntityResult result = EntityExtractor.with(Gazetteer.load(file)).apply(text, structure);
        assertThat(result.relations()).anyMatch(r -> r.from().equals("正大天晴") && r.to().equals("创新药物研究院"));
        assertThat(EntityExtractor.extract(text, structure).mentions()).noneMatch(m -> m.name().equals("正大天晴"));
    }
}
