package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an indicator table: a header with year columns (2017年 … 2020年), then one row per indicator whose
 * name carries its unit in brackets (研发经费支出占GDP比重（%）) or in a 单位 column. A value printed as a
 * bound (≥12) is kept with its year in {@code atLeastYears}.
 */
final class IndicatorReader {
    private static final Pattern YEAR_COLUMN = Pattern.compile("^(\\d{4})年?(?:目标|预期)?(?:值)?$");
    private static final Pattern UNIT_COLUMN = Pattern.compile("^(?:计量)?单位$");
    private static final Pattern NAME_WITH_UNIT = Pattern.compile("^(.*?)（([^（）]{1,12})）$");
    private static final Pattern VALUE = Pattern.compile("^(≥|>=|＞=|不低于|不少于|>|＞)?\\s*(\\d+(?:,\\d{3})*(?:\\.\\d+)?)");
    private static final int MIN_YEARS = 2;

    private IndicatorReader() {
    }

    /** The rows of {@code table} when it is an indicator table. */
    static Optional<List<IndicatorRow>> read(Table table) {
        List<Table.Cell> header = Table.cells(table.rows().get(0));
        Map<Integer, String> years = new LinkedHashMap<>();
        int unitColumn = -1;
        for (int c = 1; c < header.size(); c++) {
            Matcher year = YEAR_COLUMN.matcher(header.get(c).text());
            if (year.matches()) {
                years.put(c, year.group(1));
            } else if (UNIT_COLUMN.matcher(header.get(c).text()).matches()) {
                unitColumn = c;
            }
        }
        if (years.size() < MIN_YEARS) {
            return Optional.empty();
        }
        List<IndicatorRow> rows = new ArrayList<>();
        for (Paragraph p : table.rows().subList(1, table.rows().size())) {
            List<Table.Cell> cells = Table.cells(p);
            if (cells.size() < 2 || cells.get(0).text().isEmpty()) {
                continue;
            }
            String name = cells.get(0).text();
            String unit = unitColumn >= 0 && unitColumn < cells.size() ? cells.get(unitColumn).text() : "";
            Matcher withUnit = NAME_WITH_UNIT.matcher(name);
            if (withUnit.matches()) {
                name = withUnit.group(1);
                unit = withUnit.group(2);
            }
            Map<String, Double> values = new LinkedHashMap<>();
            List<String> atLeast = new ArrayList<>();
            years.forEach((column, year) -> {
                Matcher value = column < cells.size() ? VALUE.matcher(cells.get(column).text()) : null;
                if (value != null && value.find()) {
                    values.put(year, Double.parseDouble(value.group(2).replace(",", "")));
                    if (value.group(1) != null) {
                        atLeast.add(year);
                    }
                }
            });
            rows.add(new IndicatorRow(rows.size() + 1, name, unit, values, atLeast, p.span()));
        }
        return Optional.of(rows);
    }
}
