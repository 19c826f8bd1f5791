package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese dates written as ISO dates, the month and day padded as {@code %02d} pads them. */
class DatesTest {
    @Test
    void monthAndDayArePaddedToTwoDigits() {
        assertThat(iso("2018年4月8日")).isEqualTo("2018-04-08");
        assertThat(iso("2026年12月17日")).isEqualTo("2026-12-17");
        assertThat(iso("2026年10月1日")).isEqualTo("2026-10-01");
    }

    private static String iso(String text) {
        Matcher m = Dates.DATE.matcher(text);
        assertThat(m.find()).isTrue();
        return Dates.iso(m);
    }
}
