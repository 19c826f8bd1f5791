package dev.collabgraph.bench.recommend;

import dev.collabgraph.loader.entity.EntityExtractor;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.loader.text.SourceText;
import dev.collabgraph.model.ExtractedGraph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentHoldoutTest {
    private static List<ExtractedGraph> city(int documents) {
        List<ExtractedGraph> out = new ArrayList<>();
        int n = 0;
        for (String text : CitySeries.documents(documents, 7)) {
            n++;
            out.add(Extractor.extract(new SourceText("city-" + n + ".txt", text, "UTF-8", "sha-" + n),
                    EntityExtractor.standard()));
        }
        return out;
    }

    @Test
    void theSeriesIsTheSameForTheSameSeedAndItsDocumentsAreRead() {
        assertThat(CitySeries.documents(3, 7)).isEqualTo(CitySeries.documents(3, 7));
        List<ExtractedGraph> graphs = city(3);
        assertThat(graphs).allSatisfy(g -> assertThat(DocumentHoldout.statedLinks(g)).isNotEmpty());
    }

    @Test
    void linksOfANewDocumentAreRankedAboveChanceAndAboveCommonNeighbours() {
        DocumentHoldout.Result r = DocumentHoldout.evaluate("city", city(40), 7);
        assertThat(r.queries()).isGreaterThan(50);
        assertThat(r.ours().mrr()).isGreaterThan(r.random().mrr()).isGreaterThan(r.commonNeighbours().mrr())
                .isGreaterThan(r.adamicAdar().mrr());
        assertThat(r.ours().hitsAt10()).isGreaterThan(r.random().hitsAt10());
    }
}
