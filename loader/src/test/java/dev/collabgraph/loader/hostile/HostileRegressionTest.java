package dev.collabgraph.loader.hostile;

import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.loader.text.SourceText;
import dev.collabgraph.model.ExtractedGraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One plain test per bug that {@link HostileInputProperties} found, each on the smallest document that showed it: the
 * extraction ends without an exception other than a refusal, and its offsets point into the text.
 */
class HostileRegressionTest {
    /** A short work plan around {@code task}, the body of its one numbered task. */
    private static String document(String task) {
        return "关于印发某市科技创新工作方案的通知\n一、重点任务\n1、" + task + "\n2、加强人才引进。（责任单位：市科技局）\n";
    }

    private static ExtractedGraph extracts(String text) {
        ExtractedGraph graph = Extractor.extract(new SourceText("regression.txt", text, "UTF-8", "0"));
        assertThat(GraphOffsets.problems(graph, text)).isEmpty();
        return graph;
    }

    @Test
    void anEmptyItemInAListOfPlacesBeforeAParkCountIsNoPlace() {
        // 、、 leaves an empty item between two list marks; its stem used to be read at charAt(0)
        extracts(document("推动邳州、新沂、、鼓楼三家省级高新区进入全省先进行列。"));
        extracts(document("推动、邳州、新沂、鼓楼三家省级高新区进入全省先进行列。"));
    }

    @Test
    void anEmptyItemInAClusterListMakesNoEmptyPlace() {
        // 、、 before 等…产业集群 used to give a place of no characters, whose last character was then read; the
        // sentence as the fuzzing left it (the noise decides which list the cluster rule reads)
        String header = "徐州市人民政府文件\n徐政发〔2018〕20号\n关于印发徐州市科技创新工作方案的通知\n一、重点任务\n";
        extracts(header + "1、二装备制造、业以、“国际二化、高端化\uDB2C\uDDE7”为方嗠向，重点发展工程机械、矿用机械、专用车＃辆等整机"
                + "\uDB2C\uDDE7（车）制造，重点做强g徐州经济技术开v发g区、、徐州高新区、贾汪区等产业集群。"
                + "\n2、加强人才引进。（责任单位：市科技局）\n");
    }

    @Test
    void aTableCutOffAfterItsLastTabEndsInAnEmptyCellAtTheEndOfTheText() {
        // an empty cell at the very end of the text starts at its length: its original offset used to be read past
        // the end of the offset map (the pipe-table document, its end lines deleted and its tail cut, as shrunk)
        HostileText.Base base = HostileText.DOCUMENTS.stream().filter(d -> d.name().startsWith("19-")).findFirst()
                .orElseThrow();
        String text = new HostileText.Mutated(base, java.util.List.of(
                new Mutation(Mutation.Kind.DELETE_LINES, 0.9, 0.48, " ", 4509287103291265572L),
                new Mutation(Mutation.Kind.CUT_TAIL, 0.92, 0.01, "\u200B", -1380996515042408683L))).text();
        try {
            extracts(text);
        } catch (dev.collabgraph.loader.BadDocumentException refused) {
            // a refusal is fine: the crash was the bug
        }
    }
}
