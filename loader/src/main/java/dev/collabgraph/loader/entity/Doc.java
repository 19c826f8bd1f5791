package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.Span;
import dev.collabgraph.model.Label;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text and its resolved top-level mentions in reading order, with the sentence and clause
 * geometry the relation rules need. {@code home} is the issuing city's mention, or null when the
 * document never names it.
 */
final class Doc {
    static final Set<Label> ACTORS = Set.of(Label.University, Label.Enterprise, Label.Platform, Label.Park);
    private static final String SENTENCE_ENDS = "。！？；\n";
    static final String CLAUSE_ENDS = "，：。！？；\n";
    private static final String LIST_SEPARATORS = "、和及";
    private static final String DEFINES = "简称";
    private static final String DEFINES_BELOW = "以下简称";
    private static final int MAX_DEFINITION = 20;
    private static final String COMPANY = "公司";
    private static final int MAX_SHORT_NAME = 8;

    final String text;
    final List<Mention> mentions;
    final Mention home;
    /**
     * The school whose own document this is (某某大学关于…, 关于印发《某某大学…方案》的通知): what 学校, 我校 and a clause
     * without subject mean in it; null in other documents.
     */
    final Mention self;

    Doc(String text, List<Mention> mentions, String homeName) {
        this(text, mentions, homeName, null);
    }

    Doc(String text, List<Mention> mentions, String homeName, Span title) {
        this(text, mentions, homeName, title, null);
    }

    /** {@code issuer}: the school issuing the document under its own name, or null (see {@link #issuingSchool}). */
    Doc(String text, List<Mention> mentions, String homeName, Span title, Mention issuer) {
        this.text = text;
        this.mentions = mentions;
        Mention h = null;
        for (Mention m : mentions) {
            if (m.label() == Label.Region && m.name().equals(homeName)) {
                h = m;
                break;
            }
        }
        this.home = h;
        Mention own = title == null ? null : ownSchool(text, mentions, title);
        this.self = own != null ? own : issuer;
    }

    /** What may stand in a title before the school that issues the document or names the plan as its own. */
    private static final java.util.regex.Pattern BEFORE_OWN_SCHOOL = java.util.regex.Pattern.compile(
            "^(?:关于(?:印发|转发)?)?《?");

