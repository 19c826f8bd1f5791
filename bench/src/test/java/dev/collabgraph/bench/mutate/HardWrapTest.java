package dev.collabgraph.bench.mutate;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dev.collabgraph.bench.mutate.Documents.gold;
import static dev.collabgraph.bench.mutate.Documents.task;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code wrap}: lines broken at a PDF page's width, nothing else changed. */
class HardWrapTest {
    private static final String TEXT = "一、主要任务\n"
            + "（一）建设高水平创新平台。支持某某大学与某某集团共建某某研究院，到2025年建成省级以上创新平台120家，研发经费投入强度达到2.85%以上，"
            + "引进ABCDEFGHIJ等高端人才团队30个。（牵头单位：市科技局；配合单位：市财政局）\n"
            + "序号\t任务\t责任单位一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五\n"
            + "（二）培育企业。\n";

    @Test
    void keepsEveryCharacterAndOnlyAddsLineBreaks() {
        MutatedDocument wrapped = wrap(TEXT, 1);

        assertThat(wrapped.text().replace("\n", "")).isEqualTo(TEXT.replace("\n", ""));
        assertThat(wrapped.text().lines().count()).isGreaterThan(TEXT.lines().count());
        assertThat(wrapped.changed()).isEqualTo(1);
    }

    @Test
    void noParagraphLineIsWiderThanFortyChineseCharactersAndTableRowsStayWhole() {
        MutatedDocument wrapped = wrap(TEXT, 7);

        wrapped.text().lines().filter(l -> !l.contains("\t"))
                .forEach(l -> assertThat(width(l)).isLessThanOrEqualTo(2 * HardWrap.MOST_CHARACTERS));
        assertThat(wrapped.text()).contains(TEXT.lines().filter(l -> l.contains("\t")).findFirst().orElseThrow());
    }

    @Test
    void numbersAndLatinWordsAreNotSplit() {
        for (int seed = 0; seed < 20; seed++) {
            String text = wrap(TEXT, seed).text();
            assertThat(text).contains("2.85%").contains("ABCDEFGHIJ").contains("2025").contains("120");
        }
    }

    @Test
    void aLineStandingAtAColumnOfALaidOutPageIsLeftAlone() {
        String cell = " ".repeat(40) + "县财政局、县税务局、某某经济开发区管委会、某某高新技术产业开发区管委会、各乡镇人民政府\n";

        assertThat(wrap(cell, 1).text()).isEqualTo(cell);
    }

    @Test
    void theSameSeedWrapsTheSameWay() {
        assertThat(wrap(TEXT, 3).text()).isEqualTo(wrap(TEXT, 3).text());
    }

    @Test
    void anchorsOverABreakAreStillFound() {
        String text = "（一）建设高水平创新平台支持某某大学与某某集团共建某某研究院推动科技成果在本地转化落地的若干重点工作任务。\n";
        MutatedDocument wrapped = new HardWrap().apply(MutatedDocument.of(text,
                gold(task("（一）建设高水平创新平台支持某某大学与某某集团共建某某研究院推动科技成果在本地转化", "t"))), new Random(1));

        assertThat(wrapped.text()).contains("\n");
        assertThat(Documents.anchorsFound(wrapped)).isTrue();
    }

    private static MutatedDocument wrap(String text, long seed) {
        return new HardWrap().apply(MutatedDocument.of(text, gold(task("（一）建设高水平创新平台", "建设高水平创新平台"))),
                new Random(seed));
    }

    private static int width(String line) {
        return line.chars().map(c -> HardWrap.width((char) c)).sum();
    }
}
