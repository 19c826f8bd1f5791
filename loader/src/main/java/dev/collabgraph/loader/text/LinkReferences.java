package dev.collabgraph.loader.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page dumped by a text browser (lynx -dump, w3m) numbers every link in brackets before its text ([12]政务公开, a
 * unit's name the site links inside a note: [20]县科技局) and lists the addresses at the end under "References". Read
 * with them, a note's first unit opens with a number and the list of addresses reads as numbered items. The markers
 * and the list are dropped when both stand in the text.
 */
final class LinkReferences {
    private static final Pattern HEADING = Pattern.compile("^[ \t]*(?:References|参考链接|链接列表)[ \t]*$");
    /** The words {@link #HEADING} is made of, one of which a dump's text holds. */
    private static final List<String> HEADING_WORDS = List.of("References", "参考链接", "链接列表");
    private static final Pattern ADDRESS = Pattern.compile("^[ \t]*\\d{1,4}\\.[ \t]+(?:https?|ftp|file|mailto|javascript)[:：]");
    private static final Pattern MARKER = Pattern.compile("\\[\\d{1,4}\\]");
    /** Markers and addresses a text needs to be such a dump. */
    private static final int MIN_LINKS = 3;

    private LinkReferences() {
    }

    /** The text without link markers and address list, or empty when it is no text browser's dump. */
    static Optional<Rewrite.Rearranged> strip(String text) {
        if (HEADING_WORDS.stream().noneMatch(text::contains)) {
            return Optional.empty(); // no line can be the heading: its lines are not matched one by one
        }
        List<Rewrite.Line> lines = Rewrite.lines(text);
        int heading = -1;
        int addresses = 0;
        for (int i = 0; i < lines.size(); i++) {
            String s = text.substring(lines.get(i).start(), lines.get(i).end());
            if (heading < 0 && HEADING.matcher(s).matches()) {
                heading = i;
            } else if (heading >= 0 && ADDRESS.matcher(s).find()) {
                addresses++;
            }
        }
        if (heading < 0 || addresses < MIN_LINKS) {
            return Optional.empty();
        }
        int listStart = lines.get(heading).start();
        Matcher marker = MARKER.matcher(text).region(0, listStart);
        int markers = 0;
        Rewrite rewrite = new Rewrite(text);
        while (marker.find()) {
            markers++;
            rewrite.replace(marker.start(), marker.end(), () -> { });
        }
        if (markers < MIN_LINKS) {
            return Optional.empty();
        }
        rewrite.replace(listStart, text.length(), () -> { });
        return rewrite.finish();
    }
}