    /** The school named first in the title, issuing it or owning the plan it issues; the title itself is no mention. */
    private static Mention ownSchool(String text, List<Mention> mentions, Span title) {
        String head = text.substring(title.start(), title.end());
        java.util.regex.Matcher before = BEFORE_OWN_SCHOOL.matcher(head);
        int at = before.lookingAt() ? before.end() : 0;
        for (Mention m : mentions) {
            if (m.label() == Label.University && head.startsWith(m.name(), at)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The school that issues the document under its own name (a red head 某某大学 over 关于印发…方案的通知, whose title
     * names no school): the first mention of a school (or of one inside a name, 某某大学科技园) one of the issuers is,
     * or begins with (某某大学办公室).
     */
    static Mention issuingSchool(List<Mention> mentions, String issuers) {
        if (issuers == null || issuers.isBlank()) {
            return null;
        }
        String[] names = issuers.split("\\s+");
        for (Mention m : mentions) {
            if (m.label() != Label.University) {
                continue;
            }
            for (String issuer : names) {
                if (!issuer.isEmpty() && issuer.startsWith(m.name())) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Index of the first mention starting at or after {@code pos}. */
    int indexFrom(int pos) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).span().start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Mentions lying within [from, to). */
    List<Mention> within(int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (int i = indexFrom(from); i < mentions.size() && mentions.get(i).span().end() <= to; i++) {
            out.add(mentions.get(i));
        }
        return out;
    }

    /** The list of mentions starting exactly at {@code pos} and joined only by 、和及 (A、B和C). */
    List<Mention> runFrom(int pos, Set<Label> labels) {
        List<Mention> run = new ArrayList<>();
        int i = indexFrom(pos);
        int at = pos;
        while (i < mentions.size() && mentions.get(i).span().start() == at
                && labels.contains(mentions.get(i).label())) {
            Mention m = mentions.get(i);
            run.add(m);
            at = afterDefinition(m.span().end());
            if (at < text.length() && LIST_SEPARATORS.indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            while (i < mentions.size() && mentions.get(i).span().start() < at) {
                i++;
            }
        }
        return run;
    }

    /** The list of mentions ending exactly at {@code pos}, in reading order. */
    List<Mention> runTo(int pos, Set<Label> labels) {
        List<Mention> run = new ArrayList<>();
        int i = indexFrom(pos) - 1;
        int at = pos;
        while (i >= 0) {
            Mention m = mentions.get(i);
            if (m.span().end() != at || !labels.contains(m.label())) {
                break;
            }
            run.add(0, m);
            at = m.span().start();
            if (at == 0 || LIST_SEPARATORS.indexOf(text.charAt(at - 1)) < 0) {
                break;
            }
            at--;
            i--;
        }
        return run;
    }

    /**
     * The position after a short-name definition at {@code pos} (某某研究所（以下简称某某所）), else {@code pos}: the
     * definition belongs to the name before it, and the sentence goes on after it.
     */
    int afterDefinition(int pos) {
        if (pos < text.length() && text.charAt(pos) == '（'
                && (text.startsWith(DEFINES, pos + 1) || text.startsWith(DEFINES_BELOW, pos + 1))) {
            int close = text.indexOf('）', pos);
            if (close > 0 && close - pos <= MAX_DEFINITION) {
                return close + 1;
            }
        }
        // 荆湾华翔生物医药股份有限公司（华翔生物）: a bare short name in brackets right after a company's legal name
        if (pos < text.length() && text.charAt(pos) == '（' && pos >= 4 && text.startsWith(COMPANY, pos - COMPANY.length())) {
            int close = pos + 1;
            while (close < text.length() && close - pos <= MAX_SHORT_NAME && Lexicon.isHan(text.charAt(close))) {
                close++;
            }
            if (close < text.length() && text.charAt(close) == '）' && close - pos > 2) {
                return close + 1;
            }
        }
        return pos;
    }

    /** The start of a short-name definition ending right before {@code pos} (…（以下简称某某）围绕), else {@code pos}. */
    int beforeDefinition(int pos) {
        if (pos > 0 && text.charAt(pos - 1) == '）') {
            int open = text.lastIndexOf('（', pos - 1);
            if (open >= 0 && pos - open <= MAX_DEFINITION && afterDefinition(open) == pos) {
                return open;
            }
        }
        return pos;
    }

    int sentenceStart(int pos) {
        return back(pos, sentenceStops());
    }

    int sentenceEnd(int pos) {
        return forward(pos, sentenceStops());
    }

    int clauseStart(int pos) {
        return back(pos, clauseStops());
    }

    /**
     * Those of {@code labels} named after 与 in the clause just before the clause {@code at} opens, when that clause
     * opens with 与 or a two-letter verb before it (与A大学、B大学签订合作协议，围绕X产业…; 加强与A大学对接，推动共建P): the
     * clause at {@code at} goes on with them; else none.
     */
    List<Mention> partnersOfClauseBefore(int at, Set<Label> labels) {
        int start = clauseStart(at);
        if (start != at || start <= sentenceStart(at)) {
            return List.of();
        }
        int before = clauseBefore(start);
        for (int with = before; with < start - 1 && with <= before + MAX_VERB_BEFORE_WITH; with++) {
            if (text.charAt(with) == '与') {
                return runFrom(with + 1, labels);
            }
        }
        return List.of();
    }

    /** Where the clause before the one opening at {@code clause} starts ({@code clause} itself at the text's start). */
    int clauseBefore(int clause) {
        return clause == 0 ? 0 : clauseStart(clause - 1);
    }

    /** Letters a clause may open with before its 与 (加强与, 深化与). */
    private static final int MAX_VERB_BEFORE_WITH = 2;

    /** The last actor named in the sentence before {@code pos}, or null. */
    Mention lastActorBefore(int pos) {
        int start = sentenceStart(pos);
        for (int i = indexFrom(pos) - 1; i >= 0 && mentions.get(i).span().start() >= start; i--) {
            if (ACTORS.contains(mentions.get(i).label()) && !inCountedList(i)) {
                return mentions.get(i);
            }
        }
        return null;
    }

    /**
     * What closes a list counted as what a place holds (集聚A、B等生物医药企业160余家, 拥有A、B等一批高校): its items are
     * the object of the clause, never the subject of a clause after it.
     */
    private static final java.util.regex.Pattern COUNTED_KIND = java.util.regex.Pattern.compile(
            "等(?:一批)?[\\p{IsHan}]{0,8}?(?:企业|公司|高校|院校|院所|机构|平台)(?:\\d+|[一二三四五六七八九十百千两]+)余?(?:家|所|个)");

    /** Whether mention {@code i} is an item of a {@link #COUNTED_KIND} list: only items and 、 up to its 等. */
    private boolean inCountedList(int i) {
        int at = mentions.get(i).span().end();
        for (int k = i + 1; at < text.length(); ) {
            char c = text.charAt(at);
            if (c == '等') {
                java.util.regex.Matcher m = COUNTED_KIND.matcher(text).region(at, Math.min(text.length(), at + 20));
                return m.lookingAt();
            }
            if (LIST_SEPARATORS.indexOf(c) >= 0) {
                at++;
            } else if (k < mentions.size() && mentions.get(k).span().start() == at) {
                at = mentions.get(k++).span().end();
            } else {
                return false;
            }
        }
        return false;
    }

    /** Words that go on with the subject of the clause before: …，并与B共建P. */
    private static final String[] GOING_ON = {"同时", "并", "还", "也"};

    /**
     * Whether a clause opens at {@code pos}, or right after a word that goes on with the subject of the clause before
     * (…开展研究，并与B合作): in both the subject is not named in the clause.
     */
    boolean opensClause(int pos) {
        int start = clauseStart(pos);
        if (start == pos) {
            return true;
        }
        for (String word : GOING_ON) {
            if (pos - start == word.length() && text.startsWith(word, start)) {
                return true;
            }
        }
        return false;
    }

    int clauseEnd(int pos) {
        return forward(pos, clauseStops());
    }

    /** The clause(s) around [from, to): evidence for a relation. */
    Span clause(int from, int to) {
        return new Span(clauseStart(from), Math.max(clauseEnd(Math.max(from, to - 1)), to));
    }

    /**
     * The positions of the sentence and clause stops, found once: the rules ask for the clause or sentence around a
     * position many thousand times per document, and a walk to the next stop each time cost more than all else Doc does.
     */
    private int[] sentenceStops;
    private int[] clauseStops;

    private int[] sentenceStops() {
        if (sentenceStops == null) {
            sentenceStops = dev.collabgraph.loader.text.CharPositions.of(text, SENTENCE_ENDS);
        }
        return sentenceStops;
    }

    private int[] clauseStops() {
        if (clauseStops == null) {
            clauseStops = dev.collabgraph.loader.text.CharPositions.of(text, CLAUSE_ENDS);
        }
        return clauseStops;
    }

    /** Where the run of non-stops ending at {@code pos} starts: right after the last stop before it, else 0. */
    private int back(int pos, int[] at) {
        int i = Math.min(pos, text.length());
        int k = java.util.Arrays.binarySearch(at, i - 1);
        int last = k >= 0 ? k : -k - 2; // the last stop at or before i - 1
        return last >= 0 ? at[last] + 1 : 0;
    }

    /** The first stop at or after {@code pos}, else the text's end. */
    private int forward(int pos, int[] at) {
        if (pos >= text.length()) {
            return pos;
        }
        int k = java.util.Arrays.binarySearch(at, pos);
        int next = k >= 0 ? k : -k - 1;
        return next < at.length ? at[next] : text.length();
    }
}
