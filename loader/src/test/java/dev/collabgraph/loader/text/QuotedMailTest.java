package dev.collabgraph.loader.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A document forwarded by e-mail is read without the client's quote marks, its offsets kept. */
class QuotedMailTest {
    private static final String FORWARDED = """
            收到，谢谢。

            在 2026/3/13 17:42, 某市科技局办公室 写道:
            > 各有关单位：
            > 　　现将分工转发给你们，请抓好落实。
            >
            > 　　一、重点任务
            > 　　1、建设中试基地。依托某市理工大学建设中试基地，年内服务企业
            > 50家。（责任单位：市科技局、市财政局，其中市科技局牵头）
            > > 　　2、建设技术转移中心。年内引进机构5家。（责任单位：市商务局）
            > 　　3、举办对接活动。全年举办10场。（市教育局牵头，市科技局配合）
            > 某市科技局办公室
            """;

    @Test
    void quoteMarksAreDroppedAndEveryKeptCharacterPointsAtItself() {
        Rewrite.Rearranged stripped = QuotedMail.strip(FORWARDED).orElseThrow();
        assertThat(stripped.text()).contains("\n　　1、建设中试基地。", "\n50家。（责任单位：", "\n　　2、建设技术转移中心。")
                .doesNotContain("> ").startsWith("收到，谢谢。");
        for (int i = 0; i < stripped.text().length(); i++) {
            assertThat(FORWARDED.charAt(stripped.origin()[i])).isEqualTo(stripped.text().charAt(i));
        }
    }

    @Test
    void aForwardedDocumentIsReadAsItsItemsAfterCleaning() {
        String text = Cleaner.clean(Decoder.decode("mail.txt", FORWARDED.getBytes(StandardCharsets.UTF_8))).text();
        assertThat(text).contains("1、建设中试基地。依托某市理工大学建设中试基地，年内服务企业50家。（责任单位：市科技局、市财政局，其中市科技局牵头）");
    }

    @Test
    void aQuotedSentenceOrTwoIsLeftAsItIs() {
        String text = "答复如下：\n> 请问补贴何时发放？\n> 谢谢。\n" + IntStream.range(0, 10).mapToObj(i -> "正文第" + i + "行。")
                .collect(Collectors.joining("\n"));
        assertThat(QuotedMail.strip(text)).isEmpty();
    }
}
