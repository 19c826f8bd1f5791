package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The notes {@link NoteReader#read} found in the thread's current text (compared by identity: a document's text is one
 * String), by span: the outline, the notes standing above their items and the parts' default leads read many of the
 * same task bodies and lines again (a quarter of the reads of a bench document). What a read finds depends on the
 * text, the span, the city and whether a task is numbered; the task's number is only stamped on the note.
 */
final class SpanNotes {
    private static final ThreadLocal<SpanNotes> CURRENT = new ThreadLocal<>();

    private final String text;
    private final Map<Key, Optional<ResponsibilityNote>> found = new HashMap<>();

    private record Key(int start, int end, String city, boolean numbered) {
    }

    private SpanNotes(String text) {
        this.text = text;
    }

    static Optional<ResponsibilityNote> read(String text, Span body, int taskNumber, String city) {
        SpanNotes notes = CURRENT.get();
        if (notes == null || notes.text != text) {
            notes = new SpanNotes(text);
            CURRENT.set(notes);
        }
        Key key = new Key(body.start(), body.end(), city, taskNumber > 0);
        Optional<ResponsibilityNote> note = notes.found.get(key);
        if (note == null) {
            note = NoteReader.readUnremembered(text, body, taskNumber, city);
            notes.found.put(key, note);
        }
        return note.isEmpty() || note.get().taskNumber() == taskNumber ? note
                : Optional.of(new ResponsibilityNote(taskNumber, note.get().units(), note.get().span()));
    }
}
