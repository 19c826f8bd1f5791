package dev.collabgraph.bench.eval;

import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.RelType;
import dev.collabgraph.model.Relationship;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scores one document's extraction against its gold file. */
final class Scorer {
    /** An extracted task may start this many characters before its gold anchor (a label or space left out). */
    private static final int SLACK = 4;
    private static final Set<Label> INDUSTRY_SIDE = Set.of(Label.Enterprise, Label.Platform, Label.Park, Label.Industry);

    private final String name;
    private final Gold gold;
    private final ExtractedGraph graph;
    private final String text;
    /**
     * The text with each run of blanks (tabs too) as one space: where anchors are looked for (a PDF's gaps vary in
     * width, and its ruled tables are read cell by cell).
     */
    private final Squeezed blanksSqueezed;
    /** Scoring a copy in another format: an item whose anchor the copy's layout broke is matched by its title. */
    private final boolean copy;

    /**
     * A text with runs of blanks made one space and the blanks at a line's ends dropped, and where each of its
     * characters stands in the original; or, {@code anyWhitespace}, with every blank, tab and line break dropped.
     */
    private static final class Squeezed {
        final String text;
        final int[] origin;
        final boolean anyWhitespace;

        Squeezed(String original, boolean anyWhitespace) {
            this.anyWhitespace = anyWhitespace;
            StringBuilder out = new StringBuilder(original.length());
            int[] at = new int[original.length() + 1];
            int n = 0;
            for (int i = 0; i < original.length(); i++) {
                char c = original.charAt(i);
                boolean blank = c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
                if (anyWhitespace && (blank || Character.isWhitespace(c))) {
                    continue;
                }
                // a line's indent and trailing blanks go too: an anchor over two lines of a laid-out table is
                // written without the columns' padding
                if (blank && n > 0 && (out.charAt(n - 1) == ' ' || out.charAt(n - 1) == '\n')) {
                    continue;
                }
                if (c == '\n' && n > 0 && out.charAt(n - 1) == ' ') {
                    out.setLength(--n);
                }
                out.append(blank ? ' ' : c);
                at[n++] = i;
            }
            at[n] = original.length();
            this.text = out.toString();
            this.origin = java.util.Arrays.copyOf(at, n + 1);
        }

        /** Where {@code anchor}, blanks squeezed, first stands in the original at or after {@code from}; -1 if nowhere. */
        int indexOf(String anchor, int from) {
            int start = 0;
            while (start < text.length() && origin[start] < from) {
                start++;
            }
            int found = text.indexOf(new Squeezed(anchor, anyWhitespace).text, start);
            return found < 0 ? -1 : origin[found];
        }
    }
    private final String city;
    private final Map<String, Node> nodes = new HashMap<>();
    private final List<String> misses = new ArrayList<>();

    private Scorer(String name, Gold gold, ExtractedGraph graph, String text, boolean anyWhitespace) {
        this.name = name;
        this.gold = gold;
        this.graph = graph;
        this.text = text;
        this.blanksSqueezed = new Squeezed(text, anyWhitespace);
        this.copy = anyWhitespace;
        this.city = gold.document() == null ? "" : gold.document().city();
        graph.nodes().forEach(n -> nodes.put(n.id(), n));
    }

    /** {@code text} is the decoded original text the evidence offsets refer to. */
    static DocumentScore score(String name, Gold gold, ExtractedGraph graph, String text) {
        return new Scorer(name, gold, graph, text, false).score();
    }

    /**
     * As {@link #score(String, Gold, ExtractedGraph, String)}, anchors looked for with every whitespace dropped: for
     * a copy in another format, whose table cells and wrapped lines no longer stand as the gold's anchors write them
     * (a tab become a line break, a line broken at the page's width).
     */
    static DocumentScore scoreCopy(String name, Gold gold, ExtractedGraph graph, String text) {
        return new Scorer(name, gold, graph, text, true).score();
    }

    private DocumentScore score() {
        Matching tasks = match("task", gold.tasks(), Label.Task);
        Tally titles = titles(tasks);
        Tally[] responsibilities = responsibilities("task", tasks);
        Matching annex = match("annex row", gold.annex(), Label.AnnexTask);
        Tally[] annexResponsibilities = responsibilities("annex row", annex);
        Map<String, Tally> entities = new LinkedHashMap<>();
        for (String type : DocumentScore.TYPES) {
            entities.put(type, entities(type));
        }
        return new DocumentScore(name, gold, tasks.tally(), titles, responsibilities[0], responsibilities[1],
                annex.tally(), annexResponsibilities[0], indicators(), entities, industryAcademia(), List.copyOf(misses));
    }

