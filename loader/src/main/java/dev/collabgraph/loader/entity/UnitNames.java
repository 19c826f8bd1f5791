package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.CharPositions;
import dev.collabgraph.model.Label;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bodies the prose gives work to, outside the responsibility notes: the leading groups a document sets up
 * (成立由市政府主要领导任组长的创新驱动发展领导小组) and the standing bodies of a government named as the subject of a
 * duty (市科技创新委员会统筹推进…, 区政府督查室要将…, 市审计局依法对…进行审计). A group is named by what it leads; a standing body starts with
 * the level of its government (市, 区, 县).
 */
final class UnitNames {
    /** Kinds of group set up for a task: the name before them says what the group is for. */
    private static final List<String> GROUPS = List.of("领导小组", "工作小组", "督查小组");
    /** Kinds of standing body: named after the level of government they belong to. */
    private static final List<String> BODIES = List.of("委员会", "督查室");
    private static final String LEVELS = "市区县";
    /** How long a group's purpose of generic words alone must be to name it (产学研协同创新, not 相应 or 创新). */
    private static final int GROUP_PURPOSE = 5;
    private static final int MAX_NAME = 16;
    private static final int MAX_BODY = 10;
    static final String RULE = "context:unit";

    private UnitNames() {
    }

    /**
     * An organ of a level of government opening a clause as the subject of its duty (区科技局负责榜单发布…；区财政局负责…),
     * in a document whose duties stand in a part of their own rather than in notes.
     */
    private static final Pattern DUTY_SUBJECT = Pattern.compile(
            "((?:[市区县]|各)[\\p{IsHan}&&[^，。；：负要由]]{1,10}?(?:局|委|管委会|办事处|办公室|中心))"
                    + "(?=(?:要|应当|应|将)?(?:负责|牵头|会同|配合|依法|做好|加强|建立|健全|制定|组织|指导|督促|统筹|协调|定期|每年"
                    + "|按季度|落实|推动|推进|开展))");
    /** The organ a subject works with: 会同市统计局建立…, named by its level as the subject is. */
    private static final Pattern PARTNER = Pattern.compile(
            "会同((?:[市区县])[\\p{IsHan}&&[^，。；：、和及与]]{1,8}?(?:局|委|管委会|办事处|办公室))");
    /** What a clause the subject opens follows: the text's start, a clause end, a line break or the blank after an article's label. */
    private static final String CLAUSE_ENDS = "，。；：\n \u3000";
    /** The characters {@link #DUTY_SUBJECT} opens with (a set, written as one word each for the rule-word check). */
    private static final String SUBJECT_OPENINGS = "市" + "区" + "县" + "各";
    /** Longer than any subject and the verb after it: how far a match is looked for. */
    private static final int SUBJECT_REACH = 24;

    /** An article's label (第十二条) right before {@code i}, the blank after it dropped by the cleaner. */
    private static final Pattern ARTICLE_LABEL = Pattern.compile("第[一二三四五六七八九十百零〇\\d]{1,5}条$");
    private static final int MAX_LABEL = 7;

    private static boolean afterArticleLabel(String text, int i) {
        return text.charAt(i - 1) == '条' && ARTICLE_LABEL.matcher(text).region(Math.max(0, i - MAX_LABEL), i).find();
    }

    /** The words that set a group up or close the phrase of its leader, after which its name starts. */
    private static final List<String> SET_UP = List.of("的", "成立", "设立", "组建", "建立");

    /**
     * Just after the last word that sets up the group ending at {@code end} in its chunk, or {@code end} if none; looked
     * for back from the group within its chunk only (a search of the text before it made long documents quadratic).
     */
    private static int afterSetUp(String text, int chunk, int end) {
        for (int at = end - 2; at >= chunk; at--) {
            for (String word : SET_UP) {
                if (at + word.length() < end && text.startsWith(word, at)) {
                    return at + word.length();
                }
            }
        }
        return end;
    }

    /** 经市市校合作领导小组同意: a group that approves the document is given no work by it. */
    private static boolean approves(String text, int s) {
        return s > 0 && text.charAt(s - 1) == '经';
    }

    /** 将推进情况报县政府督查室: a group or body a report is sent to receives it, the prose gives it no work. */
    private static boolean reportedTo(String text, int s) {
        return Lexicon.REPORTED_TO.longestEndingAt(text, s, Math.max(0, s - 3)) != null;
    }

    static void find(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher subject = DUTY_SUBJECT.matcher(text).useTransparentBounds(true);
        // tried only where a clause opens with a level's character: a find() would try every character of the text
        int[] opens = CharPositions.of(text, SUBJECT_OPENINGS);
        for (int k = 0; k < opens.length; k++) {
            int i = opens[k];
            if ((i == 0 || CLAUSE_ENDS.indexOf(text.charAt(i - 1)) >= 0 || afterArticleLabel(text, i))
                    && subject.region(i, Math.min(text.length(), i + SUBJECT_REACH)).lookingAt()) {
                out.add(new Candidate(Label.Unit, subject.start(1), subject.end(1), RULE, null));
                k = CharPositions.firstAtOrAfter(opens, subject.end(1)) - 1; // on after the subject
            }
        }
        Matcher partner = PARTNER.matcher(text);
        for (int i = text.indexOf("会同"); i >= 0; i = text.indexOf("会同", i + 2)) {
            if (partner.region(i, Math.min(text.length(), i + SUBJECT_REACH)).lookingAt()) {
                out.add(new Candidate(Label.Unit, partner.start(1), partner.end(1), RULE, null));
            }
        }
        for (String group : GROUPS) {
            for (int i = text.indexOf(group); i >= 0; i = text.indexOf(group, i + group.length())) {
                int chunk = Boundaries.chunkStart(text, i);
                int s = Boundaries.nameStart(text, chunk, i, Label.Unit, scan.covered);
                s += Lexicon.leadingLength(text, s, i);
                if (i - s < 2) {
                    s = afterSetUp(text, chunk, i); // 成立由…任组长的政策落实督查小组: what the group does is its name
                }
                // what a group is for may be made of generic words alone (产学研协同创新工作专班) when it says enough
                if (i - s >= 2 && i - s <= MAX_NAME && (i - s >= GROUP_PURPOSE || Lexicon.specificChars(text.substring(s, i)) >= 2)
                        && !reportedTo(text, s) && !approves(text, s)) {
                    out.add(new Candidate(Label.Unit, s, i + group.length(), RULE, null));
                }
            }
        }
        for (String body : BODIES) {
            for (int i = text.indexOf(body); i >= 0; i = text.indexOf(body, i + body.length())) {
                int chunk = Boundaries.chunkStart(text, i);
                int s = Boundaries.nameStart(text, chunk, i, Label.Unit, scan.covered);
                s += Lexicon.leadingLength(text, s, i);
                if (i - s >= 2 && i - s <= MAX_BODY && LEVELS.indexOf(text.charAt(s)) >= 0
                        && Boundaries.startsHere(text, s, scan.covered) && !reportedTo(text, s)) {
                    out.add(new Candidate(Label.Unit, s, i + body.length(), RULE, null));
                }
            }
        }
    }
}
