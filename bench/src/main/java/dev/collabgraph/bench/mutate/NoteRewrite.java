package dev.collabgraph.bench.mutate;

import dev.collabgraph.bench.eval.Gold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * {@code notes}: each task's responsibility note written again from its gold units and roles in another of the
 * genre's forms ({@link NoteForm}; the document's forms in an order of its own). The note is looked for between the
 * task's anchor and the next task's ({@link NoteFinder#ofTasks}); a task whose note is not found reliably (in a table, split
 * over several notes, its units repaired in the gold) is left as it is and counted skipped.
 */
final class NoteRewrite implements Mutation {
    @Override
    public String name() {
        return "notes";
    }

    @Override
    public MutatedDocument apply(MutatedDocument document, Random random) {
        String text = document.text();
        List<Gold.Task> tasks = document.gold().tasks();
        List<Optional<NoteFinder.Note>> notes = NoteFinder.ofTasks(text, document.gold());
        List<NoteForm> forms = new ArrayList<>(List.of(NoteForm.values()));
        Collections.shuffle(forms, random);
        String lineBreak = Lines.lineBreak(text);
        TextEdits edits = new TextEdits(text);
        int rewritten = 0;
        int skipped = 0;
        for (int i = 0; i < tasks.size(); i++) {
            List<Gold.Unit> units = tasks.get(i).units();
            if (units.isEmpty()) {
                continue;
            }
            Optional<NoteForm> form = notes.get(i).flatMap(n -> formFor(forms, units, n, text));
            if (form.isEmpty()) {
                skipped++;
                continue;
            }
            NoteFinder.Note found = notes.get(i).get();
            boolean ownLine = form.get().onItsOwnLine() && !Lines.atLineStart(text, found.start());
            edits.replace(found.start(), found.end(), (ownLine ? lineBreak : "") + form.get().write(units));
            rewritten++;
        }
        return document.edited(edits, rewritten, skipped);
    }

    /** The document's first form that writes these roles, in a shape other than the note's; a line only at one's end. */
    private static Optional<NoteForm> formFor(List<NoteForm> forms, List<Gold.Unit> units, NoteFinder.Note note,
                                              String text) {
        boolean endsLine = Lines.atLineEnd(text, note.end());
        return forms.stream().filter(f -> f.writes(units) && (!f.onItsOwnLine() || endsLine)
                && !f.shape(units).equals(note.shape())).findFirst();
    }
}
