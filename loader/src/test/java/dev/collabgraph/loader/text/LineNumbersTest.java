package dev.collabgraph.loader.text;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Which numbers in the margin are a printer's line numbers, and which are the text's own. */
class LineNumbersTest {
    @Test
    void printedLinesNumberedOneByOneLoseTheirNumbersAndKeepTheirIndent() {
        String text = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> i + "  " + (i % 3 == 1 ? "    一段文字的开头，" : "接着上一行的文字，"))
                .collect(Collectors.joining("\n"));
        LineNumbers.Stripped stripped = LineNumbers.strip(text).orElseThrow();
        assertThat(stripped.text().lines().toList()).startsWith("    一段文字的开头，", "接着上一行的文字，");
        // every character still points at itself in the original
        assertThat(text.charAt(stripped.origin()[4])).isEqualTo(stripped.text().charAt(4));
    }

    @Test
    void aTablesNumberedRowsAreNotLineNumbers() {
        String table = IntStream.rangeClosed(1, 30).mapToObj(i -> i + "\t建设" + i + "号平台\t市科技局")
                .collect(Collectors.joining("\n"));
        assertThat(LineNumbers.strip(table)).isEmpty();
    }

    @Test
    void aListOfOneLineItemsIsNotLineNumbered() {
        String list = IntStream.rangeClosed(1, 30).mapToObj(i -> i + " 建设第" + i + "个平台。")
                .collect(Collectors.joining("\n"));
        assertThat(LineNumbers.strip(list)).isEmpty();
    }

    @Test
    void blankLinesAreSkippedAndATabAnywhereInALineMakesItARow() {
        // lines of blanks only (a full-width space, a return) between numbered ones, and a last line with no break
        String text = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> i + "  " + (i % 3 == 1 ? "    一段文字的开头，" : "接着上一行的文字，") + (i % 5 == 0 ? "\n\u3000\r" : ""))
                .collect(Collectors.joining("\n"));
        assertThat(LineNumbers.strip(text)).isPresent();
        // the same lines each with a tab after the text: a table's rows, whatever stands before the tab
        String rows = text.replace("，", "，\t市科技局");
        assertThat(LineNumbers.strip(rows)).isEmpty();
    }
}
