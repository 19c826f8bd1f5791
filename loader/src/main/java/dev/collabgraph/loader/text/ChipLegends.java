package dev.collabgraph.loader.text;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles a page gives by style alone: its units drawn as chips (<span class="tag tag-lead">市科技局</span>) and a legend
 * that shows a chip of each style with its meaning (<span class="tag tag-lead">深色标签</span>为牵头单位). Every chip
 * styled as a legend's chip takes that chip's role, which the text then says in words after it (市科技局（牵头）).
 */
final class ChipLegends {
    /** What follows a legend's chip: 为牵头单位, 表示配合部门. */
    private static final Pattern MEANING = Pattern.compile(
            "^[\\s\u3000]*(?:为|表示|代表|即)[\\s\u3000]*(牵头|配合|协办|参与|协同|责任)(?:单位|部门)");
    /** A chip names one unit; longer, an element is text. */
    private static final int MAX_CHIP = 30;

    private ChipLegends() {
    }

    /** The role word (牵头, 配合 …) of every chip among {@code boxes} styled as a legend's chip, by chip. */
    static Map<Element, String> of(Document page, Set<Element> boxes) {
        Map<Set<String>, String> meanings = new HashMap<>();
        Set<Element> legend = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element box : boxes) {
            Node next = box.nextSibling();
            if (next instanceof TextNode text && !box.classNames().isEmpty()) {
                Matcher m = MEANING.matcher(text.text());
                if (m.find()) {
                    meanings.putIfAbsent(new TreeSet<>(box.classNames()), m.group(1));
                    legend.add(box);
                }
            }
        }
        Map<Element, String> roles = new IdentityHashMap<>();
        if (meanings.size() < 2) {
            return roles; // one style explained says nothing about the others
        }
        for (Element box : boxes) {
            String role = meanings.get(new TreeSet<>(box.classNames()));
            if (role != null && !legend.contains(box) && box.text().length() <= MAX_CHIP) {
                roles.put(box, role);
            }
        }
        return roles;
    }
}
