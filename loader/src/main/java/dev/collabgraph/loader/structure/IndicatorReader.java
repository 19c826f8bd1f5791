package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.DisplayWidth;
import dev.collabgraph.loader.text.MappedText;
import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an indicator table either way round. With years as columns (指标名称 | 单位 | 2022年（基期） | 2025年目标值),
 * one row per indicator, its name in the 指标 column (else the first column that is not 类别 or 序号) with its
 * unit in brackets (研发经费支出占GDP比重（%）) or in a 单位 column; a merged 类别 cell left empty is fine. With
 * years as rows (年份 | 指标A（%） | 指标B（家）, or the units in a 单位 row under the names), one column per indicator. A value printed as a bound (≥12) is
 * kept with its year in {@code atLeastYears}.
 */
final class IndicatorReader {
    /** A header cell naming one year: 2025年, 2022年（基期）, 2025年目标值, 基期值（2023年）. */
    private static final Pattern YEAR_HEADER = Pattern.compile("^[^\\d]{0,6}((?:19|20)\\d{2})\\s*年?[^\\d]{0,8}$");
    /**
     * A header cell naming a target year and, in brackets, the base year its cells give beside the target:
     * 2026年目标（2025年基数）over cells such as 3.10（2.86）.
     */
    private static final Pattern PAIRED_YEAR_HEADER = Pattern.compile(
            "^[^\\d]{0,6}((?:19|20)\\d{2})\\s*年?[^\\d（(]{0,8}\\s*[（(][^\\d]{0,4}((?:19|20)\\d{2})\\s*年?[^\\d（）()]{0,6}[）)]$");
    /** A cell giving a value and, in brackets, the value of the base year its column names. */
    private static final Pattern PAIRED_VALUE = Pattern.compile(
            "^(\\S+?)\\s*[（(]\\s*(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*[）)]$");
    private static final Pattern YEARS_AS_ROWS = Pattern.compile("^(?:年份|年度|时间|年)$");
    private static final Pattern UNIT_COLUMN = Pattern.compile("^(?:计量)?单位$");
    private static final Pattern NAME_COLUMN = Pattern.compile("指标|名称");
    /** 序号, 类别 …; a caption the cleaner glued to the header's first cell stays before it (附件主要指标序号). */
    private static final Pattern OTHER_COLUMN = Pattern.compile("^(?:.*(?:序号|编号)|类别|领域)$");
    /** A header cell that is only the name column's (指标, 指标名称, 名称): preferred to one that only holds the word. */
    private static final Pattern NAME_ONLY_COLUMN = Pattern.compile("^(?:主要)?(?:指标名称|指标|名称)$");
    /** A header cell naming the base year's column without the year (基期, 基期值), given below it or in a note. */
    private static final Pattern BASE_COLUMN = Pattern.compile("^基期(?:值|年|数)?$");
    /** A note saying which year the base column stands for: 基期为2023年, 基期年：2023年. */
    private static final Pattern BASE_YEAR_NOTE = Pattern.compile("基期(?:年|值)?(?:为|是|[：:])\\s*((?:19|20)\\d{2})\\s*年");
    private static final Pattern NAME_WITH_UNIT = Pattern.compile("^(.*?)\\s*[（(]([^（）()]{1,12})[）)]$");
    private static final Pattern VALUE = Pattern.compile("^(≥|>=|＞=|不低于|不少于|>|＞)?\\s*(\\d+(?:,\\d{3})*(?:\\.\\d+)?)");
    /** A value written with its bound after it (120以上, 3.0及以上): at least that much. */
    private static final Pattern AT_LEAST_AFTER = Pattern.compile("^\\d+(?:,\\d{3})*(?:\\.\\d+)?\\s*(?:及以上|以上)");
    private static final int MIN_YEARS = 2;

    private IndicatorReader() {
    }

