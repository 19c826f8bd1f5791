package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.MappedText;
import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The structure stage: reads a cleaned policy document into its header, sections, tasks, responsibility
 * notes, indicator and annex tables and quantified targets, all with logical spans. It relies on the
 * genre's layout and wording only (headings, numbering, 责任单位 notes, table headers), never on names.
 */
public final class StructureParser {
    private StructureParser() {
    }

    /**
     * The one document to read when {@code text} is a periodical's pages holding several (a gazette's issue), with the
     * warning that says what was left out; empty when the whole text is to be read.
     */
    public static Optional<Map.Entry<MappedText, String>> periodicalExcerpt(MappedText text) {
        return DocumentStarts.excerpt(text).map(e -> Map.entry(e.text(), e.warning()));
    }

    /**
     * Parses {@code text}; anything suspicious is reported in {@link DocumentStructure#warnings()}. A file holding
     * several documents is refused ({@link dev.collabgraph.loader.BadDocumentException}).
     */
    public static DocumentStructure parse(MappedText text) {
        String logical = text.text();
        List<Paragraph> paragraphs = Paragraph.split(logical);
        DocumentStarts.requireOne(text, paragraphs);
        Headings.Body body = Headings.body(paragraphs);
        int bodyStart = body.start();
        int bodyEnd = body.end();
        DocumentHeader header = HeaderReader.read(paragraphs.subList(0, bodyStart),
                paragraphs.subList(bodyEnd, paragraphs.size()), logical);
        List<Table> tables = Table.find(paragraphs);
        List<Optional<List<IndicatorRow>>> indicatorTables = tables.stream().map(t -> IndicatorReader.read(t, text)).toList();
        // an indicator table with a 责任部门 column holds no work
        boolean workTable = false;
        for (int i = 0; i < tables.size(); i++) {
            workTable |= indicatorTables.get(i).isEmpty() && AnnexColumns.namesUnits(Table.cells(tables.get(i).rows().get(0)));
        }
        List<String> warnings = new ArrayList<>();
        List<IndicatorRow> indicators = new ArrayList<>();
        List<AnnexRow> annex = new ArrayList<>();
        boolean notedFirstLeads = AnnexReader.notedFirstLeads(paragraphs);
        java.util.Map<String, String> legend = ColumnLegend.of(paragraphs);
        TransposedTables transposed = new TransposedTables(header.city());
        for (int t = 0; t < tables.size(); t++) {
            Table table = tables.get(t);
            Optional<List<IndicatorRow>> rows = indicatorTables.get(t);
            if (rows.isPresent()) {
                // rows are numbered through the document: a second table's row 1 is another indicator (the row is its id)
                for (IndicatorRow r : rows.get()) {
                    indicators.add(new IndicatorRow(indicators.size() + 1, r.name(), r.unit(), r.values(), r.atLeastYears(),
                            r.span()));
                }
            } else {
                // a division by unit (rows of units naming items by number, or marking them in a matrix) is no list of
                // tasks: UnitRowTables gives its items their notes
                Optional<List<AnnexRow>> read = UnitRowTables.namesItems(table) ? Optional.of(List.of())
                        : AnnexReader.read(table, text, header.city(), notedFirstLeads, legend);
                if (read.isEmpty()) {
                    read = transposed.read(table);
                }
                if (read.isEmpty()) {
                    read = MatrixTables.read(table, logical, header.city());
                }
                read.ifPresent(annex::addAll);
                List<Table.Cell> head = Table.cells(table.rows().get(0));
                if (read.map(List::isEmpty).orElse(true) && AnnexColumns.namesUnits(head) && !RangeTables.namesItems(table)
                        && !UnitRowTables.namesItems(table)) {
                    warnings.add("table headed '" + table.rows().get(0).text().replace('\t', '|')
                            + "' names responsible units but its header was not recognised: its rows are not read");
                }
            }
        }
        if (annex.isEmpty()) {
            // (an indicator table's 单位 column holds measures, not the units of the rows its numbers share)
            List<Table> workTables = new ArrayList<>();
            for (int t = 0; t < tables.size(); t++) {
                if (indicatorTables.get(t).isEmpty()) {
                    workTables.add(tables.get(t));
                }
            }
            List<AnnexRow> joined = SplitSheets.join(workTables, text, header.city());
            if (!joined.isEmpty()) {
                annex.addAll(joined);
                warnings.removeIf(w -> w.startsWith("table headed '") && w.endsWith("its rows are not read"));
            }
        }
        annex.addAll(LineCellTables.read(paragraphs, header.city()));
        annex.addAll(CardTables.read(logical, paragraphs.subList(bodyEnd, paragraphs.size()), header.city()));
        boolean firstLeads = paragraphs.stream().anyMatch(p -> !p.isTableRow() && AnnexReader.saysFirstLeads(p.text()));
        annex.addAll(LeaderRows.read(logical, paragraphs.subList(bodyEnd, paragraphs.size()), header.city(), firstLeads));
        annex.addAll(NoteRowTables.read(logical, paragraphs.subList(bodyEnd, paragraphs.size()), header.city(),
                notedFirstLeads));
        annex = new ArrayList<>(JointRows.apply(annex, paragraphs.subList(bodyEnd, paragraphs.size())));
        List<SectionReferences.Reference> sectionRows = SectionReferences.read(tables);
        OutlineReader.Outline outline = OutlineReader.read(paragraphs, bodyStart, bodyEnd, workTable,
                new TableItems.Named(TableItems.titles(annex), numberedItems(tables), SectionReferences.keys(sectionRows)));
        warnings.addAll(0, outline.warnings());

        List<ResponsibilityNote> notes = new ArrayList<>();
        Optional<LeadingNotes.Reading> leading = LeadingNotes.read(logical, paragraphs, outline.tasks(), header.city());
        if (leading.isPresent()) {
            // each note stands above its task: the line above belongs to the task below, not to the one it ends
            outline = new OutlineReader.Outline(outline.sections(), leading.get().tasks(), outline.warnings());
            notes.addAll(leading.get().notes());
            // a part's note naming its items (本部分第1至第4项，除项前另行标明的外，均由A牵头…) goes to those without one
            notes = withGroupNotes(notes, GroupNotes.notes(logical, paragraphs.subList(bodyStart, bodyEnd),
                    outline.tasks(), header.city()));
            notes = withGroupNotes(notes, PartNotes.notes(logical, paragraphs.subList(bodyStart, bodyEnd),
                    outline.tasks(), outline.sections(), header.city()));
        } else {
            // a part whose notes stand above its items (the rest of the document has them after)
            Optional<LeadingNotes.Reading> partLeading = LeadingNotes.readParts(logical, paragraphs, outline.tasks(),
                    header.city());
            if (partLeading.isPresent()) {
                outline = new OutlineReader.Outline(outline.sections(), partLeading.get().tasks(), outline.warnings());
            }
            Set<Integer> ledAbove = new HashSet<>();
            List<ResponsibilityNote> above = partLeading.map(LeadingNotes.Reading::notes).orElse(List.of());
            above.forEach(n -> ledAbove.add(n.taskNumber()));
            for (TaskBlock task : outline.tasks()) {
                if (!ledAbove.contains(task.number())) {
                    NoteReader.read(logical, task.body(), task.number(), header.city()).ifPresent(notes::add);
                }
            }
            notes.addAll(above);
            notes.sort((a, b) -> Integer.compare(a.taskNumber(), b.taskNumber()));
            // notes naming their items by number or title say more than the duties an item's sentences give
            notes = withNamingNotes(notes, GroupNotes.notes(logical, paragraphs.subList(bodyStart, bodyEnd),
                    outline.tasks(), header.city()), logical, header.city());
            notes = withNamingNotes(notes, DutyLists.notes(logical, paragraphs.subList(bodyStart, bodyEnd),
                    outline.tasks(), header.city()), logical, header.city());
            notes = withGroupNotes(notes, RangeTables.notes(logical, tables, outline.tasks(), header.city()));
            notes = withGroupNotes(notes, UnitRowTables.notes(logical, tables, outline.tasks(), header.city()));
            notes = withGroupNotes(notes, PartNotes.notes(logical, paragraphs.subList(bodyStart, bodyEnd),
                    outline.tasks(), outline.sections(), header.city()));
            notes = UnitParts.apply(notes, logical, outline.sections(), outline.tasks(), header.city());
            notes = withGroupNotes(notes, TableItems.notes(annex, outline.tasks()));
            notes = withGroupNotes(notes, SectionReferences.notes(sectionRows, annex, outline.tasks(), logical));
            notes = RelativeGroups.apply(notes, outline.tasks(), logical);
            notes = ReferenceNotes.apply(notes, outline.tasks(), logical);
            notes = GroupNotes.withAdditions(notes, GroupNotes.additions(logical, paragraphs.subList(bodyStart, bodyEnd),
                    outline.tasks(), header.city()));
        }
        // units written in the short forms a legend spells out (科技——市科技局)
        Map<String, UnitRef> unitLegend = UnitLegend.read(text.source().text(), header.city());
        notes = UnitLegend.apply(notes, unitLegend);
        annex = UnitLegend.applyToRows(annex, unitLegend);
        // leads named once: in a part's heading, or in a rule for the items that name none
        int bodyEndOffset = bodyEnd < paragraphs.size() ? paragraphs.get(bodyEnd).start() : logical.length();
        notes = DefaultLeads.apply(notes, logical, new Span(0, bodyEndOffset), outline.sections(), outline.tasks(),
                header.city());
        // a form's head names the unit answering for its items once (责任单位：… above 一、目标任务)
        List<FormLeads.Head> formHeads = FormLeads.heads(logical, paragraphs.subList(0, bodyEnd), outline.sections(),
                outline.tasks(), header.city());
        notes = FormLeads.apply(notes, formHeads, outline.tasks());
        // the rule may stand in the body or in the covering notice that issues it
        Optional<Paragraph> firstLeadsRule = paragraphs.subList(0, bodyEnd).stream()
                .filter(p -> !p.isTableRow() && AnnexReader.saysFirstLeads(p.text())).findFirst();
        if (firstLeadsRule.isPresent()) {
            String rule = firstLeadsRule.get().text();
            notes = FirstListedLeads.apply(notes, logical, FirstListedLeads.side(rule), FirstListedLeads.slashJoinsLeads(rule));
        }
        outline = new OutlineReader.Outline(outline.sections(), ClosingText.trim(outline.tasks(), notes, logical),
                outline.warnings());
        warnings.addAll(MissingNotes.check(outline.tasks(), notes, outline.sections()));
        if (annex.isEmpty() && indicators.isEmpty()
                && tables.stream().noneMatch(t -> UnitRowTables.namesItems(t) || RangeTables.namesItems(t))) {
            unreadAnnexTable(paragraphs).ifPresent(warnings::add);
        }
        warnings.addAll(MissingNotes.unread(outline.tasks(), notes, logical));
        Set<Integer> headStarts = new HashSet<>(FormLeads.starts(formHeads));
        // (a note read for items from where it stands, as a group's card above them, is attached)
        dev.collabgraph.loader.text.ContainingSpans attached = new dev.collabgraph.loader.text.ContainingSpans(
                notes.stream().map(ResponsibilityNote::span).distinct().toList());
        // (a part's heading note is given to the items under it: DefaultLeads)
        for (SectionBlock section : outline.sections()) {
            if (outline.tasks().stream().anyMatch(t -> t.sectionKey() != null
                    && (t.sectionKey().equals(section.key()) || t.sectionKey().startsWith(section.key() + ".")))) {
                headStarts.add(section.heading().start());
            }
        }
        warnings.addAll(MissingNotes.orphans(paragraphs.subList(bodyStart, bodyEnd).stream()
                .filter(p -> !headStarts.contains(p.start()) && attached.first(p.span()) < 0).toList(), outline.tasks()));

        Optional<Character> sign = MarkedLeads.sign(logical);
        if (sign.isPresent()) {
            // 带“*”的为牵头单位: the marked units of a note or cell lead, the others assist
            char mark = sign.get();
            notes = notes.stream().map(n -> new ResponsibilityNote(n.taskNumber(),
                    MarkedLeads.apply(n.units(), logical, mark), n.span())).toList();
            annex = annex.stream().map(r -> r.withUnits(MarkedLeads.apply(r.units(), logical, mark))).toList();
        }
        notes = SoleDuties.apply(notes, logical);
        notes = SelfReferences.resolve(notes, header.issuer(), logical, header.city());
        notes = Parties.resolve(notes, logical, header.city());
        Set<String> known = knownUnits(notes, annex);
        Map<Character, List<String>> misreadable = UnitRepair.byLastChar(known);
        notes = notes.stream().map(n -> new ResponsibilityNote(n.taskNumber(),
                UnitRepair.apply(n.units(), known, misreadable, "task " + n.taskNumber() + " note", header.city(), warnings,
                        logical),
                n.span())).toList();
        annex = annex.stream().map(r -> r.withUnits(UnitRepair.apply(r.units(), known, misreadable, "annex row " + r.printed(),
                header.city(), warnings, logical))).toList();
        List<TaskBlock> linkedTasks = outline.tasks();
        Set<Integer> noted = notes.stream().filter(n -> !n.units().isEmpty()).map(ResponsibilityNote::taskNumber)
                .collect(java.util.stream.Collectors.toSet());
        annex = SectionReferences.link(sectionRows, annex, linkedTasks, logical,
                rows -> AnnexLinker.link(rows, linkedTasks, noted, warnings));
        notes = CoveredItems.notes(notes, annex, logical, linkedTasks);

        // the plan's year from its title, or from the headline of a page that names no document (一图读懂｜2027年…)
        List<TargetFact> targets = Targets.read(paragraphs.subList(0, bodyStart), paragraphs.subList(bodyStart, bodyEnd),
                outline, !header.title().isEmpty() || paragraphs.isEmpty() ? header.title() : paragraphs.get(0).text(),
                header.date().length() >= 4 ? Integer.parseInt(header.date().substring(0, 4)) : 0);
        return new DocumentStructure(header, outline.sections(), outline.tasks(), notes, indicators, annex, targets,
                warnings);
    }

