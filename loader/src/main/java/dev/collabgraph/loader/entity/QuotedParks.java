package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parks given only in quotes as the object of a building verb (规划建设“院士居创园”, 高标准建设“某某储能谷”): the quotes
 * mark a proper name, and the last character says the kind of place (园, 谷, 城, 港, 湾, 岛, 小镇). Quoted slogans
 * with a count (“一区多园”) are plans and mottos (“创新之城”) are aims, not places.
 */
final class QuotedParks {
    private static final Pattern QUOTED = Pattern.compile("(?:建设|打造|建成)“([\\u4e00-\\u9fff]{3,12})”");
    private static final Openings OPENINGS = Openings.of("建设", "打造", "建成");
    private static final Pattern PLACE_END = Pattern.compile("(?:[园谷城港湾岛]|小镇)$");
    /** Counts (“一区多园”) make a plan, 之 a motto (“创新之城”), not a place's name. */
    private static final Pattern COUNT = Pattern.compile("[一二三四五六七八九十两百千万多之]");
    static final String RULE = "context:quoted-park";

    private QuotedParks() {
    }

    static void find(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher m = QUOTED.matcher(text);
        for (int at = 0; AnchoredFind.startingWith(m, text, at, text.length(), OPENINGS); at = m.end()) {
            String name = m.group(1);
            if (PLACE_END.matcher(name).find() && !COUNT.matcher(name).find() && Lexicon.specificChars(name) >= 2) {
                out.add(new Candidate(Label.Park, m.start(1), m.end(1), RULE, null));
            }
        }
    }
}