    /** Gold items and the extracted node each was matched to (null when none). */
    private record Matching(List<Gold.Task> gold, List<Node> matched, int extracted) {
        Tally tally() {
            int found = (int) matched.stream().filter(n -> n != null).count();
            return new Tally(gold.size(), found, extracted, found);
        }

        /** The gold index of an extracted node, -1 when it matched none. */
        int indexOf(String nodeId) {
            for (int i = 0; i < matched.size(); i++) {
                if (matched.get(i) != null && matched.get(i).id().equals(nodeId)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** The first extracted node not yet taken whose title is the gold item's, blanks aside; null when none is. */
    private Node byTitle(Gold.Task item, Map<String, Integer> starts, Set<String> taken, Label label) {
        if (item.title() == null) {
            return null;
        }
        String title = item.title().replaceAll("\\s+", "");
        return starts.entrySet().stream().filter(e -> !taken.contains(e.getKey()))
                .sorted(Map.Entry.comparingByValue())
                .map(e -> nodes.get(e.getKey()))
                .filter(n -> n.label() == label && n.name().replaceAll("\\s+", "").equals(title))
                .findFirst().orElse(null);
    }

    /** Gold tasks located by their anchors, in order, matched to the extracted node that starts there. */
    private Matching match(String what, List<Gold.Task> goldItems, Label label) {
        Map<String, Integer> starts = new HashMap<>();
        for (Relationship r : graph.relationships()) {
            Node to = nodes.get(r.to());
            if (r.type() == RelType.HAS_TASK && to != null && to.label() == label && !r.evidence().isEmpty()) {
                starts.merge(r.to(), r.evidence().get(0).start(), Math::min);
            }
        }
        List<Node> matched = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        int from = 0;
        for (Gold.Task item : goldItems) {
            int at = item.anchor() == null ? -1 : blanksSqueezed.indexOf(item.anchor(), from);
            if (at < 0 && copy) {
                // a copy's table wraps a title inside its cell, so no anchor over two cells stands in its text
                Node titled = byTitle(item, starts, taken, label);
                if (titled == null) {
                    misses.add(what + " not found (anchor broken in the copy): " + item.anchor());
                } else {
                    taken.add(titled.id());
                }
                matched.add(titled);
                continue;
            }
            if (at < 0) {
                misses.add(what + " anchor not in the text (gold problem): " + item.anchor());
                matched.add(null);
                continue;
            }
            from = at + 1;
            Node best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Map.Entry<String, Integer> start : starts.entrySet()) {
                int s = start.getValue();
                if (!taken.contains(start.getKey()) && s >= at - SLACK && s < at + item.anchor().length()
                        && Math.abs(s - at) < bestDistance) {
                    best = nodes.get(start.getKey());
                    bestDistance = Math.abs(s - at);
                }
            }
            if (best == null) {
                misses.add(what + " not found: " + item.anchor());
            } else {
                taken.add(best.id());
            }
            matched.add(best);
        }
        for (String id : starts.keySet()) {
            if (!taken.contains(id)) {
                misses.add(what + " extracted but not in the gold: " + nodes.get(id).name());
            }
        }
        return new Matching(goldItems, matched, starts.size());
    }

    private Tally titles(Matching tasks) {
        int exact = 0;
        for (int i = 0; i < tasks.gold().size(); i++) {
            Node node = tasks.matched().get(i);
            String want = tasks.gold().get(i).title();
            String got = node == null ? null : String.valueOf(node.properties().getOrDefault("title", node.name()));
            if (node != null && Names.titleKey(want).equals(Names.titleKey(got))) {
                exact++;
            } else if (node != null) {
                misses.add("title: want «" + want + "» got «" + got + "»");
            }
        }
        return new Tally(tasks.gold().size(), exact, 0, 0);
    }

    /** [pairs, roles] for the responsibilities of matched tasks or rows. */
    private Tally[] responsibilities(String what, Matching matching) {
        int expected = matching.gold().stream().mapToInt(t -> t.units().size()).sum();
        Set<String> foundPairs = new HashSet<>();
        int returned = 0;
        int correct = 0;
        int rolesRight = 0;
        Set<String> seen = new HashSet<>();
        for (Relationship r : graph.relationships()) {
            Node task = nodes.get(r.to());
            Node unit = nodes.get(r.from());
            if (r.type() != RelType.RESPONSIBLE_FOR || task == null || unit == null
                    || !(task.label() == Label.Task && what.equals("task")
                    || task.label() == Label.AnnexTask && what.equals("annex row"))) {
                continue;
            }
            if (!seen.add(r.from() + "|" + r.to())) {
                continue;
            }
            returned++;
            int index = matching.indexOf(task.id());
            Set<String> unitKeys = Names.keys("Unit", unit.name(), unit.aliases(), city);
            boolean hit = false;
            if (index >= 0) {
                List<Gold.Unit> units = matching.gold().get(index).units();
                for (int u = 0; u < units.size(); u++) {
                    if (Names.overlap(unitKeys, Names.keys("Unit", units.get(u).name(), city))
                            && foundPairs.add(index + "|" + u)) {
                        hit = true;
                        String want = units.get(u).role() == null ? "unspecified" : units.get(u).role();
                        Object role = r.properties().get("role");
                        String got = role == null ? "unspecified" : role.toString();
                        if (want.equals(got)) {
                            rolesRight++;
                        } else {
                            misses.add(what + " role of " + unit.name() + " in «" + task.name() + "»: want " + want
                                    + " got " + got);
                        }
                        break;
                    }
                }
            }
            if (hit) {
                correct++;
            } else if (index >= 0) {
                misses.add(what + " unit not in the gold: " + unit.name() + " → «" + task.name() + "»");
            }
        }
        for (int i = 0; i < matching.gold().size(); i++) {
            List<Gold.Unit> units = matching.gold().get(i).units();
            for (int u = 0; u < units.size(); u++) {
                if (!foundPairs.contains(i + "|" + u) && matching.matched().get(i) != null) {
                    misses.add(what + " unit missed: " + units.get(u).name() + " → «" + matching.gold().get(i).title()
                            + "»");
                }
            }
        }
        return new Tally[] {new Tally(expected, foundPairs.size(), returned, correct),
                new Tally(foundPairs.size(), rolesRight, 0, 0)};
    }

    /** Gold (indicator, year) values found exactly in an indicator table row or a target of the extraction. */
    private Tally indicators() {
        List<Node> indicators = graph.nodes().stream().filter(n -> n.label() == Label.Indicator).toList();
        List<Node> targets = graph.nodes().stream().filter(n -> n.label() == Label.Target).toList();
        int expected = 0;
        int found = 0;
        Set<String> matchedValues = new HashSet<>();
        for (Gold.Indicator indicator : gold.indicators()) {
            String want = Names.key(indicator.name());
            for (Map.Entry<String, Double> value : indicator.values().entrySet()) {
                expected++;
                boolean hit = false;
                for (Node n : indicators) {
                    Object values = n.properties().get("values");
                    if (similar(want, Names.key(n.name())) && values instanceof Map<?, ?> byYear
                            && same(byYear.get(value.getKey()), value.getValue())) {
                        hit = true;
                        matchedValues.add(n.id() + "|" + value.getKey());
                        break;
                    }
                }
                for (Node t : targets) {
                    Map<String, Object> p = t.properties();
                    if (!hit && similar(want, Names.key(String.valueOf(p.get("metric"))))
                            && String.valueOf(p.get("year")).equals(value.getKey()) && same(p.get("value"), value.getValue())) {
                        hit = true;
                    }
                }
                if (hit) {
                    found++;
                } else {
                    misses.add("indicator value missed: " + indicator.name() + " " + value.getKey() + " = " + value.getValue());
                }
            }
        }
        int returned = 0;
        for (Node n : indicators) {
            if (n.properties().get("values") instanceof Map<?, ?> byYear) {
                returned += byYear.size();
            }
        }
        return new Tally(expected, found, returned, Math.min(returned, matchedValues.size()));
    }

    private static boolean similar(String a, String b) {
        return a.equals(b) || Math.min(a.length(), b.length()) >= 4 && (a.contains(b) || b.contains(a));
    }

    private static boolean same(Object got, double want) {
        return got instanceof Number n && Math.abs(n.doubleValue() - want) < 1e-6;
    }

    private Tally entities(String type) {
        Label label = Label.valueOf(type);
        List<Gold.Entity> wanted = gold.entities().getOrDefault(type, List.of());
        List<Set<String>> wantedKeys = wanted.stream().map(e -> Names.keys(type, e.name(), e.aliases(), city)).toList();
        boolean[] found = new boolean[wanted.size()];
        int returned = 0;
        int correct = 0;
        for (Node n : graph.nodes()) {
            if (n.label() != label) {
                continue;
            }
            returned++;
            Set<String> keys = Names.keys(type, n.name(), n.aliases(), city);
            boolean hit = false;
            for (int i = 0; i < wanted.size(); i++) {
                if (Names.overlap(keys, wantedKeys.get(i))) {
                    found[i] = true;
                    hit = true;
                }
            }
            if (hit) {
                correct++;
            } else {
                misses.add(type + " not in the gold: " + n.name());
            }
        }
        int foundCount = 0;
        for (int i = 0; i < found.length; i++) {
            if (found[i]) {
                foundCount++;
            } else {
                misses.add(type + " missed: " + wanted.get(i).name());
            }
        }
        return new Tally(wanted.size(), foundCount, returned, correct);
    }

    private Tally industryAcademia() {
        Set<String> extracted = new HashSet<>();
        List<KeyPair> pairs = new ArrayList<>();
        for (Relationship r : graph.relationships()) {
            Node a = nodes.get(r.from());
            Node b = nodes.get(r.to());
            if (r.type() == RelType.MENTIONS || a == null || b == null) {
                continue;
            }
            Node university = a.label() == Label.University ? a : b.label() == Label.University ? b : null;
            Node partner = university == a ? b : a;
            if (university == null || !INDUSTRY_SIDE.contains(partner.label())
                    || !extracted.add(university.id() + "|" + partner.id())) {
                continue;
            }
            pairs.add(new KeyPair(Names.keys("University", university.name(), university.aliases(), city),
                    Names.keys(partner.label().name(), partner.name(), partner.aliases(), city),
                    university.name() + " — " + partner.name() + " (" + r.type() + ", "
                            + (r.evidence().isEmpty() ? "" : r.evidence().get(0).rule()) + ")"));
        }
        int found = 0;
        boolean[] used = new boolean[pairs.size()];
        for (Gold.Pair pair : gold.industryAcademia()) {
            Set<String> u = universityKeys(pair.university());
            Set<String> p = Names.keys(pair.partnerLabel() == null ? "Enterprise" : pair.partnerLabel(), pair.partner(),
                    aliasesOf(pair.partnerLabel(), pair.partner()), city);
            boolean hit = false;
            for (int i = 0; i < pairs.size(); i++) {
                if (Names.overlap(pairs.get(i).university(), u) && Names.overlap(pairs.get(i).partner(), p)) {
                    hit = true;
                    used[i] = true;
                }
            }
            if (hit) {
                found++;
            } else {
                misses.add("industry–academia link missed: " + pair.university() + " — " + pair.partner());
            }
        }
        int correct = 0;
        for (int i = 0; i < used.length; i++) {
            if (used[i]) {
                correct++;
            } else {
                misses.add("industry–academia link not in the gold: " + pairs.get(i).label());
            }
        }
        return new Tally(gold.industryAcademia().size(), found, pairs.size(), correct);
    }

    /** The name keys of an extracted (university, partner) link. */
    private record KeyPair(Set<String> university, Set<String> partner, String label) {
    }

    private Set<String> universityKeys(String name) {
        return Names.keys("University", name, aliasesOf("University", name), city);
    }

    /** The gold aliases of the entity a pair names, so that a pair may name it by any of its names. */
    private List<String> aliasesOf(String type, String name) {
        for (Gold.Entity e : gold.entities().getOrDefault(type == null ? "Enterprise" : type, List.of())) {
            if (e.name().equals(name) || e.aliases().contains(name)) {
                List<String> all = new ArrayList<>(e.aliases());
                all.add(e.name());
                return all;
            }
        }
        return List.of();
    }
}
