package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A span's note is read once per text and given the number of the task that asks for it. */
class SpanNotesTest {
    private static final String TEXT = "1．建设检验检测平台。（牵头单位：市科技局；配合单位：市财政局）\n2．培育龙头企业。";

    @Test
    void aRememberedNoteTakesTheAskingTasksNumber() {
        Span body = new Span(0, TEXT.indexOf('\n'));
        Optional<ResponsibilityNote> first = NoteReader.read(TEXT, body, 1, "");
        Optional<ResponsibilityNote> again = NoteReader.read(TEXT, body, 7, "");
        assertThat(first).isPresent();
        assertThat(first.get().taskNumber()).isEqualTo(1);
        assertThat(again.get().taskNumber()).isEqualTo(7);
        assertThat(again.get().units()).isEqualTo(first.get().units());
        assertThat(again).isEqualTo(NoteReader.readUnremembered(TEXT, body, 7, ""));
        assertThat(NoteReader.read(TEXT, body, 0, "")).isEqualTo(NoteReader.readUnremembered(TEXT, body, 0, ""));
        assertThat(NoteReader.read(TEXT, new Span(TEXT.indexOf('\n') + 1, TEXT.length()), 2, "")).isEmpty();
    }
}
