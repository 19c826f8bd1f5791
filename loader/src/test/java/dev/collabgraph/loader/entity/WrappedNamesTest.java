package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.Cleaner;
import dev.collabgraph.loader.text.Decoder;
import dev.collabgraph.model.Label;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A name a narrow table cell wrapped is read whole, not as the tail its second line holds. */
class WrappedNamesTest {
    @Test
    void theTailOfANameOpeningAWrappedCellsLineIsTheWholeName() {
        String document = String.join("\n",
                "某州市人民政府办公室关于印发某州市成果转化行动方案的通知",
                "一、主要任务",
                "（一）设立转化基金。由某州科创投资集团有限公司受托管理天使基金。（牵头单位：市委金融办）",
                "附件",
                "序号\t重点任务\t牵头单位\t配合单位",
                "1\t强化金融支持\t市委金融办\t市财政局、某",
                "\t\t\t州科创投资集团有限公司",
                "2\t建设转化中心\t市科技局\t市教育局");
        Extraction read = Extraction.of(Cleaner.clean(Decoder.decode("inline.txt",
                document.getBytes(StandardCharsets.UTF_8))));
        assertThat(read.names(Label.Enterprise)).contains("某州科创投资集团有限公司")
                .doesNotContain("州科创投资集团有限公司");
    }
}
