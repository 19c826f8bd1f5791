package dev.collabgraph.loader.extract;

import dev.collabgraph.loader.entity.EntityExtractor;
import dev.collabgraph.loader.text.Decoder;
import dev.collabgraph.loader.text.SourceText;
import dev.collabgraph.model.CodePointOffsets;
import dev.collabgraph.model.Evidence;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Relationship;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The extract contract's offsets count characters, so an emoji before a quote moves it by one, not two. */
class CodePointOffsetsTest {
    private static final String TEXT = """
            某某区支持协同创新措施
            一、重点任务
            1.加大研发投入奖补。对研发费用增长快的企业给予奖补。
            📍实施主体：区科技局（牵头），区财政局
            2.支持共建研发机构。鼓励某某大学与企业共建研发机构。
            📍实施主体：区教育局
            """;

    @Test
    void everyQuoteIsTheCharactersItsOffsetsCount() {
        SourceText source = Decoder.decode("wechat.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        ExtractedGraph java = Extractor.extract(source, EntityExtractor.standard());
        ExtractedGraph contract = CodePointOffsets.of(java, source.text());
        int[] characters = source.text().codePoints().toArray();
        int checked = 0;
        for (Relationship r : contract.relationships()) {
            for (Evidence e : r.evidence()) {
                assertThat(new String(characters, e.start(), e.end() - e.start())).isEqualTo(e.quote());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(3);
        // after the first emoji the two counts part
        Evidence second = java.relationships().stream().filter(r -> r.to().endsWith(":task:2"))
                .flatMap(r -> r.evidence().stream()).findFirst().orElseThrow();
        Evidence secondInContract = contract.relationships().stream().filter(r -> r.to().endsWith(":task:2"))
                .flatMap(r -> r.evidence().stream()).findFirst().orElseThrow();
        assertThat(secondInContract.start()).isEqualTo(second.start() - 1);
    }

    @Test
    void aTextWithinTheBasicPlaneKeepsItsGraph() {
        SourceText source = Decoder.decode("plain.txt", TEXT.replace("📍", "").getBytes(StandardCharsets.UTF_8));
        ExtractedGraph java = Extractor.extract(source, EntityExtractor.standard());
        assertThat(CodePointOffsets.of(java, source.text())).isSameAs(java);
    }
}