    /** An annex the document names as a table of work (附件：2026年度重点任务推进计划表, 附件1．任务分工清单). */
    private static final java.util.regex.Pattern NAMED_ANNEX_TABLE = java.util.regex.Pattern.compile(
            "附件\\d?[：:][\\s\u3000]*(?:\\d{1,2}[.．、][\\s\u3000]*)?([^。；，\\n]{2,40}?(?:分工表|任务表|计划表|推进表|清单|台账|责任表))");

    /**
     * A warning when the document names an annex table of work and no row of any table was read: its layout was not
     * recognised, and the tasks' units it holds are missing from the graph.
     */
    private static Optional<String> unreadAnnexTable(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            java.util.regex.Matcher m = p.text().indexOf('附') < 0 ? null : NAMED_ANNEX_TABLE.matcher(p.text());
            if (m != null && m.find()) {
                return Optional.of("the document names the annex '" + m.group(1) + "' but no row of a work or indicator "
                        + "table was read: its layout is not recognised, and the units it gives are missing");
            }
        }
        return Optional.empty();
    }

    /** The item numbers tables name, by item (任务序号 | 牵头部门) or by unit (成员单位 | 牵头任务). */
    private static Set<String> numberedItems(List<Table> tables) {
        Set<String> items = new java.util.LinkedHashSet<>(RangeTables.items(tables));
        items.addAll(UnitRowTables.items(tables));
        return items;
    }

    /**
     * As {@link #withGroupNotes}, but a task's own note read only from the duties its sentences give (第二条 …县财政局每年
     * 安排专项经费…, no label and no worded note) gives way to a note that names the task (第二条由A牵头，B配合。).
     */
    private static List<ResponsibilityNote> withNamingNotes(List<ResponsibilityNote> own, List<ResponsibilityNote> naming,
                                                            String text, String city) {
        if (naming.isEmpty()) {
            return own;
        }
        Set<Integer> named = new HashSet<>();
        naming.forEach(n -> named.add(n.taskNumber()));
        List<ResponsibilityNote> kept = own.stream().filter(n -> !named.contains(n.taskNumber())
                || NoteReader.present(text.substring(n.span().start(), n.span().end()), city)).toList();
        return withGroupNotes(kept, naming);
    }

    /**
     * The tasks' own notes and, for tasks without one, the notes set after several items that name them (以上第1—3条由…);
     * a task named by two such clauses gets the units of both.
     */
    private static List<ResponsibilityNote> withGroupNotes(List<ResponsibilityNote> own, List<ResponsibilityNote> grouped) {
        if (grouped.isEmpty()) {
            return own;
        }
        Set<Integer> noted = new java.util.HashSet<>();
        java.util.Map<Integer, ResponsibilityNote> byTask = new java.util.TreeMap<>();
        for (ResponsibilityNote n : own) {
            // a task whose body runs on into a note naming several items by number reads that note as its own
            if (grouped.stream().noneMatch(g -> g.span().start() < n.span().end() && n.span().start() < g.span().end())) {
                noted.add(n.taskNumber());
                byTask.put(n.taskNumber(), n);
            }
        }
        for (ResponsibilityNote n : grouped) {
            if (noted.contains(n.taskNumber())) {
                continue;
            }
            byTask.merge(n.taskNumber(), n, (a, b) -> {
                List<UnitRef> units = new ArrayList<>(a.units());
                units.addAll(b.units());
                return new ResponsibilityNote(a.taskNumber(), units, a.span());
            });
        }
        return new ArrayList<>(byTask.values());
    }

    /** Units named with a unit ending anywhere in the document: what a reversed token may be read as. */
    private static Set<String> knownUnits(List<ResponsibilityNote> notes, List<AnnexRow> annex) {
        Set<String> known = new HashSet<>();
        notes.forEach(n -> n.units().forEach(u -> addIfUnit(u, known)));
        annex.forEach(r -> r.units().forEach(u -> addIfUnit(u, known)));
        return known;
    }

    private static void addIfUnit(UnitRef unit, Set<String> known) {
        if (!UnitNames.suffixOf(unit.name()).isEmpty()) {
            known.add(unit.name());
        }
    }
}
