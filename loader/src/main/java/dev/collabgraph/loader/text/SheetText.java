package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text of a spreadsheet (.xlsx, .xls, WPS .et): a 任务分工表 or 指标表 sent as a workbook. Each visible sheet is one
 * table, a row a line with its cells joined by tabs, as the loader's table reader takes a Word table; a merged
 * region's value stands in its first cell and the cells it covers stay empty (the reader fills a column's empty cell
 * from the row above). Cells show what the sheet shows: numbers and dates as formatted, formulas by their last value.
 * A sheet named by its author (附件2 重点任务分工表) starts with its name; the default names (Sheet1) say nothing.
 */
final class SheetText {
    private static final Pattern DEFAULT_NAME = Pattern.compile("(?i)(?:sheet|工作表|表)\\s*\\d*");
    /** Rows and columns read at most: a sheet's used range can claim a million empty rows after a stray format. */
    private static final int MAX_ROWS = 20_000;
    private static final int MAX_COLUMNS = 64;

    private SheetText() {
    }

    static String of(String name, byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter(Locale.CHINA);
            formatter.setUseCachedValuesForFormulaCells(true);
            StringBuilder out = new StringBuilder();
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
                    continue;
                }
                Sheet sheet = workbook.getSheetAt(s);
                StringBuilder rows = new StringBuilder();
                appendRows(sheet, formatter, rows);
                if (rows.isEmpty()) {
                    continue;
                }
                if (!out.isEmpty()) {
                    // a sheet is a page of its own: its table does not run on from the sheet before
                    out.append("\n\f");
                }
                String sheetName = sheet.getSheetName().strip();
                if (!DEFAULT_NAME.matcher(sheetName).matches()) {
                    out.append(sheetName).append('\n');
                }
                out.append(rows);
            }
            return out.toString();
        } catch (Exception | LinkageError e) {
            if (e instanceof BadDocumentException bad) {
                throw bad;
            }
            String why = e.getClass().getSimpleName().contains("Encrypted") ? "the file is password-protected"
                    : String.valueOf(e.getMessage());
            throw new BadDocumentException(name, "cannot be opened as a spreadsheet (.xlsx, .xls): " + why);
        }
    }

    private static void appendRows(Sheet sheet, DataFormatter formatter, StringBuilder out) {
        int last = Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + MAX_ROWS);
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getZeroHeight()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            int lastCell = Math.min(row.getLastCellNum(), MAX_COLUMNS);
            for (int c = 0; c < lastCell; c++) {
                if (sheet.isColumnHidden(c)) {
                    continue;
                }
                Cell cell = row.getCell(c);
                String text = cell == null ? "" : formatter.formatCellValue(cell);
                // a cell's own line breaks (Alt+Enter) wrap its text: the table reader wants a row on one line
                cells.add(text.replaceAll("[\\t\\n\\r\\f]+", " ").strip());
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty()) {
                out.append(String.join("\t", cells)).append('\n');
            }
        }
    }
}