    /** The rows of {@code table} when it is an indicator table. */
    static Optional<List<IndicatorRow>> read(Table table, MappedText text) {
        List<Table.Cell> header = Table.cells(table.rows().get(0));
        if (!header.isEmpty() && YEARS_AS_ROWS.matcher(header.get(0).text()).matches()) {
            return yearsAsRows(table, header, text);
        }
        header = spreadOverRows(header, table);
        int headerRows = 1;
        Optional<Stacked> stacked = yearColumns(header) < MIN_YEARS ? stackedHeader(table, text) : Optional.empty();
        if (stacked.isPresent()) {
            header = stacked.get().header();
            headerRows = stacked.get().rows();
        } else if (yearColumns(header) < MIN_YEARS && table.rows().size() > 2) {
            // a header over two lines: 指标名称 | 单位 | 目标值 above the years it groups (2024年 | 2025年)
            List<Table.Cell> below = TableColumns.place(table.rows().get(1), header, text);
            if (yearColumns(below) >= MIN_YEARS) {
                header = mergedHeader(header, below);
                headerRows = 2;
            }
        }
        Map<Integer, String> years = new LinkedHashMap<>();
        Map<Integer, String> bracketYears = new LinkedHashMap<>();
        int unitColumn = -1;
        int nameColumn = -1;
        int baseColumn = -1;
        for (int c = 0; c < header.size(); c++) {
            String cell = header.get(c).text();
            Matcher year = YEAR_HEADER.matcher(cell);
            Matcher paired = PAIRED_YEAR_HEADER.matcher(cell);
            if (year.matches()) {
                years.put(c, year.group(1));
            } else if (paired.matches()) {
                years.put(c, paired.group(1));
                bracketYears.put(c, paired.group(2));
            } else if (UNIT_COLUMN.matcher(cell).matches()) {
                unitColumn = c;
            } else if ((nameColumn < 0 || NAME_ONLY_COLUMN.matcher(cell).matches()
                    && !NAME_ONLY_COLUMN.matcher(header.get(nameColumn).text()).matches())
                    && NAME_COLUMN.matcher(cell).find() && !OTHER_COLUMN.matcher(cell).matches()) {
                nameColumn = c;
            } else if (BASE_COLUMN.matcher(cell).matches()) {
                baseColumn = c;
            }
        }
        if (baseColumn >= 0 && !years.isEmpty()) {
            // 基期 over the year on the line below (基期 / 2023年), or a note under the table saying which year it is
            String base = baseYearBelow(table, header, baseColumn, headerRows, text);
            if (base != null) {
                headerRows++;
            } else {
                base = baseYearNoted(table);
            }
            if (base != null) {
                years.put(baseColumn, base);
            }
        }
        // one year is enough where the header says the rows are indicators with their units (指标名称 | 单位 | 2027年)
        boolean namedIndicators = nameColumn >= 0 && unitColumn >= 0 && header.get(nameColumn).text().contains("指标");
        if (years.size() + bracketYears.size() < (namedIndicators ? 1 : MIN_YEARS)) {
            return Optional.empty();
        }
        if (nameColumn < 0 && AnnexColumns.of(header).isPresent()) {
            // 序号 | 重点任务 | 2026年 | 2027年 | 责任单位: a yearly plan of tasks with their units, not indicators
            return Optional.empty();
        }
        if (nameColumn < 0) {
            nameColumn = firstPlainColumn(header, years);
        }
        List<IndicatorRow> rows = new ArrayList<>();
        List<Table.Cell> wrappedName = new ArrayList<>();
        for (Paragraph p : table.rows().subList(headerRows, table.rows().size())) {
            List<Table.Cell> cells = unitCellRestored(TableColumns.place(p, header, text), header.size(), unitColumn, nameColumn);
            List<Table.Cell> own = Table.cells(p);
            if (own.size() == 1 && !VALUE.matcher(own.get(0).text()).lookingAt()) {
                wrappedName.add(own.get(0)); // a name printed over lines of its own above its row's values
                continue;
            }
            if (nameColumn == 0 && !wrappedName.isEmpty() && Table.cellCount(p) == header.size() - 1) {
                StringBuilder name = new StringBuilder();
                wrappedName.forEach(c -> name.append(c.text()));
                List<Table.Cell> named = new ArrayList<>();
                named.add(new Table.Cell(name.toString(), new Span(wrappedName.get(0).span().start(),
                        wrappedName.get(wrappedName.size() - 1).span().end())));
                named.addAll(Table.cells(p));
                cells = named;
            }
            wrappedName.clear();
            if (cells.size() <= nameColumn || cells.get(nameColumn).text().isEmpty()
                    || cells.get(nameColumn).text().equals(header.get(nameColumn).text())) {
                continue;
            }
            String unit = unitColumn >= 0 && unitColumn < cells.size() ? cells.get(unitColumn).text() : "";
            Indicator named = Indicator.of(cells.get(nameColumn).text(), unit);
            if (named.unit().isEmpty()) {
                named = unitColumn >= 0 ? Indicator.glued(named.name()) : named;
                named = named.unit().isEmpty() ? Indicator.percentIn(named.name(), cells, years.keySet()) : named;
            }
            Map<String, Double> values = new LinkedHashMap<>();
            List<String> atLeast = new ArrayList<>();
            for (Map.Entry<Integer, String> year : years.entrySet()) {
                if (year.getKey() >= cells.size()) {
                    continue;
                }
                String cell = cells.get(year.getKey()).text();
                Matcher paired = bracketYears.containsKey(year.getKey()) ? PAIRED_VALUE.matcher(cell) : null;
                if (paired != null && paired.matches()) {
                    // 3.10（2.86）: the base year's value in brackets, written first as the earlier year
                    value(paired.group(2), bracketYears.get(year.getKey()), values, atLeast);
                    value(paired.group(1), year.getValue(), values, atLeast);
                } else {
                    value(cell, year.getValue(), values, atLeast);
                }
            }
            if (!values.isEmpty()) {
                rows.add(new IndicatorRow(rows.size() + 1, named.name(), named.unit(), values, atLeast, p.span()));
            }
        }
        return Optional.of(rows);
    }

