package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's own word on what its table's unit columns mean, when they are named by the step each unit takes
 * rather than by role: 受理部门为牵头部门，审核部门、拨付部门为配合部门. Each column so named is read as the role's
 * column (牵头单位, 配合单位).
 */
final class ColumnLegend {
    /** Column names (…部门, …单位), then 为 and the role's own column name. */
    private static final Pattern SAYS = Pattern.compile(
            "((?:\\p{IsHan}{2,6}(?:部门|单位)[、和及与]?){1,4})(?:均|都)?(?:为|是|作为)(牵头|配合|协办|协助|参与|责任)(?:部门|单位)");
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,6}(?:部门|单位)");
    /** What every legend sentence holds: a cheap look before {@link #SAYS} backtracks over each of its names. */
    private static final Pattern ROLE_TAIL = Pattern.compile("[为是](?:牵头|配合|协办|协助|参与|责任)(?:部门|单位)");

    private ColumnLegend() {
    }

    /** The role word (牵头, 配合 …) each column name the {@code paragraphs} give one to; empty when none does. */
    static Map<String, String> of(List<Paragraph> paragraphs) {
        Map<String, String> roles = new HashMap<>();
        for (Paragraph p : paragraphs) {
            if (p.isTableRow() || !p.text().contains("为") || !ROLE_TAIL.matcher(p.text()).find()) {
                continue;
            }
            Matcher says = SAYS.matcher(p.text());
            while (says.find()) {
                Matcher name = NAME.matcher(says.group(1));
                while (name.find()) {
                    String column = name.group();
                    // 牵头部门为… defines nothing new: only names that are no role's own are taken
                    Matcher own = AnnexColumns.UNIT_COLUMN.matcher(column);
                    boolean roleOwn = own.matches() && (own.group(1) == null || "责任".equals(own.group(1))
                            || UnitLists.roleOf(own.group(1)) != null);
                    if (!roleOwn || column.startsWith("主")) {
                        roles.putIfAbsent(column, says.group(2));
                    }
                }
            }
        }
        return roles;
    }

    /** {@code header} with each column the legend names renamed to its role's column (受理部门 → 牵头单位). */
    static List<Table.Cell> renamed(List<Table.Cell> header, Map<String, String> legend) {
        if (legend.isEmpty()) {
            return header;
        }
        List<Table.Cell> out = new ArrayList<>(header.size());
        for (Table.Cell c : header) {
            String role = legend.get(AnnexColumns.headerName(c.text()).strip());
            out.add(role == null ? c : new Table.Cell(role + "单位", c.span()));
        }
        return out;
    }
}
