package dev.collabgraph.bench.hanlp;

import com.hankcs.hanlp.seg.Segment;
import dev.collabgraph.loader.entity.TypeSuffixes;
import dev.collabgraph.model.Evidence;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.RelType;
import dev.collabgraph.model.Relationship;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HanLP segmentation as a left-boundary check for our suffix names (University, Enterprise, Platform, Park): a
 * name must start where a word starts. Only the clause before each mention is segmented (back to the previous
 * punctuation, at most {@link #WINDOW} characters), so the check costs little next to segmenting the whole text.
 * A node none of whose mentions starts at a word boundary is dropped, or, with {@code trim}, renamed to the part
 * after the first word boundary inside it when that part still ends in the same type suffix and has more than it.
 */
final class LeftBoundary {
    static final int WINDOW = 24;
    private static final String CLAUSE_BREAKS = "，。；：、,;:（）()《》“”\"\n\r\t 　";

    private LeftBoundary() {
    }

    /** {@code checked[0]} counts the suffix names checked, {@code checked[1]} those that failed the check. */
    static ExtractedGraph apply(ExtractedGraph ours, String text, Segment segment, boolean trim, int[] checked) {
        Map<String, List<Evidence>> mentions = new HashMap<>();
        for (Relationship r : ours.relationships()) {
            if (r.type() == RelType.MENTIONS) {
                mentions.computeIfAbsent(r.to(), k -> new ArrayList<>()).addAll(r.evidence());
            }
        }
        Set<String> names = new HashSet<>();
        ours.nodes().forEach(n -> names.add(n.label() + ":" + n.name()));
        List<Node> nodes = new ArrayList<>();
        for (Node n : ours.nodes()) {
            List<Evidence> at = mentions.getOrDefault(n.id(), List.of());
            if (!CandidateMerge.SUFFIX_TYPES.contains(n.label()) || at.isEmpty()) {
                nodes.add(n);
                continue;
            }
            checked[0]++;
            if (at.stream().anyMatch(e -> startsWord(text, e.start(), e.end(), segment))) {
                nodes.add(n);
                continue;
            }
            checked[1]++;
            String trimmed = trim ? trimmed(n.name(), text, at.get(0), segment) : null;
            if (trimmed != null && names.add(n.label() + ":" + trimmed)) {
                nodes.add(new Node(n.id(), n.label(), trimmed, n.aliases(), n.properties()));
            }
        }
        return new ExtractedGraph(ours.document(), nodes, ours.relationships(), ours.warnings());
    }

    /** Whether a word of the clause before {@code end} starts at {@code start}. */
    static boolean startsWord(String text, int start, int end, Segment segment) {
        int from = clauseStart(text, start);
        if (from == start) {
            return true;
        }
        for (Word w : HanlpText.words(segment, text, from, Math.min(end, text.length()))) {
            if (w.start() == start) {
                return true;
            }
            if (w.start() > start) {
                return false;
            }
        }
        return false;
    }

    private static int clauseStart(String text, int start) {
        int from = start;
        while (from > 0 && start - from < WINDOW && CLAUSE_BREAKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }

    /** The name after its first inner word boundary, or null when that is not a name of the same type. */
    private static String trimmed(String name, String text, Evidence e, Segment segment) {
        if (!name.equals(e.quote())) {
            return null;
        }
        for (Word w : HanlpText.words(segment, text, clauseStart(text, e.start()), Math.min(e.end(), text.length()))) {
            if (w.start() > e.start() && w.start() < e.end()) {
                String rest = name.substring(w.start() - e.start());
                boolean sameType = TypeSuffixes.labelOf(rest) == TypeSuffixes.labelOf(name);
                return sameType && rest.length() > TypeSuffixes.suffixLength(rest) ? rest : null;
            }
        }
        return null;
    }
}
