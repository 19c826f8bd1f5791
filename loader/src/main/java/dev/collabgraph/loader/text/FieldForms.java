package dev.collabgraph.loader.text;

import dev.collabgraph.loader.text.Rewrite.Line;
import dev.collabgraph.loader.text.Rewrite.Run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Items set as ruled forms (交办单, 督办单), one form per item under its heading 交办事项（一）: a cell that spans the form
 * holds the item (议定事项 …), and rows of label–value pairs (承办单位 | A | 协办单位 | B) hold who does it, by when and
 * under whom. A PDF prints the narrow value cells wrapped IN PARALLEL: a value's rest stands on the next printed line
 * under its column, beside the rest of the other value of its row. Each form is read as an item and its fields: the
 * heading's number opens the item's text ((一)关于…的事项。…), then each row's fields as labelled lines
 * (承办单位：A；协办单位：B), every value joined from its column's pieces. Every character keeps its place in the
 * original; the colons and semicolons added stand at their label's end.
 */
final class FieldForms {

    /** A form's heading: its kind and its number (交办事项（三）), then anything (编号：…) apart by blanks. */
    private static final Pattern HEADING = Pattern.compile(
            "^[ \u3000]*(?:交办|督办|议定|督查|交办督办)?事项[ \u3000]*([（(][一二三四五六七八九十\\d]{1,3}[)）])");
    /** The first character of the 事项 every heading holds. */
    private static final char MATTER = '事';
    /** The labels of a form's fields, letters perhaps spaced apart (备　　注). */
    private static final Pattern LABEL = Pattern.compile("^(?:议定事项|交办事项|督办事项|事项内容|工作内容|具体内容|工作任务|"
            + "承办单位|协办单位|牵头单位|配合单位|责任单位|主办单位|督办领导|责任领导|分管领导|办结时限|完成时限|时限要求|备注)$");
    /** The field that holds the item itself: its value opens the item's text. */
    private static final Pattern ITEM_FIELD = Pattern.compile("^(?:议定事项|交办事项|督办事项|事项内容|工作内容|具体内容|工作任务)$");
    /** A page's running note inside a form (（续上页）, 续表) and page numbers: no part of a field. */
    private static final Pattern NOISE = Pattern.compile("^[ \u3000\f]*(?:[（(]续[上前]?[页表][)）]|续表|[—\\-－]?\\s*\\d{1,3}\\s*[—\\-－]?)?[ \u3000\f]*$");
    /** Where a wrapped value's rest may stand around its column (a PDF's spacing is approximate). */
    private static final int TOLERANCE = 3;
    private static final int MIN_FORMS = 2;

    private FieldForms() {
    }


    /** One field being read: its label and the pieces of its value, in order. */
    private static final class Field {
        final Run label;
        final int column;
        final List<Run> value = new ArrayList<>();

        Field(Run label, int column) {
            this.label = label;
            this.column = column;
        }
    }

    /** The text with its forms read as items and fields; empty when it holds fewer than two forms. */
    static Optional<Rewrite.Rearranged> rearrange(String text) {
        List<Line> lines = Rewrite.lines(text);
        int headings = 0;
        // a heading holds 事项: a line without 事 is not tried (the next 事 is found again only once passed)
        int matter = text.indexOf(MATTER);
        for (Line line : lines) {
            if (matter >= 0 && matter < line.start()) {
                matter = text.indexOf(MATTER, line.start());
            }
            headings += matter >= 0 && matter < line.end()
                    && HEADING.matcher(text.substring(line.start(), line.end())).lookingAt() ? 1 : 0;
        }
        if (headings < MIN_FORMS) {
            return Optional.empty();
        }
        Rewrite out = new Rewrite(text);
        for (int i = 0; i < lines.size(); i++) {
            Line heading = lines.get(i);
            Matcher h = HEADING.matcher(text.substring(heading.start(), heading.end()));
            if (!h.lookingAt()) {
                continue;
            }
            List<List<Field>> rows = new ArrayList<>();
            int next = readForm(text, lines, i + 1, rows);
            if (rows.isEmpty()) {
                continue;
            }
            int to = next < lines.size() ? lines.get(next).start() : text.length();
            int numberStart = heading.start() + h.start(1);
            int numberEnd = heading.start() + h.end(1);
            out.replace(heading.start(), to, () -> write(text, numberStart, numberEnd, rows, out));
            i = next - 1;
        }
        return out.finish();
    }

