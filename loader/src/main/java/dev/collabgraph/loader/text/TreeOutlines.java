package dev.collabgraph.loader.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan exported from a mind map as an outline drawn with tree marks (├─ 一、平台载体 / │  ├─ 1. 推进… /
 * │  │  ├─ 牵头：区科技局): read as the document it outlines. Each node is written as a line of its own without the
 * marks; a line of marks alone (│  │  │  …) goes on with the node above it, its text wrapped; a node that only labels
 * the units under it (牵头单位 over one unit per child) is written as a labelled list (牵头单位：A、B); a tag after a
 * unit (区科技局 🏷牵头) is written as its role in brackets (区科技局（牵头）).
 */
final class TreeOutlines {
    /** The marks a node's line opens with, and the blanks between them. */
    private static final String MARKS = "│├└─┣┗┃━ \u3000\t";
    /** A label whose children are units: 牵头单位, 配合部门, 责任单位. */
    private static final Pattern UNIT_LABEL = Pattern.compile("^(?:牵头|配合|责任|协同|协办|主办|参与)(?:单位|部门)$");
    /** A tag a mind map sets after a node (🏷牵头). */
    private static final Pattern TAG = Pattern.compile("[ \u3000]*(?:🏷|🔖|#)(牵头|配合|协同|主办|协办)");
    /** Nodes a text needs to be such an outline. */
    private static final int MIN_NODES = 8;

    private TreeOutlines() {
    }

    /** A node: its line, where its text starts, its depth (where its mark stands). */
    private record Node(Rewrite.Line line, int textStart, int depth) {
    }

    /** The outline written as lines, or empty when {@code text} is none. */
    static Optional<Rewrite.Rearranged> rewrite(String text) {
        List<Rewrite.Line> lines = Rewrite.lines(text);
        List<Node> nodes = new ArrayList<>();
        int branches = 0;
        for (int i = 0; i < lines.size(); i++) {
            Rewrite.Line line = lines.get(i);
            int k = line.start();
            int branch = -1;
            while (k < line.end() && MARKS.indexOf(text.charAt(k)) >= 0) {
                if (branch < 0 && (text.charAt(k) == '├' || text.charAt(k) == '└' || text.charAt(k) == '┣'
                        || text.charAt(k) == '┗')) {
                    branch = k - line.start();
                }
                k++;
            }
            if (branch >= 0 && k < line.end()) {
                branches++;
            }
            nodes.add(new Node(line, k, branch));
        }
        if (branches < MIN_NODES || text.indexOf('┼') >= 0 || text.indexOf('┌') >= 0) {
            return Optional.empty(); // a table drawn with box marks (┌┬┐ ├┼┤) has its own reader
        }
        Rewrite rewrite = new Rewrite(text);
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            Rewrite.Line line = node.line();
            if (node.textStart() == line.start()) {
                continue; // a line without marks: the outline's root, or text around it
            }
            if (node.textStart() >= line.end()) {
                rewrite.replace(line.start(), line.end(), () -> { }); // marks alone
                continue;
            }
            if (node.depth() < 0) {
                // the wrapped rest of the node above: glued to it, the line break and marks dropped
                int from = line.start() > 0 ? line.start() - 1 : line.start();
                rewrite.replace(from, node.textStart(), () -> { });
            } else {
                // a node is a paragraph of its own, opened by the indent a paragraph has: the cleaner then does not
                // join it to a long node above as if that one had wrapped
                int at = line.start();
                rewrite.replace(line.start(), node.textStart(), () -> rewrite.add("\u3000\u3000", at));
            }
            String own = text.substring(node.textStart(), line.end());
            List<Node> children = UNIT_LABEL.matcher(own.strip()).matches() ? children(nodes, i) : List.of();
            if (!children.isEmpty() && children.stream().allMatch(c -> children(nodes, nodes.indexOf(c)).isEmpty())) {
                // 牵头单位 over its units, one per child: one labelled list
                int labelEnd = line.end();
                rewrite.replace(labelEnd, labelEnd, () -> rewrite.add("：", labelEnd - 1));
                for (int c = 0; c < children.size(); c++) {
                    Node child = children.get(c);
                    String separator = c == 0 ? "" : "、";
                    int at = child.textStart();
                    rewrite.replace(child.line().start() - 1, child.textStart(), () -> rewrite.add(separator, at));
                    tag(text, rewrite, child.textStart(), child.line().end());
                }
                i = nodes.indexOf(children.get(children.size() - 1));
                continue;
            }
            tag(text, rewrite, node.textStart(), line.end());
        }
        return rewrite.finish();
    }

    /** A tag after a unit (🏷牵头) written as its role in brackets. */
    private static void tag(String text, Rewrite rewrite, int from, int to) {
        Matcher m = TAG.matcher(text).region(from, to);
        if (m.find()) {
            String role = "（" + m.group(1) + "）";
            int at = m.start();
            rewrite.replace(m.start(), m.end(), () -> rewrite.add(role, at));
        }
    }

    /** The nodes right under node {@code i}: those after it one level deeper, up to the next at its depth or above. */
    private static List<Node> children(List<Node> nodes, int i) {
        List<Node> children = new ArrayList<>();
        int depth = nodes.get(i).depth();
        if (depth < 0) {
            return children;
        }
        int childDepth = -1;
        for (int j = i + 1; j < nodes.size(); j++) {
            Node n = nodes.get(j);
            if (n.depth() < 0) {
                continue; // a wrapped line or text without marks
            }
            if (n.depth() <= depth) {
                break;
            }
            if (childDepth < 0) {
                childDepth = n.depth();
            }
            if (n.depth() == childDepth) {
                children.add(n);
            }
        }
        return children;
    }
}
