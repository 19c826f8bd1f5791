package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a table cell wrapped over several lines, joined as one: a word cut by the wrap (临溪区人 / 民政府)
 * is whole again. Offsets in the joined text map back to the logical text, so units keep their spans.
 */
final class CellText {
    /** Endings that close a unit's name (区 and 县 do not: 某某经济开发区 / 管委会 is one unit). */
    private static final Pattern CLOSED_UNIT = Pattern.compile("(?:局|委|办|府|(?<!社)会|行|院|中心|公司|室|部|科协|工商联)$");
    /**
     * A wrapped line whose first item is this long is a unit of its own, not the tail of one (会, 员会); after any
     * unit ending (某某高新区) a longer item with a unit ending of its own (市科技局) is another unit.
     */
    private static final int MIN_UNIT = 3;
    private static final String SEPARATORS = "、，,；;";

    private final String text;
    private final List<Table.Cell> pieces;
    private final int[] pieceStarts;

    CellText(List<Table.Cell> pieces) {
        this.pieces = List.copyOf(pieces);
        this.pieceStarts = new int[pieces.size()];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i).text();
            if (i > 0 && betweenUnits(joined, piece)) {
                joined.append('、');
            }
            pieceStarts[i] = joined.length();
            joined.append(piece);
        }
        this.text = joined.toString();
    }

    /** Where the cell's pieces stand in the text. */
    List<dev.collabgraph.loader.text.Span> spans() {
        return pieces.stream().map(Table.Cell::span).toList();
    }

    String text() {
        return text;
    }

    /**
     * The units of a cell whose split the table's note gives (分号前为牵头单位，分号后为配合单位; 分两段列出的，首段为牵头单位;
     * 只列一个单位的，由该单位牵头): the units before the first semicolon, or before the first break between two names
     * ({@code paragraphs}: the cell's paragraphs joined by a space), lead, the others assist; a unit alone leads when
     * {@code singleLeads}. Null when the cell is not split so and holds several units.
     */
    List<UnitRef> splitRoles(boolean semicolons, boolean paragraphs, boolean singleLeads, String city) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '（' ? 1 : c == '）' ? -1 : 0;
            boolean split = depth == 0 && (semicolons && (c == '；' || c == ';')
                    || paragraphs && c == ' ' && i > 0 && i + 1 < text.length()
                    && Character.isIdeographic(text.charAt(i - 1)) || paragraphs && c == ' ' && text.charAt(i - 1) == '）');
            if (split) {
                List<UnitRef> units = new ArrayList<>(units(0, i, "lead", city));
                units.addAll(units(i + 1, text.length(), "co", city));
                return units;
            }
        }
        List<UnitRef> all = units(0, text.length(), null, city);
        if (all.size() == 1 && singleLeads) {
            UnitRef u = all.get(0);
            return List.of(new UnitRef(u.name(), u.surface(), "lead", u.span(), u.repairedFrom()));
        }
        return null;
    }

    /**
     * The units listed in the cell, with logical spans. A cell that labels its lists (牵头：A / 配合：B, one per
     * line of a wrapped cell) gives each list its label's role; a cell without labels gives {@code role}.
     */
    List<UnitRef> units(String role, String city) {
        Matcher label = NoteReader.LABEL.matcher(text);
        if (!label.find()) {
            Matcher spaced = SPACED_LABEL.matcher(text);
            if (!spaced.lookingAt()) {
                // A牵头，B、C配合: a cell worded as a note gives each clause's units its verb's role
                List<UnitRef> phrased = ROLE_VERB.matcher(text).find() ? PhrasedNotes.parse(text, 0, text.length(), city)
                        : List.of();
                return phrased.isEmpty() ? units(0, text.length(), role, city) : logical(phrased);
            }
            label = spaced;
        }
        List<UnitRef> units = new ArrayList<>();
        int from = label.end();
        String labelRole = UnitLists.roleOf(label.group(1));
        while (true) {
            boolean more = label.find();
            int to = more ? label.start() : text.length();
            units.addAll(units(from, to, labelRole != null ? labelRole : role, city));
            if (!more) {
                return units;
            }
            from = label.end();
            labelRole = UnitLists.roleOf(label.group(1));
        }
    }

    /**
     * The units of the role notes in brackets inside the cell's text (完成场地改造（县财政局配合）), as a table whose unit
     * columns name only the leads gives the units that assist in its other cells; with logical spans.
     */
    List<UnitRef> bracketNotes(String city) {
        if (text.indexOf('（') < 0 && text.indexOf('(') < 0 || !ROLE_WORD.matcher(text).find()) {
            return List.of(); // most cells hold no bracket, and few a role: the note grammar is not tried on them
        }
        List<UnitRef> found = new ArrayList<>();
        for (PhrasedNotes.Found f : PhrasedNotes.find(text, 0, text.length(), city)) {
            if (text.charAt(f.start()) == '（' || text.charAt(f.start()) == '(') {
                found.addAll(f.units());
            }
        }
        // units that only assist: （A、B配合）
        Matcher assisting = ASSISTING.matcher(text);
        while (assisting.find()) {
            found.addAll(UnitLists.split(text, assisting.start(1), assisting.end(1), "co", city));
        }
        List<UnitRef> units = new ArrayList<>();
        for (UnitRef u : found) {
            if (UnitNames.isOrgan(u.name()) || !UnitNames.suffixOf(u.name()).isEmpty()) {
                units.add(new UnitRef(u.name(), u.surface(), u.role(),
                        new Span(logical(u.span().start(), false), logical(u.span().end(), true)), u.repairedFrom()));
            }
        }
        return units;
    }

    private static final Pattern ROLE_WORD = Pattern.compile(UnitLists.ROLE_WORDS);

    /** A bracket naming units that assist, and nothing else: （县财政局、县人社局配合）. */
    private static final Pattern ASSISTING = Pattern.compile("[（(]([^（）()，。；]{2,60}?)(?:配合|协助|协办|参与|协同)[）)]");

    /**
     * A role word set apart by a blank as the label of the list after it (牵头 A 配合 B), as a cell holding a small
     * table of roles and units reads: only when the cell opens with one.
     */
    private static final Pattern SPACED_LABEL = Pattern.compile(
            "(?<=^|[\\s\u3000])(" + UnitLists.ROLE_WORDS + ")(?:单位|部门)?[\\s\u3000]+(?=\\S)");

    private List<UnitRef> units(int from, int to, String role, String city) {
        return logical(UnitLists.split(text, from, to, role, city));
    }

    /** The units with their spans in the logical text instead of the joined cell's. */
    private List<UnitRef> logical(List<UnitRef> joined) {
        List<UnitRef> units = new ArrayList<>();
        for (UnitRef u : joined) {
            units.add(new UnitRef(u.name(), u.surface(), u.role(),
                    new Span(logical(u.span().start(), false), logical(u.span().end(), true)), u.repairedFrom()));
        }
        return units;
    }

    /** A role's verb closing a clause of a cell (A牵头，B配合): the cell may be worded as a note. */
    private static final Pattern ROLE_VERB = Pattern.compile("(?:牵头|配合|协办|协助|参与|负责)(?:[，；,;]|$)");

    private static boolean betweenUnits(StringBuilder joined, String next) {
        if (joined.isEmpty() || SEPARATORS.indexOf(joined.charAt(joined.length() - 1)) >= 0) {
            return false;
        }
        int item = 0;
        while (item < next.length() && SEPARATORS.indexOf(next.charAt(item)) < 0) {
            item++;
        }
        String first = next.substring(0, item);
        if (BRANCH.matcher(first).matches() || LEGAL_FORM.matcher(first).matches() || BARE_ORGAN.matcher(first).matches()) {
            // 人民银行 / 某某市分行, 某某集团 / 有限公司, 各乡镇 / 人民政府: a branch, a legal form or an organ with no
            // name of its own wrapped under its name
            return false;
        }
        // only the end of the text joined so far counts: reading all of it for every piece made a row that gathers
        // many lines (a table whose row numbers were lost) quadratic
        String end = joined.substring(Math.max(0, joined.length() - TAIL));
        if (end.lastIndexOf('（') > end.lastIndexOf('）')) {
            return false; // 市委组织部（市 / 委人才办）: the wrap fell inside a bracket
        }
        return CLOSED_UNIT.matcher(end).find() && item >= MIN_UNIT
                || !UnitNames.suffixOf(end).isEmpty() && item > MIN_UNIT
                && !UnitNames.suffixOf(first).isEmpty();
    }

    /** A branch's name without its parent body (某某市分行, 高新分局): the tail of a wrapped name. */
    private static final Pattern BRANCH = Pattern.compile("^\\p{IsHan}{0,8}(?:分行|支行|分局|分公司|分中心|分院)$");
    /** An organ's kind without a name or a place (人民政府, 管委会): the tail of a wrapped unit's name. */
    private static final Pattern BARE_ORGAN = Pattern.compile("^(?:人民政府|政府|管委会|管理委员会|办事处|党工委)$");
    /** A company's legal form without its name (有限公司, 股份有限公司): the tail of a wrapped company name. */
    private static final Pattern LEGAL_FORM = Pattern.compile("^(?:[（(]集团[）)])?(?:股份)?有限(?:责任)?公司$");
    /** Longer than any unit ending or suffix, and than a line break $ may stand before. */
    private static final int TAIL = 16;

    /** The logical offset of joined offset {@code at}; an end offset stays in the piece it ends. */
    private int logical(int at, boolean end) {
        int i = lastPieceBefore(end ? at - 1 : at);
        if (i >= 0) {
            int offset = Math.min(at - pieceStarts[i], pieces.get(i).text().length());
            return pieces.get(i).span().start() + offset;
        }
        return pieces.isEmpty() ? 0 : pieces.get(0).span().start();
    }

    /** The last piece starting at or before {@code at}, or -1: a binary search, piece starts only grow. */
    private int lastPieceBefore(int at) {
        int lo = 0;
        int hi = pieceStarts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (pieceStarts[mid] <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