    /**
     * A row one cell short whose unit cell was left out, not left empty (名称（家） | 320 | 360 under 名称 | 单位 | 2024年 |
     * 2025年): a value stands where the unit should, so the values are put back under their years.
     */
    private static List<Table.Cell> unitCellRestored(List<Table.Cell> cells, int width, int unitColumn, int nameColumn) {
        if (unitColumn < 0 || unitColumn <= nameColumn || cells.size() != width - 1 || unitColumn >= cells.size()
                || !VALUE.matcher(cells.get(unitColumn).text()).matches()) {
            return cells;
        }
        List<Table.Cell> restored = new ArrayList<>(cells);
        Table.Cell before = cells.get(unitColumn - 1);
        restored.add(unitColumn, new Table.Cell("", new Span(before.span().end(), before.span().end())));
        return restored;
    }

    /** The year printed on the header's next line under its 基期 cell, when that line holds nothing else. */
    private static String baseYearBelow(Table table, List<Table.Cell> header, int baseColumn, int headerRows, MappedText text) {
        if (table.rows().size() <= headerRows + 1) {
            return null;
        }
        List<Table.Cell> below = TableColumns.place(table.rows().get(headerRows), header, text);
        long filled = below.stream().filter(c -> !c.text().isBlank()).count();
        if (filled != 1 || baseColumn >= below.size()) {
            return null;
        }
        Matcher year = YEAR_HEADER.matcher(below.get(baseColumn).text());
        return year.matches() ? year.group(1) : null;
    }

    /** The base year a note before or after the table gives (注：基期为2023年). */
    private static String baseYearNoted(Table table) {
        for (List<Paragraph> around : List.of(table.after(), table.before())) {
            for (Paragraph p : around) {
                Matcher note = BASE_YEAR_NOTE.matcher(p.text());
                if (note.find()) {
                    return note.group(1);
                }
            }
        }
        return null;
    }

    /**
     * A header whose cells a PDF printed too close to part (序号 指标名称 | 单位 | 2024年 | 2025年 增速（%） | 属性) over rows
     * of more cells: its cells holding a single blank are split there, from the left, until it has as many cells as
     * most rows.
     */
    private static List<Table.Cell> spreadOverRows(List<Table.Cell> header, Table table) {
        int usual = usualWidth(table);
        if (usual <= header.size()) {
            return header;
        }
        List<Table.Cell> spread = new ArrayList<>();
        int missing = usual - header.size();
        for (Table.Cell cell : header) {
            String t = cell.text();
            String[] words = t.split(" ");
            if (words.length > 1 && words.length - 1 <= missing && java.util.Arrays.stream(words).noneMatch(String::isEmpty)) {
                int at = cell.span().start();
                for (String word : words) {
                    spread.add(new Table.Cell(word, new Span(at, at + word.length())));
                    at += word.length() + 1;
                }
                missing -= words.length - 1;
            } else {
                spread.add(cell);
            }
        }
        return missing == 0 ? spread : header;
    }

    /** How many cells most rows under the first have; lines of one cell (a wrapped part) are no rows. */
    private static int usualWidth(Table table) {
        Map<Integer, Integer> widths = new java.util.HashMap<>();
        for (Paragraph p : table.rows().subList(1, table.rows().size())) {
            int width = Table.cellCount(p);
            if (width > 1) {
                widths.merge(width, 1, Integer::sum);
            }
        }
        return widths.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
    }

    /** A header printed over several lines, and how many lines it takes. */
    private record Stacked(List<Table.Cell> header, int rows) {
    }

    /** A cell of a header's lower line that only glosses the one above it: （预计）, （基期）, （%）. */
    private static final Pattern GLOSS = Pattern.compile("^[（(][^（）()]{1,6}[）)]$");
    private static final int MAX_HEADER_LINES = 4;

