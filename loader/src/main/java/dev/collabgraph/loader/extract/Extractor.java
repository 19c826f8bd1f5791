package dev.collabgraph.loader.extract;

import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.entity.EntityExtractor;
import dev.collabgraph.loader.entity.EntityResult;
import dev.collabgraph.loader.structure.DocumentHeader;
import dev.collabgraph.loader.structure.DocumentStructure;
import dev.collabgraph.loader.structure.StructureParser;
import dev.collabgraph.loader.text.Cleaner;
import dev.collabgraph.loader.text.DocumentReader;
import dev.collabgraph.loader.text.MappedText;
import dev.collabgraph.loader.text.SourceText;
import dev.collabgraph.model.ExtractedGraph;

import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Document to graph, without a database: read (text, Word, PDF or HTML: {@link DocumentReader}), clean, read the structure, find entities and
 * relations, assemble nodes and relationships with evidence. Each stage is a plain function.
 */
public final class Extractor {
    private Extractor() {
    }

    public static ExtractedGraph extract(Path file) {
        return extract(DocumentReader.read(file));
    }

    public static ExtractedGraph extract(String name, byte[] bytes) {
        return extract(DocumentReader.decode(name, bytes));
    }

    public static ExtractedGraph extract(SourceText source) {
        return extract(source, EntityExtractor.standard());
    }

    /** Extracts with a given entity stage, e.g. one whose gazetteer a user extended ({@code --gazetteer}). */
    public static ExtractedGraph extract(SourceText source, EntityExtractor entityStage) {
        MappedText text = Cleaner.clean(source);
        if (text.text().codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            throw new BadDocumentException(source.name(), "no Chinese text: not a policy document");
        }
        Optional<Map.Entry<MappedText, String>> excerpt = StructureParser.periodicalExcerpt(text);
        if (excerpt.isPresent()) {
            text = excerpt.get().getKey(); // a gazette's pages: the one whole document among them
        }
        DocumentStructure structure = StructureParser.parse(text);
        if (excerpt.isPresent()) {
            List<String> warnings = new ArrayList<>(List.of(excerpt.get().getValue()));
            warnings.addAll(structure.warnings());
            structure = new DocumentStructure(structure.header(), structure.sections(), structure.tasks(),
                    structure.notes(), structure.indicators(), structure.annex(), structure.targets(), warnings);
        }
        // A table-first document has its work only in its task list (annex rows), none in numbered prose.
        boolean noWork = structure.tasks().isEmpty() && structure.annex().isEmpty();
        // A header says it is an official document; without one, government organs named in it say so (a page saved
        // without its masthead, minutes, a bulletin): prose about a walk in the park is neither, refused before its
        // names are looked for.
        if (noWork && !headed(structure.header()) && organs(text.text()) < MIN_ORGANS) {
            throw new BadDocumentException(source.name(), NO_STRUCTURE);
        }
        EntityResult entities = entityStage.apply(text, structure);
        if (noWork) {
            if (entities.mentions().isEmpty()) {
                throw new BadDocumentException(source.name(), NO_STRUCTURE);
            }
            // a policy document in a layout not understood: its names are still worth having, said loudly
            List<String> warnings = new ArrayList<>();
            warnings.add(NO_STRUCTURE + ": only the document's named entities and their relations are kept; "
                    + "its tasks and responsibilities are missing");
            warnings.addAll(structure.warnings());
            structure = new DocumentStructure(structure.header(), structure.sections(), structure.tasks(),
                    structure.notes(), structure.indicators(), structure.annex(), structure.targets(), warnings);
        }
        return GraphAssembler.assemble(text, structure, entities);
    }

    /** A header-less text naming this many organs is an administrative document, however it is laid out. */
    private static final int MIN_ORGANS = 3;

    private static final String NO_STRUCTURE =
            "no document structure found (no numbered tasks such as 1、… or 第一条 …, no task table)";
    /** Longer than this, a "title" is running text: no header was read. */
    private static final int MAX_TITLE = 80;

    /** Whether the header shows a policy document: a 文号, or a title of a title's length. */
    /** A government organ by its usual short name: 市科技局, 县财政局, 区委组织部, 省教育厅. */
    private static final Pattern ORGAN = Pattern.compile("[市县区省](?:委[\\p{IsHan}]{1,6}?部|[\\p{IsHan}]{1,8}?[局委厅办])(?![\\p{IsHan}]{0,2}[长任员])");

    /** How many distinct government organs a text names. */
    private static long organs(String text) {
        return ORGAN.matcher(text).results().map(java.util.regex.MatchResult::group).distinct().count();
    }

    private static boolean headed(DocumentHeader header) {
        return header != null && (header.number() != null && !header.number().isEmpty()
                || header.title() != null && !header.title().isEmpty() && header.title().length() <= MAX_TITLE);
    }
}
