package dev.collabgraph.loader.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A spreadsheet exported as CSV reaches the loader as tab rows, every character mapped back to the file. */
class CsvTextTest {
    private static final String LEDGER = "\uFEFF某区2025年重点工作台账,,,,\r\n"
            + "序号,重点工作,\"进度安排\n上半年\",牵头单位,配合单位\r\n"
            + "一、平台共建,,,,\r\n"
            + "1,\"建设研究院，引进团队\",完成验收,区科技局,区财政局\r\n"
            + "2,\"实施\"\"科技副总\"\"计划\",完成选派,区委人才办,区科技局／区工商联\r\n"
            + "3,建设中试基地,开工,区工信局,\r\n"
            + "4,举办对接活动,3场,区科协,区科技局\r\n";

    @Test
    void recordsBecomeTabRowsAndQuotesCommasAndLineBreaksInsideFieldsAreKept() {
        MappedText text = Cleaner.clean(Decoder.decode("ledger.csv.txt", LEDGER.getBytes(StandardCharsets.UTF_8)));
        assertThat(text.text()).startsWith("某区2025年重点工作台账\n");
        assertThat(text.text()).contains("序号\t重点工作\t进度安排 上半年\t牵头单位\t配合单位\n")
                .contains("1\t建设研究院，引进团队\t完成验收\t区科技局\t区财政局")
                .contains("2\t实施\"科技副总\"计划\t完成选派\t区委人才办\t区科技局／区工商联")
                .contains("3\t建设中试基地\t开工\t区工信局\t\n");
        int at = text.text().indexOf("区委人才办");
        assertThat(text.quote(at, at + 5)).isEqualTo("区委人才办");
        int quoted = text.text().indexOf("建设研究院");
        assertThat(text.quote(quoted, quoted + 10)).isEqualTo("建设研究院，引进团队");
    }

    @Test
    void proseWithAFewAsciiCommasIsNoTable() {
        String prose = "一、总体要求\n坚持创新,协调,绿色发展。\n二、重点任务\n1.支持企业,高校,院所合作。\n2.建设平台。\n3.培育人才,团队。\n";
        assertThat(CsvText.convert(prose)).isEmpty();
    }
}