    /** Reads the rows of the form whose fields start at line {@code from}; returns the line after it. */
    private static int readForm(String text, List<Line> lines, int from, List<List<Field>> rows) {
        List<Field> row = null;
        int i = from;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            String content = text.substring(line.start(), line.end());
            if (HEADING.matcher(content).lookingAt()) {
                break;
            }
            if (NOISE.matcher(content).matches()) {
                continue;
            }
            List<Run> cells = cells(text, line);
            if (cells.isEmpty()) {
                continue;
            }
            if (isLabel(text, cells.get(0))) {
                row = new ArrayList<>();
                for (int c = 0; c < cells.size(); c++) {
                    Run cell = cells.get(c);
                    if (isLabel(text, cell)) {
                        Run value = c + 1 < cells.size() && !isLabel(text, cells.get(c + 1)) ? cells.get(c + 1) : null;
                        Field field = new Field(cell, value != null ? value.from() : cell.from() + width(text, cell));
                        if (value != null) {
                            field.value.add(value);
                            c++;
                        }
                        row.add(field);
                    }
                }
                rows.add(row);
            } else if (row != null && cells.get(0).from() >= row.get(0).column - TOLERANCE) {
                // a value's rest under its column: the piece goes to the field whose value stands nearest left of it
                for (Run cell : cells) {
                    Field owner = row.get(0);
                    for (Field f : row) {
                        if (cell.from() >= f.column - TOLERANCE) {
                            owner = f;
                        }
                    }
                    owner.value.add(cell);
                }
            } else {
                break; // prose after the form: it has ended
            }
        }
        return i;
    }

    /** Writes the item's number, its item field's value, then each row's other fields as labelled lines. */
    private static void write(String text, int numberStart, int numberEnd, List<List<Field>> rows, Rewrite out) {
        out.copy(numberStart, numberEnd);
        for (List<Field> row : rows) {
            for (Field f : row) {
                if (ITEM_FIELD.matcher(label(text, f.label)).matches()) {
                    f.value.forEach(v -> out.copy(v.start(), v.end()));
                }
            }
        }
        out.add("\n", numberEnd);
        for (List<Field> row : rows) {
            boolean first = true;
            for (Field f : row) {
                if (ITEM_FIELD.matcher(label(text, f.label)).matches()) {
                    continue;
                }
                if (!first) {
                    out.add("；", f.label.start());
                }
                out.copy(f.label.start(), f.label.end());
                out.add("：", f.label.end());
                f.value.forEach(v -> out.copy(v.start(), v.end()));
                first = false;
            }
            if (!first) {
                // a row of fields is whole: its line is not a wrapped sentence for the cleaner to join to the next
                if ("。；;！？".indexOf(out.last()) < 0) {
                    out.add("。", out.lastOrigin());
                }
                out.add("\n", row.get(row.size() - 1).label.end());
            }
        }
    }

    private static boolean isLabel(String text, Run cell) {
        return LABEL.matcher(label(text, cell)).matches();
    }

    /** A label's letters without the blanks that space them (备　　注). */
    private static String label(String text, Run cell) {
        return text.substring(cell.start(), cell.end()).replaceAll("[ \u3000]", "");
    }

    private static int width(String text, Run cell) {
        return DisplayWidth.of(text, cell.start(), cell.end());
    }

    /** The runs of text of a printed line apart by two blanks or more; a label spaced letter by letter is one. */
    private static List<Run> cells(String text, Line line) {
        return Rewrite.runs(text, line, (start, at) -> isSpacedLabelGap(text, start, at));
    }

    /** 备　　注: one letter, blanks, one letter that closes a label. */
    private static boolean isSpacedLabelGap(String text, int start, int at) {
        String before = text.substring(start, at).replaceAll("[ \u3000]", "");
        return before.length() == 1 && LABEL.matcher(before + text.charAt(at)).matches();
    }

}
