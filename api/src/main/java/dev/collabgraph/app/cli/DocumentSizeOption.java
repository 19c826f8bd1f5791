package dev.collabgraph.app.cli;

import dev.collabgraph.loader.text.SizeLimit;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --max-document-mb N}: the largest document read (default 20 MB). A larger file is refused before it is read
 * into memory, by name, with its size and this option; extracting a document of N MB needs about 25·N MB of heap.
 */
public final class DocumentSizeOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private int maxDocumentMb = SizeLimit.DEFAULT_MB;

    @Option(names = "--max-document-mb", paramLabel = "MB", defaultValue = "" + SizeLimit.DEFAULT_MB,
            description = "Refuse documents larger than this, before reading them (default: ${DEFAULT-VALUE}).")
    void maxDocumentMb(int mb) {
        if (mb <= 0) {
            throw new ParameterException(spec.commandLine(),
                    "--max-document-mb must be a positive number of megabytes, not " + mb);
        }
        maxDocumentMb = mb;
    }

    public SizeLimit limit() {
        return SizeLimit.megabytes(maxDocumentMb, "--max-document-mb");
    }
}
