package dev.collabgraph.bench.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A format a plain-text document is copied into, with the file extension the copy is saved under. {@code TXT}, the
 * text saved again as UTF-8, is the control: the same documents scored the same way, nothing lost to a format.
 */
public enum CopyFormat {
    TXT("txt"), DOCX("docx"), PDF("pdf"), HTML("html");

    private final String extension;

    CopyFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The copy's bytes: what a publishing tool would save from {@code text}. */
    public byte[] render(String text) throws IOException {
        return switch (this) {
            case TXT -> text.getBytes(StandardCharsets.UTF_8);
            case DOCX -> DocxCopy.render(text);
            case PDF -> PdfCopy.render(text);
            case HTML -> HtmlCopy.render(text);
        };
    }

    /** The format named {@code name} (txt, docx, pdf, html; any case). */
    public static CopyFormat of(String name) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no copy format " + name + ": one of "
                        + Arrays.stream(values()).map(f -> f.extension).toList()));
    }

    @Override
    public String toString() {
        return name().toUpperCase(Locale.ROOT);
    }
}
