package dev.collabgraph.bench.mutate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Random;

/**
 * {@code labels}: the tasks' numbering family changed to one the document does not use ((一) → 1. or (1), 1. → (一)
 * …), the same ordinal kept. Every label of that family at a line's start is rewritten with the tasks' (a document
 * numbers its items one way throughout), except in table rows; a task numbered inside a paragraph (一是…) keeps a
 * family that stands inside one. A task whose label is of no known family, or whose family finds no free one, is
 * left as it is and counted skipped.
 */
final class Relabel implements Mutation {
    @Override
    public String name() {
        return "labels";
    }

    @Override
    public MutatedDocument apply(MutatedDocument document, Random random) {
        String text = document.text();
        List<AnchorSpans.Span> spans = AnchorSpans.locate(text, document.gold().tasks());
        List<LabelFamily.Label> taskLabels = new ArrayList<>();
        int skipped = 0;
        for (AnchorSpans.Span span : spans) {
            Optional<LabelFamily.Label> label = span == null ? Optional.empty() : LabelFamily.at(text, span.start());
            label.ifPresent(taskLabels::add);
            skipped += label.isEmpty() ? 1 : 0;
        }
        Map<LabelFamily, LabelFamily> into = targets(text, taskLabels, random);
        TextEdits edits = new TextEdits(text);
        Set<Integer> relabelled = new java.util.HashSet<>();
        for (LabelFamily.Label label : taskLabels) {
            LabelFamily target = into.get(label.family());
            if (target == null) {
                skipped++;
            } else if (relabelled.add(label.start())) {
                edits.replace(label.start(), label.end(), target.write(label.ordinal()));
            }
        }
        for (Lines.Line line : Lines.of(text)) {
            int start = Lines.firstNonBlank(text, line);
            if (start >= line.end() || relabelled.contains(start) || Lines.laidOut(line.of(text))) {
                continue;
            }
            Optional<LabelFamily.Label> label = LabelFamily.at(text, start);
            if (label.isPresent() && into.containsKey(label.get().family()) && relabelled.add(start)) {
                edits.replace(start, label.get().end(), into.get(label.get().family()).write(label.get().ordinal()));
            }
        }
        return document.edited(edits, relabelled.size(), skipped);
    }

    /** A family for each family of the tasks' labels, none the document already uses, picked by the seed. */
    private static Map<LabelFamily, LabelFamily> targets(String text, List<LabelFamily.Label> taskLabels,
                                                         Random random) {
        Map<LabelFamily, List<LabelFamily.Label>> byFamily = new LinkedHashMap<>();
        taskLabels.forEach(l -> byFamily.computeIfAbsent(l.family(), f -> new ArrayList<>()).add(l));
        Set<LabelFamily> taken = used(text);
        taken.addAll(byFamily.keySet());
        Map<LabelFamily, LabelFamily> into = new EnumMap<>(LabelFamily.class);
        for (Map.Entry<LabelFamily, List<LabelFamily.Label>> family : byFamily.entrySet()) {
            int most = family.getValue().stream().mapToInt(LabelFamily.Label::ordinal).max().orElse(0);
            boolean inline = family.getValue().stream().anyMatch(l -> !Lines.atLineStart(text, l.start()));
            List<LabelFamily> free = new ArrayList<>(List.of(LabelFamily.TARGETS));
            free.removeIf(f -> taken.contains(f) || !f.fits(most, inline));
            if (!free.isEmpty()) {
                Collections.shuffle(free, random);
                into.put(family.getKey(), free.get(0));
                taken.add(free.get(0));
            }
        }
        return into;
    }

    /** The families that number some line of the text (a table's aside). */
    private static Set<LabelFamily> used(String text) {
        Set<LabelFamily> used = EnumSet.noneOf(LabelFamily.class);
        for (Lines.Line line : Lines.of(text)) {
            int start = Lines.firstNonBlank(text, line);
            if (start < line.end() && !Lines.laidOut(line.of(text))) {
                LabelFamily.at(text, start).ifPresent(l -> used.add(l.family()));
            }
        }
        return used;
    }
}