    /**
     * A header laid out with spaces whose cells a PDF printed on different lines, each centred in its cell: 指标 | 单位 |
     * 2025年 on the first, （预计） under 2025年 and 2026年 | 2028年 beside it on the second. The lines above the first that
     * holds a value make the header; its columns are their cells in printed order, glosses left out, and a cell over
     * two years printed below it (目标值 over 2025年 | 2027年) groups them and is no column.
     */
    private static Optional<Stacked> stackedHeader(Table table, MappedText text) {
        List<Table.Cell> cells = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        int lines = 0;
        for (Paragraph p : table.rows()) {
            List<Table.Cell> line = Table.cells(p);
            if (line.stream().anyMatch(c -> VALUE.matcher(c.text()).lookingAt() && !YEAR_HEADER.matcher(c.text()).matches())) {
                break;
            }
            if (++lines > MAX_HEADER_LINES) {
                return Optional.empty();
            }
            for (Table.Cell c : line) {
                if (!c.text().isEmpty() && !GLOSS.matcher(c.text()).matches()) {
                    cells.add(c);
                    lineOf.add(lines);
                }
            }
        }
        if (lines < 2 || lines >= table.rows().size()) {
            return Optional.empty();
        }
        if (TableColumns.tabLaid(table.rows().get(0), text)) {
            // cells parted by tabs tell no place: the header's cells in reading order, as many as a row's
            int usual = usualWidth(table);
            return yearColumns(cells) >= MIN_YEARS && cells.size() == usual
                    ? Optional.of(new Stacked(cells, lines)) : Optional.empty();
        }
        int[] centre = new int[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            centre[i] = TableColumns.displayColumn(text, cells.get(i).span().start()) + DisplayWidth.of(cells.get(i).text()) / 2;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).text();
            if (YEAR_HEADER.matcher(name).matches() || UNIT_COLUMN.matcher(name).matches() || NAME_COLUMN.matcher(name).find()
                    || OTHER_COLUMN.matcher(name).matches() || yearsUnder(i, cells, lineOf, centre) < 2) {
                order.add(i);
            }
        }
        order.sort(java.util.Comparator.comparingInt(i -> TableColumns.displayColumn(text, cells.get(i).span().start())));
        List<Table.Cell> header = order.stream().map(cells::get).toList();
        return yearColumns(header) >= MIN_YEARS ? Optional.of(new Stacked(header, lines)) : Optional.empty();
    }

    /** How many year cells of lower lines stand nearer cell {@code i} than any other cell of its line. */
    private static int yearsUnder(int i, List<Table.Cell> cells, List<Integer> lineOf, int[] centre) {
        int count = 0;
        for (int j = 0; j < cells.size(); j++) {
            if (lineOf.get(j) <= lineOf.get(i) || !YEAR_HEADER.matcher(cells.get(j).text()).matches()) {
                continue;
            }
            int nearest = -1;
            for (int k = 0; k < cells.size(); k++) {
                if (lineOf.get(k).equals(lineOf.get(i)) && (nearest < 0
                        || Math.abs(centre[k] - centre[j]) < Math.abs(centre[nearest] - centre[j]))) {
                    nearest = k;
                }
            }
            count += nearest == i ? 1 : 0;
        }
        return count;
    }

    /**
     * 年份 | 指标A（%） | 指标B（家）: each column after the first is an indicator, each row a year. The header may take
     * several rows (年份 | 创新主体 spanning two columns, the indicators named on the row below): each column is named by
     * its lowest header cell that names it.
     */
    private static Optional<List<IndicatorRow>> yearsAsRows(Table table, List<Table.Cell> header, MappedText text) {
        header = new ArrayList<>(header);
        Map<Integer, String> units = new HashMap<>();
        for (Paragraph p : table.rows().subList(1, table.rows().size())) {
            List<Table.Cell> cells = TableColumns.place(p, header, text);
            if (cells.isEmpty() || YEAR_HEADER.matcher(cells.get(0).text()).matches()) {
                break;
            }
            if (UNIT_COLUMN.matcher(cells.get(0).text()).matches()) {
                // a row of units under the names (单位 | % | 家): each column's unit, not the rest of its name
                for (int c = 1; c < Math.min(cells.size(), header.size()); c++) {
                    units.put(c, cells.get(c).text().strip());
                }
                continue;
            }
            for (int c = 1; c < Math.min(cells.size(), header.size()); c++) {
                if (!cells.get(c).text().isBlank()) {
                    header.set(c, cells.get(c));
                }
            }
        }
        List<Map<String, Double>> values = new ArrayList<>();
        List<List<String>> atLeast = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            values.add(new LinkedHashMap<>());
            atLeast.add(new ArrayList<>());
        }
        for (Paragraph p : table.rows().subList(1, table.rows().size())) {
            List<Table.Cell> cells = TableColumns.place(p, header, text);
            Matcher year = cells.isEmpty() ? null : YEAR_HEADER.matcher(cells.get(0).text());
            if (year == null || !year.matches()) {
                continue;
            }
            for (int c = 1; c < Math.min(cells.size(), header.size()); c++) {
                value(cells.get(c).text(), year.group(1), values.get(c), atLeast.get(c));
            }
        }
        List<IndicatorRow> rows = new ArrayList<>();
        for (int c = 1; c < header.size(); c++) {
            if (values.get(c).size() >= 1 && !header.get(c).text().isEmpty()) {
                Indicator named = Indicator.of(header.get(c).text(), units.getOrDefault(c, ""));
                rows.add(new IndicatorRow(rows.size() + 1, named.name(), named.unit(), values.get(c), atLeast.get(c),
                        header.get(c).span()));
            }
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows);
    }

    private static int yearColumns(List<Table.Cell> header) {
        return (int) header.stream().filter(c -> YEAR_HEADER.matcher(c.text()).matches()).count();
    }

    /** The header's cells, each year of the line {@code below} over the cell above it. */
    private static List<Table.Cell> mergedHeader(List<Table.Cell> above, List<Table.Cell> below) {
        List<Table.Cell> merged = new ArrayList<>();
        for (int c = 0; c < Math.max(above.size(), below.size()); c++) {
            Table.Cell up = c < above.size() ? above.get(c) : null;
            Table.Cell down = c < below.size() ? below.get(c) : null;
            boolean year = down != null && YEAR_HEADER.matcher(down.text()).matches();
            merged.add(year || up == null || up.text().isEmpty() && down != null ? down : up);
        }
        return merged;
    }

    private static int firstPlainColumn(List<Table.Cell> header, Map<Integer, String> years) {
        for (int c = 0; c < header.size(); c++) {
            if (!years.containsKey(c) && !OTHER_COLUMN.matcher(header.get(c).text()).matches()
                    && !UNIT_COLUMN.matcher(header.get(c).text()).matches()) {
                return c;
            }
        }
        return 0;
    }

    private static void value(String cell, String year, Map<String, Double> values, List<String> atLeast) {
        Matcher value = VALUE.matcher(cell);
        if (value.find()) {
            values.put(year, Double.parseDouble(value.group(2).replace(",", "")));
            if (value.group(1) != null || AT_LEAST_AFTER.matcher(cell).find()) {
                atLeast.add(year);
            }
        }
    }

    /**
     * A count's unit glued to its name where the unit cell was left empty (高新技术企业数量家): a counting word after 数,
     * 量 or 额, which ends no name of the genre.
     */
    private static final Pattern GLUED_UNIT = Pattern.compile("^(.{2,}?(?:数|量|额))(家|个|件|项|人|台|所|亿元|万元|万人|人次)$");
    /** A value printed with its percent sign (2.1%). */
    private static final Pattern PERCENT_VALUE = Pattern.compile("^\\d+(?:\\.\\d+)?\\s*[%％]$");

    /** An indicator's name without the unit printed in brackets after it, and its unit. */
    private record Indicator(String name, String unit) {
        static Indicator of(String printed, String unit) {
            Matcher withUnit = NAME_WITH_UNIT.matcher(printed);
            return withUnit.matches() ? new Indicator(withUnit.group(1), withUnit.group(2)) : new Indicator(printed, unit);
        }

        /** {@code name} parted from a counting unit glued to it, in a table that has a unit column. */
        static Indicator glued(String name) {
            Matcher glued = GLUED_UNIT.matcher(name);
            return glued.matches() ? new Indicator(glued.group(1), glued.group(2)) : new Indicator(name, "");
        }

        /** The unit % when every value of the row is printed with it. */
        static Indicator percentIn(String name, List<Table.Cell> cells, java.util.Set<Integer> yearColumns) {
            List<String> printed = yearColumns.stream().filter(c -> c < cells.size()).map(c -> cells.get(c).text())
                    .filter(t -> !t.isBlank()).toList();
            return !printed.isEmpty() && printed.stream().allMatch(t -> PERCENT_VALUE.matcher(t).matches())
                    ? new Indicator(name, "%") : new Indicator(name, "");
        }
    }
}
