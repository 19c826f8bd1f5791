package dev.collabgraph.loader.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Chinese dates (2018年4月18日) as ISO strings. */
final class Dates {
    static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    private Dates() {
    }

    static String iso(Matcher date) {
        return String.format("%s-%02d-%02d", date.group(1), Integer.parseInt(date.group(2)),
                Integer.parseInt(date.group(3)));
    }
}
