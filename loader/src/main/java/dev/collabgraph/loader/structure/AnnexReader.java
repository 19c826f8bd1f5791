package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.MappedText;
import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an annex work table (重点任务分工表, 年度重点工作任务, 任务清单) by its header's column names
 * ({@link AnnexColumns}). A row starts with its number; lines without one continue it (cells wrapped onto the
 * next line, even across a page break) unless they are a category row (一、…) or the header repeated on a new
 * page. An empty lead cell repeats the row above (a merged cell, flattened); a "—" cell names no unit. A note
 * under the table that makes the first-listed unit the lead (列第一位的为牵头单位) gives a 责任单位 column roles.
 * The year comes from the caption (2018年度重点工作任务).
 */
final class AnnexReader {
    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d{1,3})[.、．]?$");
    /** A row's number as the measures' circled numbers, one or several (①, ⑨⑩⑪). */
    static final Pattern CIRCLED_NUMBERS = Pattern.compile("[\u2460-\u2473]+");
    /** A sub-item's number under its parent's: 1.1, 2.3 (not a decimal figure: at most two digits after the point). */
    private static final Pattern SUB_ITEM = Pattern.compile("^(\\d{1,2})[.．](\\d{1,2})$");
    /** A task cell that carries its row's number (1.实施高新技术企业倍增行动, （1）建设…) in a table without a 序号 column. */
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^(?:（(?=\\d{1,3}）))?(\\d{1,3})(?:(?<=（\\d{1,3})）|[.、．](?!\\d))");
    /** A single year, not the end of a span of years (2023—2025年); a digit first, so most places fail at once. */
    static final Pattern CAPTION_YEAR = Pattern.compile("(?=\\d)(?<!至)(?<!到)(?<![\\d—\\-－~])(\\d{4})年");
    /** 列第一位的为牵头单位: a document's own rule that the first unit named leads. */
    static final Pattern FIRST_IS_LEAD = Pattern.compile("(?:第一|第1|首)(?:[位个名家]|单位)[^。；]{0,10}牵头"
            + "|(?:排名|排序|排在|列在?|位列)(?:第一|第1|首)[位名个]?的?(?:单位|部门)?(?:为|是)?牵头");
    /** Whether {@code text} states {@link #FIRST_IS_LEAD}: every wording of it holds 牵头, looked for first. */
    static boolean saysFirstLeads(String text) {
        return text.contains("牵头") && FIRST_IS_LEAD.matcher(text).find();
    }

    /** A note, distribution list or imprint line under the table ends it: it continues no row. */
    private static final Pattern AFTER_TABLE = Pattern.compile("^(?:注|抄送)[：:]|印发$");

    /** Whether a line holds {@link #AFTER_TABLE}'s words: most rows do not, and are passed before a matcher is made. */
    private static boolean mayEndTable(String line) {
        return line.startsWith("注") || line.startsWith("抄送") || line.contains("印发");
    }

    private AnnexReader() {
    }

    /** The rows of {@code table} when it is an annex work table, units named for {@code city}. */
    static Optional<List<AnnexRow>> read(Table table, MappedText text, String city) {
        return read(table, text, city, false);
    }

    /**
     * The rows of {@code table}; {@code notedFirstLeads} when a note of the tables (说明：…列第一位的为牵头单位) says the
     * first unit of a cell leads, wherever it stands.
     */
    static Optional<List<AnnexRow>> read(Table table, MappedText text, String city, boolean notedFirstLeads) {
        return read(table, text, city, notedFirstLeads, Map.of());
    }

    /** As above, with the document's {@link ColumnLegend} naming the roles of columns named by a step (受理部门). */
    static Optional<List<AnnexRow>> read(Table table, MappedText text, String city, boolean notedFirstLeads,
                                         Map<String, String> legend) {
        List<Table.Cell> header = ColumnLegend.renamed(twoRowHeader(table), legend);
        return read(table, text, city, notedFirstLeads, header, AnnexColumns.of(header));
    }

    /**
     * The rows of half of a sheet printed in parts ({@link SplitSheets}): the columns of the half are given, a half
     * of units naming its rows by their 序号 alone.
     */
    static Optional<List<AnnexRow>> readHalf(Table table, MappedText text, String city, AnnexColumns columns) {
        return read(table, text, city, false, twoRowHeader(table), Optional.of(columns));
    }

    private static Optional<List<AnnexRow>> read(Table table, MappedText text, String city, boolean notedFirstLeads,
                                                 List<Table.Cell> header, Optional<AnnexColumns> found) {
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AnnexColumns columns = notedColumnRoles(found.get(), header, table);
        List<String> headerRoles = found.get().unitRoles();
        List<String> tableNotes = notesOn(table);
        boolean semicolonSplits = tableNotes.stream().anyMatch(n -> SEMICOLON_LEADS.matcher(n).find());
        boolean paragraphSplits = tableNotes.stream().anyMatch(n -> PARAGRAPH_LEADS.matcher(n).find());
        boolean singleLeads = tableNotes.stream().anyMatch(n -> SINGLE_LEADS.matcher(n).find());
        boolean firstIsLead = notedFirstLeads || firstIsLead(table);
        int year = captionYear(table);
        List<AnnexRow> rows = new ArrayList<>();
        List<WrappedRow> wrapped = new ArrayList<>();
        WrappedRow current = null;
        List<Line> lines = lines(table, header, columns, text);
        int[] above = CentredRows.above(lines, columns.title());
        List<Line> pending = new ArrayList<>();
        int numbered = 0;
        int sectionYear = 0;
        boolean afresh = false;
        int offset = 0;
        List<UnitRef> sectionLeads = List.of();
        boolean anyLeadColumn = columns.unitRoles().contains("lead") || columns.unitRoles().contains(null);
        for (Line line : lines) {
            if (line.number() > 0) {
                int before = above[numbered++];
                // lines above a row's number belong to it when its cells are centred on that line (a PDF layout export)
                List<Line> own = pending.subList(pending.size() - before, pending.size());
                for (Line l : pending.subList(0, pending.size() - before)) {
                    addTo(current, l, text);
                }
                List<Table.Cell> cells = line.cells();
                int start = own.isEmpty() ? cells.get(columns.number()).span().start() : own.get(0).paragraph().start();
                // a table in sections by year (（一）2025年度 / 1 … 4, （二）2026年度 / 1 …) numbers each section afresh
                int last = wrapped.isEmpty() ? 0 : wrapped.get(wrapped.size() - 1).number;
                // a sub-item (1.2) stands under the row before it, whatever that row was renumbered to
                // and so does a table whose rows number afresh under each category line or repeated header (（1）… under
                // 一、, （1）… under 二、): each row is an item of its own, known by its number
                if (afresh && sectionYear == 0 && line.sub() == 0 && line.number() + offset <= last) {
                    offset = last - line.number() + 1;
                }
                afresh = false;
                int number = line.sub() > 0 && !wrapped.isEmpty() ? last
                        : sectionYear > 0 && line.number() <= last ? last + 1 : line.number() + offset;
                current = new WrappedRow(number, new Span(start, line.paragraph().end()), header.size());
                current.sub = line.sub();
                current.year = sectionYear;
                current.sectionLeads = sectionLeads;
                wrapped.add(current);
                for (Line l : own) {
                    current.add(l.cells());
                }
                current.add(cells);
                int work = columns.work() >= 0 ? columns.work() : -1;
                if (work >= 0 && work < cells.size()) {
                    current.workSpan = own.isEmpty() ? cells.get(work).span() : own.get(0).cells().get(work).span();
                }
                pending.clear();
            } else if (line.boundary()) {
                afresh = !wrapped.isEmpty();
                for (Line l : pending) {
                    addTo(current, l, text);
                }
                pending.clear();
                if (line.category()) {
                    Matcher sectionOf = SECTION_YEAR.matcher(line.paragraph().text());
                    sectionYear = sectionOf.find() ? Integer.parseInt(sectionOf.group(1)) : sectionYear;
                    if (!anyLeadColumn) {
                        sectionLeads = sectionLeads(line.paragraph(), text, city);
                    }
                }
                current = line.category() ? null : current;
            } else {
                pending.add(line);
            }
        }
        for (Line l : pending) {
            addTo(current, l, text);
        }
        // per column: a table may have two lead columns (学校 | 地方 under 牵头单位)
        java.util.Map<Integer, List<UnitRef>> previousLeads = new java.util.HashMap<>();
        // every unit column's units of the row before, for a cell that says so (同上)
        java.util.Map<Integer, List<UnitRef>> previousUnits = new java.util.HashMap<>();
        // beside a 牵头单位 column, a 责任单位 column names the units that take part: they assist
        boolean leadColumnAside = columns.unitRoles().contains("lead");
        int leadPlaceColumn = -1;
        for (int c = 0; c < header.size(); c++) {
            if (LEAD_PLACE_COLUMN.matcher(AnnexColumns.headerName(header.get(c).text())).matches()) {
                leadPlaceColumn = c;
            }
        }
        int previousSub = 0;
        for (WrappedRow row : wrapped) {
            List<UnitRef> units = new ArrayList<>();
            for (int u = 0; u < columns.units().size(); u++) {
                int column = columns.units().get(u);
                String role = columns.unitRoles().get(u);
                if (role == null && leadColumnAside) {
                    role = "co";
                }
                CellText cell = row.cell(column);
                if (AnnexColumns.NOTED.equals(role)) {
                    units.addAll(measuresNotes(cell, text.text(), city));
                    continue;
                }
                List<UnitRef> split = role == null && (semicolonSplits || paragraphSplits || singleLeads)
                        && !UnitLists.namesNobody(cell.text()) ? cell.splitRoles(semicolonSplits, paragraphSplits, singleLeads, city) : null;
                List<UnitRef> named = split != null ? split
                        : UnitLists.namesNobody(cell.text()) ? List.of() : cell.units(role, city);
                if (DITTO.matcher(cell.text()).matches()) {
                    named = previousUnits.getOrDefault(column, List.of()); // 同上: the units of the cell above
                }
                previousUnits.put(column, named);
                // a column whose role only a note gives is merged down its rows as an unlabelled one is
                boolean leadColumn = "lead".equals(role) || role == null || headerRoles.get(u) == null;
                if (leadColumn && cell.text().isEmpty() && (row.sub > 0) == (previousSub > 0)) {
                    // an empty lead cell: the cell above was merged over this row (not over a row of another level:
                    // a task's row leaves the cells its sub-items fill empty)
                    named = previousLeads.getOrDefault(column, List.of());
                } else if (leadColumn) {
                    previousLeads.put(column, named);
                }
                String place = placeOf(AnnexColumns.headerName(header.get(column).text()));
                if (place != null) {
                    // a joint plan's column per place: its units by the place's name, their roles by the lead places
                    named = placed(named, place, leadPlaceColumn >= 0 ? row.cell(leadPlaceColumn).text() : null, city);
                } else if (role == null && firstIsLead) {
                    named = firstLead(named);
                } else if (role == null) {
                    named = othersAssist(named);
                }
                units.addAll(named);
            }
            if (!columns.units().isEmpty() && !AnnexColumns.NOTED.equals(columns.unitRoles().get(0))) {
                // a table whose unit columns name the leads may give the units that assist in brackets in its other
                // cells (a quarter's milestone: 完成场地改造（县财政局配合）)
                for (int c = 0; c < header.size(); c++) {
                    if (c != columns.title() && c != columns.number() && !columns.units().contains(c)) {
                        for (UnitRef u : row.cell(c).bracketNotes(city)) {
                            merge(units, u);
                        }
                    }
                }
            }
            if (columns.role() >= 0) {
                units = roledLines(row, columns.units().get(0), columns.role(), city);
            } else if (!columns.ticks().isEmpty()) {
                units = tickedLines(row, columns.units().get(0), columns.ticks(), header, city);
            }
            if (!row.sectionLeads.isEmpty()) {
                List<UnitRef> led = new ArrayList<>(row.sectionLeads);
                units.stream().filter(u -> led.stream().noneMatch(l -> l.name().equals(u.name()))).forEach(led::add);
                units = led;
            }
            // a unit named in two columns (审核部门 and 拨付部门 both 市财政局) is one unit of the row, in its first role
            List<UnitRef> distinct = new ArrayList<>();
            units.stream().filter(u -> distinct.stream().noneMatch(d -> d.name().equals(u.name()))).forEach(distinct::add);
            units = distinct;
            CellText work = columns.work() >= 0 ? row.cell(columns.work()) : null;
            Span workSpan = work == null ? null : row.workSpan;
            String title = row.cell(columns.title()).text();
            if (columns.number() == columns.title()) {
                title = NUMBERED_TITLE.matcher(title).replaceFirst("");
            }
            previousSub = row.sub;
            rows.add(new AnnexRow(row.number, title, work == null ? "" : work.text(), row.year > 0 ? row.year : year,
                    UnitLists.shareLevel(units), 0, row.span, workSpan, row.sub));
        }
        return Optional.of(rows);
    }

    /** Where a measure starts inside a work cell: its number after the cell's start, a closing mark or a blank. */
    private static final Pattern MEASURE_START = Pattern.compile("(?=\\d)(?<=[）)。；\\s\u3000])\\d{1,2}[.．、](?=\\p{IsHan})");

    /**
     * The units of a work cell whose measures each close with a note of their own (1.…（A牵头，B配合） 2.…（责任单位：C）):
     * every measure's, a unit named twice keeping its strongest role (lead, then co).
     */
    private static List<UnitRef> measuresNotes(CellText cell, String text, String city) {
        List<UnitRef> units = new ArrayList<>();
        for (Span piece : cell.spans()) {
            List<Integer> starts = new ArrayList<>(List.of(piece.start()));
            Matcher m = MEASURE_START.matcher(text).region(piece.start(), piece.end());
            while (m.find()) {
                starts.add(m.start());
            }
            starts.add(piece.end());
            for (int k = 0; k + 1 < starts.size(); k++) {
                Optional<ResponsibilityNote> note = NoteReader.read(text, new Span(starts.get(k), starts.get(k + 1)), 0, city);
                note.ifPresent(n -> n.units().forEach(u -> merge(units, u)));
            }
        }
        return units;
    }

    private static void merge(List<UnitRef> units, UnitRef unit) {
        for (int k = 0; k < units.size(); k++) {
            UnitRef had = units.get(k);
            if (had.name().equals(unit.name())) {
                if (rank(unit.role()) > rank(had.role())) {
                    units.set(k, unit);
                }
                return;
            }
        }
        units.add(unit);
    }

    private static int rank(String role) {
        return "lead".equals(role) ? 2 : "co".equals(role) ? 1 : 0;
    }

    /**
     * The units of a row whose unit column names one unit per line beside a column giving its role (责任单位 | 分工:
     * A | 牵头 / B | 配合); an empty role cell was merged over the lines below its first (the same role).
     */
    private static List<UnitRef> roledLines(WrappedRow row, int unitColumn, int roleColumn, String city) {
        List<UnitRef> units = new ArrayList<>();
        String role = null;
        for (List<Table.Cell> line : row.lines) {
            String said = roleColumn < line.size() ? line.get(roleColumn).text().strip() : "";
            if (!said.isEmpty()) {
                role = UnitLists.roleOf(said);
            }
            if (unitColumn < line.size() && !line.get(unitColumn).text().isEmpty()) {
                units.addAll(new CellText(List.of(line.get(unitColumn))).units(role, city));
            }
        }
        return UnitLists.shareLevel(units);
    }

    /** A ticked box or mark in a cell (☒ ☑ √ ✓ ✔ ● ■); an empty box (☐ □ ○) or nothing is no tick. */
    private static final Pattern TICKED = Pattern.compile("^[☒☑√✓✔●■]$");

    /**
     * The units of a row that names one unit per line beside boxes under role words (责任单位 | 牵头 | 配合: A ☒ ☐ /
     * B ☐ ☒), each unit with the role of its ticked box; a unit with no box ticked keeps its role open.
     */
    private static List<UnitRef> tickedLines(WrappedRow row, int unitColumn, List<Integer> ticks,
                                             List<Table.Cell> header, String city) {
        List<UnitRef> units = new ArrayList<>();
        for (List<Table.Cell> line : row.lines) {
            if (unitColumn >= line.size() || line.get(unitColumn).text().isEmpty()) {
                continue;
            }
            String role = null;
            for (int tick : ticks) {
                if (tick < line.size() && TICKED.matcher(line.get(tick).text().strip()).matches()) {
                    role = UnitLists.roleOf(header.get(tick).text());
                    break;
                }
            }
            units.addAll(new CellText(List.of(line.get(unitColumn))).units(role, city));
        }
        return UnitLists.shareLevel(units);
    }

    /** A place a column of units belongs to: 某某市, 某某县, 某某区. */
    private static final Pattern PLACE = Pattern.compile("^\\p{IsHan}{1,6}[省市县区]$");

    /**
     * A unit header merged over a column per place, the places in a second row (责任单位 over 甲市 | 乙市 | 丙市, as a
     * joint plan of several cities divides its work): each of those columns named 甲市责任单位 and so on, standing where
     * the place's name does. Empty when the second row is not such a row.
     */
    private static Optional<List<Table.Cell>> placeColumns(List<Table.Cell> first, List<Table.Cell> second) {
        List<Table.Cell> named = second.stream().filter(c -> !c.text().isEmpty()).toList();
        if (named.size() < 2 || !named.stream().allMatch(c -> PLACE.matcher(c.text()).matches())) {
            return Optional.empty();
        }
        int unit = -1;
        for (int c = 0; c < first.size(); c++) {
            if (AnnexColumns.UNIT_COLUMN.matcher(AnnexColumns.headerName(first.get(c).text())).matches()) {
                unit = c;
                break;
            }
        }
        if (unit < 0 || unit + named.size() > first.size()) {
            return Optional.empty();
        }
        for (int k = 1; k < named.size(); k++) {
            if (!first.get(unit + k).text().isEmpty()) {
                return Optional.empty(); // the unit header must span the places' columns
            }
        }
        List<Table.Cell> merged = new ArrayList<>(first);
        String name = AnnexColumns.headerName(first.get(unit).text());
        for (int k = 0; k < named.size(); k++) {
            merged.set(unit + k, new Table.Cell(named.get(k).text() + name, named.get(k).span()));
        }
        return Optional.of(merged);
    }

    /** The place a unit column's header names before its unit word (甲市责任单位), or null. */
    private static String placeOf(String header) {
        Matcher m = PLACED_HEADER.matcher(header);
        return m.matches() ? m.group(1) : null;
    }

    private static final Pattern PLACED_HEADER = Pattern.compile("^(\\p{IsHan}{1,6}[省市县区])(?:责任|牵头|配合)?(?:单位|部门)$");
    /** A column naming which places lead a row (牵头城市: 甲市, 甲市、乙市, 三市共同). */
    private static final Pattern LEAD_PLACE_COLUMN = Pattern.compile("^牵头(?:城市|地区|区县|县区|县市|市县|方)$");
    /** A lead-place cell saying every place leads: 三市共同, 共同牵头, 各市. */
    private static final Pattern ALL_PLACES = Pattern.compile("共同|各[市县区]|[两三四五六七八九十]+[市县区]");

    /**
     * The units of a row's place columns with their roles from its lead-place cell: a place's own level (市科技局 under
     * 乙市) is written with the place's name (乙市科技局), the issuing city's left as it is; the units of the places that
     * lead lead, the others assist.
     */
    private static List<UnitRef> placed(List<UnitRef> units, String place, String leadPlaces, String city) {
        List<UnitRef> out = new ArrayList<>(units.size());
        boolean leads = leadPlaces != null && (ALL_PLACES.matcher(leadPlaces).find() || leadPlaces.contains(place));
        String role = leadPlaces == null ? null : leads ? "lead" : "co";
        for (UnitRef u : units) {
            String name = u.name();
            char level = place.charAt(place.length() - 1);
            boolean issuing = city != null && !city.isEmpty() && place.startsWith(city);
            if (!issuing && u.surface().length() > 1 && u.surface().charAt(0) == level
                    && !u.surface().startsWith(place)) {
                name = place + u.surface().substring(1);
            }
            out.add(new UnitRef(name, u.surface(), role != null ? role : u.role(), u.span(), u.repairedFrom()));
        }
        return out;
    }

    /**
     * The header, read over two rows when the second names the columns of a group the first spans (责任主体 over
     * 牵头单位 | 配合单位): each column is named by its own cell in the second row where it has one.
     */
    static List<Table.Cell> twoRowHeader(Table table) {
        List<Table.Cell> first = movedLetters(Table.cells(table.rows().get(0)));
        if (table.rows().size() < 2) {
            return first;
        }
        List<Table.Cell> second = Table.cells(table.rows().get(1));
        Optional<List<Table.Cell>> completed = completedWords(first, second);
        if (completed.isPresent()) {
            return completed.get();
        }
        Optional<List<Table.Cell>> places = placeColumns(first, second);
        if (places.isPresent()) {
            return places.get();
        }
        boolean subHeader = second.size() <= first.size()
                && second.stream().anyMatch(c -> AnnexColumns.UNIT_COLUMN.matcher(AnnexColumns.headerName(c.text())).matches())
                && second.stream().allMatch(c -> c.text().length() <= MAX_SUB_HEADER && !NUMBER.matcher(c.text()).find());
        if (!subHeader) {
            return first;
        }
        // the cleaner drops a line's leading empty cells: the row's cells stand under the header's last ones
        int offset = second.get(0).text().isEmpty() ? 0 : first.size() - second.size();
        List<Table.Cell> merged = new ArrayList<>(first);
        for (int c = 0; c < second.size(); c++) {
            if (!second.get(c).text().isEmpty()) {
                merged.set(c + offset, second.get(c));
            }
        }
        return merged;
    }

    /** The last letters of a header word a narrow column wrapped onto the next line: 号 of 序号, 限 of 完成时限. */
    private static final int MAX_WRAPPED_LETTERS = 2;

    /**
     * The header with the letters its narrow columns wrapped onto the next line (序 over 号) joined to the cells they
     * complete into a column's name; empty when the second row is no such wrap.
     */
    private static Optional<List<Table.Cell>> completedWords(List<Table.Cell> first, List<Table.Cell> second) {
        List<Table.Cell> letters = second.stream().filter(c -> !c.text().isBlank()).toList();
        if (letters.isEmpty() || letters.size() > first.size()
                || letters.stream().anyMatch(c -> c.text().strip().length() > MAX_WRAPPED_LETTERS
                || !c.text().strip().chars().allMatch(Character::isIdeographic))) {
            return Optional.empty();
        }
        List<Table.Cell> merged = new ArrayList<>(first);
        for (Table.Cell letter : letters) {
            boolean joined = false;
            for (int c = 0; c < merged.size() && !joined; c++) {
                String head = merged.get(c).text().strip();
                String word = head + letter.text().strip();
                if (!AnnexColumns.names(head) && AnnexColumns.names(word)) {
                    merged.set(c, new Table.Cell(word, merged.get(c).span()));
                    joined = true;
                }
            }
            if (!joined) {
                return Optional.empty();
            }
        }
        return Optional.of(merged);
    }

    /**
     * The header with the letters a narrow column wrapped onto the next line, which the cleaner joined to the line's
     * last cell (序 … 完成时限号), given back to the cell they complete (序号).
     */
    private static List<Table.Cell> movedLetters(List<Table.Cell> header) {
        if (header.size() < 2) {
            return header;
        }
        Table.Cell last = header.get(header.size() - 1);
        String text = last.text().strip();
        for (int k = 1; k <= MAX_WRAPPED_LETTERS && k < text.length(); k++) {
            String kept = text.substring(0, text.length() - k);
            String letters = text.substring(text.length() - k);
            if (AnnexColumns.names(text) || !AnnexColumns.names(kept)) {
                continue;
            }
            for (int c = 0; c < header.size() - 1; c++) {
                String head = header.get(c).text().strip();
                if (!AnnexColumns.names(head) && AnnexColumns.names(head + letters)) {
                    List<Table.Cell> moved = new ArrayList<>(header);
                    moved.set(c, new Table.Cell(head + letters, header.get(c).span()));
                    moved.set(header.size() - 1, new Table.Cell(kept, last.span()));
                    return moved;
                }
            }
        }
        return header;
    }

    /** A second header row names columns in a few characters (牵头单位, 2026年计划), and holds no figures. */
    private static final int MAX_SUB_HEADER = 8;
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("^[\\d.,，%％\\s-]+$");

    /** A line of the table: its placed cells, its row number (0: it continues a row), whether it ends a run of rows. */
    record Line(Paragraph paragraph, List<Table.Cell> cells, int number, boolean boundary, boolean category, int sub) {
        Line(Paragraph paragraph, List<Table.Cell> cells, int number, boolean boundary, boolean category) {
            this(paragraph, cells, number, boundary, category, 0);
        }
    }

    /** A cell saying it repeats the one above: 同上, 〃. */
    private static final Pattern DITTO = Pattern.compile("^\\s*(?:同上|〃|同前)[。.]?\\s*$");

    /** The table's lines after its header, up to a note under it; repeated headers and category rows are boundaries. */
    private static List<Line> lines(Table table, List<Table.Cell> header, AnnexColumns columns, MappedText text) {
        List<Line> lines = new ArrayList<>();
        // a header repeated (on a new page, or over the second block of a table printed two-up) places the lines
        // under it by its own positions
        List<Table.Cell> placing = header;
        for (Paragraph p : table.rows().subList(1, table.rows().size())) {
            List<Table.Cell> cells = TableColumns.place(p, placing, text);
            if (repeatsHeader(cells, header)) {
                lines.add(new Line(p, cells, 0, true, false));
                List<Table.Cell> repeated = Table.cells(p);
                placing = repeated.size() == header.size() ? repeated : header;
                continue;
            }
            if (mayEndTable(p.text()) && AFTER_TABLE.matcher(p.text()).find()) {
                break;
            }
            if (headsAnotherTable(p)) {
                // another table's header (序号 | 指标名称 | … after the task rows, the next sheet of a workbook): this
                // table ended, and the lines between are that table's caption, not a wrapped cell of the last row
                while (!lines.isEmpty() && lines.get(lines.size() - 1).number() == 0
                        && !lines.get(lines.size() - 1).boundary()
                        && lines.get(lines.size() - 1).paragraph().text().indexOf('\t') < 0) {
                    lines.remove(lines.size() - 1);
                }
                break;
            }
            Matcher number = cells.size() > columns.number() ? ROW_NUMBER.matcher(cells.get(columns.number()).text()) : null;
            if (number != null && !number.matches() && columns.number() == columns.title()) {
                number = NUMBERED_TITLE.matcher(cells.get(columns.number()).text()); // 1.实施…: the number opens the title
                number = number.lookingAt() ? number : null;
            } else if (number != null && !number.matches()) {
                number = null;
            }
            Matcher circled = number == null && cells.size() > columns.number()
                    ? CIRCLED_NUMBERS.matcher(cells.get(columns.number()).text()) : null;
            Matcher decimal = number == null && cells.size() > columns.number()
                    ? SUB_ITEM.matcher(cells.get(columns.number()).text()) : null;
            if (number != null) {
                lines.add(new Line(p, cells, Integer.parseInt(number.group(1)), false, false));
            } else if (decimal != null && decimal.matches()) {
                // 1.1, 1.2 under row 1: a sub-item with its own work and units, a row of its own under its parent
                lines.add(new Line(p, cells, Integer.parseInt(decimal.group(1)), false, false,
                        Integer.parseInt(decimal.group(2))));
            } else if (circled != null && circled.matches()) {
                // ①② / ⑨⑩⑪: a row for the measures it names by their circled numbers, numbered by the first
                lines.add(new Line(p, cells, Numerals.circled(circled.group().charAt(0)), false, false));
            } else {
                boolean category = isCategoryRow(cells);
                lines.add(new Line(p, cells, 0, category, category));
            }
        }
        return lines;
    }

    private static void addTo(WrappedRow row, Line line, MappedText text) {
        if (row != null) {
            List<Table.Cell> cells = line.cells();
            row.add(row.broken(cells) && TableColumns.tabLaid(line.paragraph(), text) ? row.shifted(cells) : cells);
        }
    }

    /** In a cell where some units are marked as leading (A（牵头）、B), the unmarked ones assist. */
    static List<UnitRef> othersAssist(List<UnitRef> units) {
        if (units.stream().noneMatch(u -> "lead".equals(u.role()))) {
            return units;
        }
        return units.stream().map(u -> u.role() != null ? u
                : new UnitRef(u.name(), u.surface(), "co", u.span(), u.repairedFrom())).toList();
    }

    /** Units of a list without roles: the first leads, the others assist. */
    static List<UnitRef> firstLead(List<UnitRef> units) {
        List<UnitRef> out = new ArrayList<>();
        for (UnitRef u : units) {
            String role = u.role() != null ? u.role() : out.isEmpty() ? "lead" : "co";
            out.add(new UnitRef(u.name(), u.surface(), role, u.span(), u.repairedFrom()));
        }
        return out;
    }

    /** Whether a row is the header of a table: its first cell heads a number column, and two more cells follow. */
    private static boolean headsAnotherTable(Paragraph row) {
        List<Table.Cell> cells = Table.cells(row);
        return cells.size() >= 3 && Table.NUMBER_HEADER.matcher(cells.get(0).text().strip()).matches()
                && cells.stream().skip(1).filter(c -> !c.text().isBlank()).count() >= 2;
    }

    private static boolean repeatsHeader(List<Table.Cell> cells, List<Table.Cell> header) {
        int same = 0;
        for (int c = 0; c < Math.min(cells.size(), header.size()); c++) {
            if (!cells.get(c).text().isEmpty() && cells.get(c).text().equals(header.get(c).text())) {
                same++;
            }
        }
        return same >= 2;
    }

    /** The units a category row says lead the rows under it, or none. */
    private static List<UnitRef> sectionLeads(Paragraph row, MappedText text, String city) {
        String line = row.text().strip();
        Matcher lead = SECTION_LEAD.matcher(line);
        if (!lead.matches()) {
            return List.of();
        }
        int group = lead.group(1) != null ? 1 : 2;
        int from = row.start() + row.text().indexOf(line) + lead.start(group);
        int to = row.start() + row.text().indexOf(line) + lead.end(group);
        List<UnitRef> units = UnitLists.split(text.text(), from, to, "lead", city);
        return units.stream().allMatch(u -> UnitNames.isOrgan(u.name())) ? units : List.of();
    }

    private static boolean isCategoryRow(List<Table.Cell> cells) {
        long filled = cells.stream().filter(c -> !c.text().isEmpty()).count();
        // 一、平台载体类, or a section of the year (（二）2026年度, 2027年)
        return filled == 1 && cells.stream().anyMatch(c -> Headings.LEVEL_ONE.matcher(c.text()).find()
                || SECTION_YEAR.matcher(c.text()).find() && c.text().length() <= MAX_SECTION_ROW);
    }

    /** A note on the tables (说明：…, 注：…, also as a row of a sheet) that makes a cell's first unit its lead. */
    static boolean notedFirstLeads(List<Paragraph> paragraphs) {
        return paragraphs.stream().anyMatch(p -> TABLE_NOTE.matcher(p.text()).lookingAt()
                && saysFirstLeads(p.text()));
    }

    private static final Pattern TABLE_NOTE = Pattern.compile("^(?:说明|注|备注)[：:]");
    /** A table's note splitting its unit cells' roles: 分号前为牵头单位; 分两段列出的，首段为牵头单位; 只列一个单位的…牵头. */
    private static final Pattern SEMICOLON_LEADS = Pattern.compile("分号前(?:的)?为牵头");
    private static final Pattern PARAGRAPH_LEADS = Pattern.compile("(?:分两段|分段|分行)[^。；]{0,12}(?:首段|第一段|首行)(?:的)?为牵头");
    private static final Pattern SINGLE_LEADS = Pattern.compile("(?:只|仅)列(?:一个|1个)单位的[^。；]{0,8}牵头");

    /** The notes set above or under a table (说明：…, 注：…). */
    private static List<String> notesOn(Table table) {
        List<Paragraph> around = new ArrayList<>(table.before());
        around.addAll(table.after());
        return around.stream().map(Paragraph::text).filter(t -> TABLE_NOTE.matcher(t).lookingAt()).toList();
    }

    /**
     * Unit columns named without a role (校方责任单位 | 市方责任单位) whose roles a note on the table gives by their names
     * (注：校方责任单位牵头，市方责任单位配合).
     */
    private static AnnexColumns notedColumnRoles(AnnexColumns columns, List<Table.Cell> header, Table table) {
        List<String> notes = notesOn(table);
        if (notes.isEmpty()) {
            return columns;
        }
        List<String> roles = new ArrayList<>(columns.unitRoles());
        boolean changed = false;
        for (int k = 0; k < columns.units().size(); k++) {
            String name = AnnexColumns.headerName(header.get(columns.units().get(k)).text());
            if (roles.get(k) != null || name.isEmpty()) {
                continue;
            }
            for (String note : notes) {
                Matcher said = Pattern.compile(Pattern.quote(name) + "(" + UnitLists.ROLE_WORDS + ")").matcher(note);
                if (said.find()) {
                    roles.set(k, UnitLists.roleOf(said.group(1)));
                    changed = true;
                    break;
                }
            }
        }
        return changed ? new AnnexColumns(columns.number(), columns.title(), columns.work(), columns.category(),
                columns.units(), roles, columns.role(), columns.ticks()) : columns;
    }

    private static boolean firstIsLead(Table table) {
        List<Paragraph> around = new ArrayList<>(table.before());
        around.addAll(table.after());
        return around.stream().anyMatch(p -> saysFirstLeads(p.text()));
    }

    /** The year in the nearest caption line above the table, else 0. */
    static int captionYear(Table table) {
        for (int i = table.before().size() - 1; i >= 0; i--) {
            Matcher year = CAPTION_YEAR.matcher(table.before().get(i).text());
            if (year.find()) {
                return Integer.parseInt(year.group(1));
            }
        }
        return 0;
    }

    /** A numbered row with the lines that continue it: each column's cell pieces, in order. */
    /** A category row naming the year of the rows under it: （二）2026年度, 2027年. */
    private static final int MAX_SECTION_ROW = 16;
    /**
     * A category row naming the unit that leads the rows under it, when the rows list only who assists (the table
     * grouped by lead): 一、成果转化科牵头（3项）, （二）牵头单位：市科技局. Group 1 or 2 holds the units.
     */
    private static final Pattern SECTION_LEAD = Pattern.compile(
            "^[（(]?[一二三四五六七八九十\\d]{0,3}[）)、.．]?[\\s\u3000]*(?:(\\p{IsHan}[^：:，。；]{1,40}?)(?:牵头|负责)(?:[（(][^（）()]{1,8}[）)])?"
                    + "|(?:牵头(?:单位|部门|科室|处室|股室)?)[：:]([^，。；]{2,40}?)(?:[（(][^（）()]{1,8}[）)])?)$");
    private static final Pattern SECTION_YEAR = Pattern.compile("^[（(]?[一二三四五六七八九十\\d]*[）)、.]?\\s*(20\\d{2})年(?:度)?");

    private static final class WrappedRow {
        private final int number;
        /** The year of the section the row stands in, 0 outside one. */
        private int year;
        /** The units the row's section row says lead its rows (一、A牵头（3项）), none outside one. */
        private List<UnitRef> sectionLeads = List.of();
        private final Span span;
        private final List<List<Table.Cell>> pieces = new ArrayList<>();
        /** The row's lines as placed, for columns read line by line. */
        private final List<List<Table.Cell>> lines = new ArrayList<>();
        /** The last column a line of this row has filled so far. */
        private int lastColumn = -1;
        /** The work cell of the first line, where the entity stage stops reading the row (units follow). */
        private Span workSpan;

        /** A sub-item's number under its parent's (1.2: 2), 0 for a row of its own. */
        private int sub;

        WrappedRow(int number, Span span, int columns) {
            this.number = number;
            this.span = span;
            for (int c = 0; c < columns; c++) {
                pieces.add(new ArrayList<>());
            }
        }

        void add(List<Table.Cell> cells) {
            lines.add(cells);
            for (int c = 0; c < Math.min(cells.size(), pieces.size()); c++) {
                if (!cells.get(c).text().isEmpty()) {
                    pieces.get(c).add(cells.get(c));
                    lastColumn = Math.max(lastColumn, c);
                }
            }
        }

        /**
         * Whether {@code cells}, a line without leading empty cells under a row whose lines so far stop before the
         * last column, go on where the row broke off: a line break inside a cell (Word copy, a page break) puts the
         * rest of that cell first on the next line, and the cells after it follow.
         */
        boolean broken(List<Table.Cell> cells) {
            return lastColumn >= 0 && lastColumn < pieces.size() - 1 && !cells.isEmpty()
                    && !cells.get(0).text().isEmpty() && cells.size() <= pieces.size() - lastColumn;
        }

        /** {@code cells} placed from the column the row broke off in. */
        List<Table.Cell> shifted(List<Table.Cell> cells) {
            List<Table.Cell> placed = new ArrayList<>();
            for (int c = 0; c < lastColumn; c++) {
                placed.add(new Table.Cell("", new Span(cells.get(0).span().start(), cells.get(0).span().start())));
            }
            placed.addAll(cells);
            return placed;
        }

        CellText cell(int column) {
            return new CellText(column < pieces.size() ? pieces.get(column) : List.of());
        }
    }
}
