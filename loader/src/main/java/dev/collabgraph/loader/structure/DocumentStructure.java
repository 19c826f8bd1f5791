package dev.collabgraph.loader.structure;

import java.util.List;

/** Everything the structure stage reads from a document, in logical-text spans. */
public record DocumentStructure(DocumentHeader header, List<SectionBlock> sections, List<TaskBlock> tasks,
                                List<ResponsibilityNote> notes, List<IndicatorRow> indicators, List<AnnexRow> annex,
                                List<TargetFact> targets, List<String> warnings) {
    public DocumentStructure {
        sections = List.copyOf(sections);
        tasks = List.copyOf(tasks);
        notes = List.copyOf(notes);
        indicators = List.copyOf(indicators);
        annex = List.copyOf(annex);
        targets = List.copyOf(targets);
        warnings = List.copyOf(warnings);
    }
}
