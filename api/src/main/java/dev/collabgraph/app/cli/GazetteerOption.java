package dev.collabgraph.app.cli;

import dev.collabgraph.loader.entity.EntityExtractor;
import dev.collabgraph.loader.entity.Gazetteer;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code --gazetteer FILE}: names no rule can catch (brands, abbreviations), added to the built-in gazetteer.
 * Lines are {@code label<TAB>canonical name<TAB>alias|alias}, {@code #} starts a comment.
 */
public final class GazetteerOption {
    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "Extra names (TSV: label, canonical name, aliases separated by |) over the built-in gazetteer.")
    Path gazetteer;

    /** The entity stage to extract with: the built-in gazetteer, or the user's file laid over it. */
    public EntityExtractor entityStage() {
        return gazetteer == null ? EntityExtractor.standard() : EntityExtractor.with(Gazetteer.load(gazetteer));
    }
}
