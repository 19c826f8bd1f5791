package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roles of an annex table's columns, read from the header's cell names wherever the columns stand:
 * 序号, the task (主要任务, 重点任务, 工作任务 …), the work text (具体措施, 工作内容, 重点工作 …), 类别, and unit
 * columns whose name gives their role (牵头单位 → lead, 配合单位/协办单位 → co, 责任单位 → unspecified).
 * {@code unitRoles} holds each unit column's role (or null); {@code role} is a column giving each unit line its role
 * (分工: 牵头 / 配合, one unit per line), or -1; {@code ticks} are columns headed by a bare role word (牵头 | 配合) whose
 * ticked box (☒, √) gives the role of the unit on its line.
 */
record AnnexColumns(int number, int title, int work, int category, List<Integer> units, List<String> unitRoles,
                    int role, List<Integer> ticks) {
    private static final Pattern NUMBER_COLUMN = Pattern.compile("^(?:(?:项目|任务|事项)?(?:序号|编号))$");
    private static final Pattern TITLE_COLUMN = Pattern.compile("任务|事项|项目|条款|活动");
    /** A first column of the articles a row details (条款: ①②), before the column naming them. */
    private static final Pattern ARTICLE_COLUMN = Pattern.compile("^(?:条款|条目|款项)$");
    private static final Pattern WORK_COLUMN = Pattern.compile("工作|内容|目标|措施|举措|要求");
    /**
     * The column of a table of rules to be drafted (配套文件制定任务清单: 文件名称, 政策名称, 配套文件): its rows are the
     * work, named by what each one issues.
     */
    private static final Pattern DRAFT_COLUMN = Pattern.compile("^(?:配套)?(?:文件|政策|制度|细则|办法)(?:名称)?$");
    private static final Pattern CATEGORY_COLUMN = Pattern.compile("^(?:类别|领域)$");
    private static final Pattern ROLE_COLUMN = Pattern.compile("^(?:分工|角色|职责分工|责任分工|分工类型)$");
    /**
     * A unit column or field by its label, the role in group 1 (also the fields of CardTables); the units that made a
     * commitment (承诺部门) or answered a congress's inquiry (应询部门) answer for its items; in a table of changes the
     * columns after them (调整后牵头单位), not the replaced ones (原牵头单位); of a policy's support items, the unit
     * that takes the applications (受理部门) and those that review them with it (会审部门). A zone's or county's bureaus and offices
     * are its 局办 or 委办局 (牵头局办), a bureau's divisions its 处室, 科室 or 部室. The role may name the deed
     * the unit leads in (牵头兑现部门, 配合实施单位).
     */
    static final Pattern UNIT_COLUMN = Pattern.compile(
            "^(?:调整后)?(?:主要)?(?:\\p{IsHan}{1,3}方|\\p{IsHan}{1,6}[省市县区])?(责任|" + UnitLists.ROLE_WORDS + "|兑现|实施|承办|受理|会审|协审|落实|承诺|应询|主管)?(?:兑现|实施|落实|推进|办理|执行)?(?:单位|部门|主体|处室|科室|股室|部室|厅局|局办|委办局|委办)(?:（[^（）]{0,6}）)?$");
    /**
     * A column of towns or streets that assist (配合镇（街道）, 协办乡镇): they work with the units. A 责任乡镇 column
     * without a helping role says where the work is done, not who answers for it, and stays out.
     */
    private static final Pattern TOWN_UNIT_COLUMN = Pattern.compile(
            "^(配合|协办|参与|协同)(?:乡镇|镇|街道)(?:（[^（）]{0,6}）)?$");

    /** A header cell that names units with a role (牵头单位, 责任部门, 配合): the table assigns work. */
    private static final Pattern ROLE_HEADER = Pattern.compile("(?:责任|" + UnitLists.ROLE_WORDS + ")");

    /** The role of a work column whose measures carry their own notes: its units are read from those notes. */
    static final String NOTED = "noted";
    /** A work column that says it gives the division of work too: 具体举措及责任分工, 工作措施及责任单位. */
    private static final Pattern NOTED_WORK = Pattern.compile("(?:及|和|与|、)(?:责任|分工|职责)");

    /** A column headed by a role word alone, its cells boxes ticked or not (牵头 | 配合 beside 责任单位). */
    private static final Pattern TICK_COLUMN = Pattern.compile("^(?:" + UnitLists.ROLE_WORDS + ")$");

    AnnexColumns {
        units = List.copyOf(units);
        unitRoles = java.util.Collections.unmodifiableList(new ArrayList<>(unitRoles));
        ticks = List.copyOf(ticks);
    }

    AnnexColumns(int number, int title, int work, int category, List<Integer> units, List<String> unitRoles, int role) {
        this(number, title, work, category, units, unitRoles, role, List.of());
    }

    /**
     * Whether {@code header} names units by role although {@link #of} found no work table in it (no 序号, no task
     * column): a table whose rows would be lost without a word.
     */
    static boolean namesUnits(List<Table.Cell> header) {
        return header.stream().anyMatch(c -> c.text().length() <= 8 && ROLE_HEADER.matcher(c.text()).find());
    }

    /** Deadline columns, which a table's narrow last column often wraps (完成时 over 限). */
    private static final Pattern DEADLINE_COLUMN = Pattern.compile("^\\p{IsHan}{0,2}(?:时限|时间)$|^时间节点$");

    /** Whether {@code cell} is the name of a numbers', articles', units' or deadline column. */
    static boolean names(String cell) {
        return NUMBER_COLUMN.matcher(cell).matches() || ARTICLE_COLUMN.matcher(cell).matches()
                || UNIT_COLUMN.matcher(cell).matches() || DEADLINE_COLUMN.matcher(cell).matches();
    }

    /** A header cell printed letter-spaced (重 点 任 务) is read as its word. */
    private static final Pattern LETTER_SPACED = Pattern.compile("^(?:\\p{IsHan}[ \u3000]){2,}\\p{IsHan}$");

    static String headerName(String cell) {
        return LETTER_SPACED.matcher(cell).matches() ? cell.replaceAll("[ \u3000]", "") : cell;
    }

    /** The columns of {@code header}, when it heads a work table (序号, a task column and a unit column). */
    static Optional<AnnexColumns> of(List<Table.Cell> header) {
        AnnexColumns named = named(header);
        int number = named.number();
        int title = named.title();
        int work = named.work();
        // A table of 重点工作 without a 任务 column: its work column names the row.
        if (title < 0 && work >= 0) {
            title = work;
            work = -1;
        }
        if (number < 0 && title >= 0 && !named.units().isEmpty()) {
            // 重点任务 | 责任科室 without 序号: each task cell opens with its own number (1.实施…), or the table has none
            number = title;
        }
        if (number < 0 || title < 0 || named.units().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AnnexColumns(number, title, work, named.category(), named.units(), named.unitRoles(),
                named.units().size() == 1 ? named.role() : -1, named.units().size() == 1 ? named.ticks() : List.of()));
    }

    /** Each column of {@code header} by its name (-1 for a role not found), before any is required. */
    private static AnnexColumns named(List<Table.Cell> header) {
        int number = -1;
        int title = -1;
        int work = -1;
        int category = -1;
        int role = -1;
        List<Integer> units = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        int undertakeColumn = -1;
        List<Integer> ticks = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String text = headerName(header.get(c).text());
            Matcher unit = UNIT_COLUMN.matcher(text);
            Matcher towns = TOWN_UNIT_COLUMN.matcher(text);
            if (text.isEmpty() && !units.isEmpty() && units.get(units.size() - 1) == c - 1) {
                // a unit header merged over two columns (牵头单位 over 学校 | 地方) leaves the second cell empty
                units.add(c);
                roles.add(roles.get(roles.size() - 1));
            } else if (NUMBER_COLUMN.matcher(text).matches() || number < 0 && c == 0 && ARTICLE_COLUMN.matcher(text).matches()) {
                number = c;
            } else if (CATEGORY_COLUMN.matcher(text).matches() || text.endsWith("类别")) {
                category = c; // 任务类别 sorts the tasks, it names none
            } else if (ROLE_COLUMN.matcher(text).matches()) {
                role = c;
            } else if (TICK_COLUMN.matcher(text).matches()) {
                ticks.add(c);
            } else if (unit.matches()) {
                units.add(c);
                roles.add(unit.group(1) == null ? null : UnitLists.roleOf(unit.group(1)));
                undertakeColumn = unit.group(1) != null && UnitLists.UNDERTAKING.contains(unit.group(1)) ? roles.size() - 1
                        : undertakeColumn;
            } else if (towns.matches()) {
                units.add(c);
                roles.add(UnitLists.roleOf(towns.group(1)));
            } else if ((title < 0 || number >= 0 && title < number) && TITLE_COLUMN.matcher(text).find()) {
                // 省方案任务 | 序号 | 我市任务: the task column is the one the row's number heads, after 序号
                title = c;
            } else if (work < 0 && (WORK_COLUMN.matcher(text).find() || DRAFT_COLUMN.matcher(text).matches())) {
                work = c;
            }
        }
        if (units.isEmpty() && role < 0 && work >= 0 && NOTED_WORK.matcher(headerName(header.get(work).text())).find()) {
            // 具体举措及责任分工: each measure in the work cell closes with its own note; the row's units are theirs
            units.add(work);
            roles.add(NOTED);
        }
        if (units.isEmpty() && role >= 0) {
            // 责任分工 with no unit column beside it: its cells name the units with their roles (牵头 A 配合 B)
            units.add(role);
            roles.add(null);
            role = -1;
        }
        // 承办 or 受理 beside a column of units that assist (协办, 配合, 会审) is the lead; alone it says only who does
        // the work
        if (undertakeColumn >= 0 && roles.contains("co")) {
            roles.set(undertakeColumn, "lead");
        }
        // one box column alone ticks nothing apart: the table's roles need two (牵头 | 配合)
        return new AnnexColumns(number, title, work, category, units, roles, role, ticks.size() >= 2 ? ticks : List.of());
    }

    /** A header's part of a sheet printed in parts ({@link SplitSheets}). */
    enum Half { TITLES, UNITS }

    /**
     * The columns of {@code header} when it heads one half of a sheet too wide for its page: 序号 with the tasks and
     * no unit column ({@link Half#TITLES}), or 序号 with unit columns and no task or work column ({@link Half#UNITS},
     * its 序号 standing for the title).
     */
    static Optional<AnnexColumns> half(List<Table.Cell> header, Half half) {
        AnnexColumns named = named(header);
        int number = named.number();
        int title = named.title();
        int work = named.work();
        List<Integer> units = named.units();
        if (number < 0) {
            return Optional.empty();
        }
        if (half == Half.TITLES && units.isEmpty() && (title >= 0 || work >= 0)) {
            return Optional.of(new AnnexColumns(number, title >= 0 ? title : work, title >= 0 ? work : -1,
                    named.category(), List.of(), List.of(), -1));
        }
        if (half == Half.UNITS && !units.isEmpty() && title < 0 && work < 0) {
            return Optional.of(new AnnexColumns(number, number, -1, -1, units, named.unitRoles(), -1));
        }
        return Optional.empty();
    }
}
