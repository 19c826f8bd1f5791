package dev.collabgraph.loader.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Chinese dates (2018年4月18日) as ISO strings. */
final class Dates {
    static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    private Dates() {
    }

    /** yyyy-mm-dd, the month and day padded to two digits (without String.format, which parses its format each call). */
    static String iso(Matcher date) {
        return date.group(1) + "-" + twoDigits(Integer.parseInt(date.group(2))) + "-"
                + twoDigits(Integer.parseInt(date.group(3)));
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
