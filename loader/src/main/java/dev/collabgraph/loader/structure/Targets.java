package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs {@link TargetReader} over the prose of the body and places each goal in its task or section. */
final class Targets {
    private Targets() {
    }

    static List<TargetFact> read(List<Paragraph> body, OutlineReader.Outline outline) {
        List<TargetFact> targets = new ArrayList<>();
        for (Paragraph p : body) {
            if (p.isTableRow()) {
                continue;
            }
            int task = outline.tasks().stream().filter(t -> t.body().contains(p.span())).mapToInt(TaskBlock::number)
                    .findFirst().orElse(0);
            String section = outline.sections().stream().filter(s -> s.body().contains(p.span()))
                    .max(Comparator.comparingInt(SectionBlock::level)).map(SectionBlock::key).orElse("");
            targets.addAll(TargetReader.read(p, task, section));
        }
        return targets;
    }
}
