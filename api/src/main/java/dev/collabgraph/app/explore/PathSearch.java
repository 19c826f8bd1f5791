package dev.collabgraph.app.explore;

import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.Walks;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The routes between two nodes, shortest first and, among routes of one length, in the order of their node ids: a
 * bounded bidirectional breadth-first search in this process. Each step expands, in one query, the whole frontier of
 * the side whose frontier has fewer relationships (so a hub such as a busy university's thousands of tasks is
 * expanded only when the other side is busier still) and stops once more than {@link #MAX_RELATIONSHIPS} would be
 * read. Routes of length {@code l} are then listed by a depth-first walk from {@code from} in id order, pruned by the
 * distance to {@code to} the search measured: once the two searches together span {@code l} levels every step the
 * walk may take is known (a node near {@code from} was expanded by its side, a step near {@code to} ends in a node the
 * other side expanded), so the walk reads nothing more. No level of a hub's size is begun past {@link #TIME_BUDGET}: the
 * answer stays bounded in time on a province's store, marked cut.
 */
final class PathSearch {
    private static final CypherStatement EXPAND = CypherFiles.load("queries/explore/expandPathFrontier");
    private static final CypherStatement EXPAND_LINKS = CypherFiles.load("queries/explore/expandPathLinks");
    private static final List<String> STRUCTURE = List.of("Task", "AnnexTask", "Indicator", "Target");
    /** Relationships the search reads at most (a level of both sides through a province's hubs is ≈ 150,000). */
    static final long MAX_RELATIONSHIPS = 400_000;
    /**
     * Time after which the search begins no further level that is not small; the routes found by then are answered,
     * marked cut. Under load the levels take longer and the search is cut sooner.
     */
    static final java.time.Duration TIME_BUDGET = java.time.Duration.ofMillis(1000);
    /** Levels of fewer relationships than this are read whatever the time: only a province's hubs make one slow. */
    static final long BUDGETED_LEVEL = 20_000;
    /**
     * Time a level's query may run past the deadline before the database stops it and the search answers cut: a level
     * begun just before the deadline (or a small one after it) may finish, but no level holds the answer for the
     * store's default 30 s.
     */
    static final java.time.Duration LEVEL_GRACE = java.time.Duration.ofSeconds(2);
    /** Steps the depth-first walk takes at most per length (each a look at one known neighbour, in memory). */
    private static final int MAX_WALK_STEPS = 2_000_000;

    /** The routes found, each its node ids from {@code from} to {@code to}; {@code cut} says the bound stopped it. */
    record Routes(List<List<String>> routes, boolean cut) {
    }

    private final GraphStore store;
    private final String from;
    private final String to;
    private final List<String> through;
    /** Whether structure nodes (tasks …) may lie between the ends: else only pair summaries are walked between them. */
    private final boolean structure;
    /** Neighbours a path may step to, for every node either side expanded (both directions of each relationship). */
    private final Map<String, TreeSet<String>> adjacent = new HashMap<>();
    private final Side forward;
    private final Side backward;
    private long read;
    /** {@link System#nanoTime()} past which no level that is not small is begun. */
    private final long deadline;

    private final class Side {
        final Map<String, Integer> distance = new HashMap<>();
        List<String> frontier;
        long frontierDegree;
        /** Levels expanded: every node closer than this to the side's end has all its steps in {@code adjacent}. */
        int expanded;
        final String end;
        final String other;

        Side(String end, String other) {
            this.end = end;
            this.other = other;
            this.distance.put(end, 0);
            this.frontier = List.of(end);
            this.frontierDegree = 1;
        }

        boolean exhausted() {
            return frontier.isEmpty();
        }

        void expand() {
            List<String> next = new ArrayList<>();
            long degree = 0;
            int level = expanded + 1;
            for (Walks.PathStep step : level()) {
                String target = step.to();
                if (target.equals(end)) {
                    continue;
                }
                TreeSet<String> steps = adjacent.computeIfAbsent(target, k -> new TreeSet<>());
                for (String s : step.froms()) {
                    steps.add(s);
                    adjacent.computeIfAbsent(s, k -> new TreeSet<>()).add(target);
                    read++;
                }
                // the other end is reached, never walked through
                if (!target.equals(other) && distance.putIfAbsent(target, level) == null) {
                    next.add(target);
                    // what expanding it will read: its summaries, or every relationship when tasks may lie between
                    degree += structure ? step.degree() : step.links();
                }
            }
            frontier = next;
            frontierDegree = degree;
            expanded = level;
        }

        /**
         * The neighbours of the frontier: an end's every relationship (a task at an end is reached through its own),
         * else what may lie between; walked directly in process, else by the statement that gives the same rows.
         */
        private List<Walks.PathStep> level() {
            boolean linksOnly = !structure && expanded > 0;
            List<String> ends = List.of(from, to);
            Optional<Walks> walks = store.walks();
            if (walks.isPresent()) {
                return walks.get().pathLevel(frontier, through, ends, linksOnly, levelTimeout());
            }
            Map<String, ?> arguments = Map.of("ids", frontier, "through", through, "ends", ends);
            return store.read(linksOnly ? EXPAND_LINKS : EXPAND, arguments, levelTimeout(), r -> new Walks.PathStep(
                    r.get("to").asString(), r.get("froms").asList(Value::asString),
                    linksOnly ? 0 : r.get("degree").asLong(), r.get("links").asLong()));
        }

        /** The distance from this side's end if the search measured it, else the least it can be. */
        int atLeast(String node) {
            Integer d = distance.get(node);
            return d != null ? d : exhausted() ? Integer.MAX_VALUE / 2 : expanded + 1;
        }
    }

    private PathSearch(GraphStore store, String from, String to, List<String> through, long deadline) {
        this.deadline = deadline;
        this.store = store;
        this.from = from;
        this.to = to;
        this.through = through;
        this.structure = through.stream().anyMatch(STRUCTURE::contains);
        this.forward = new Side(from, to);
        this.backward = new Side(to, from);
    }

    /**
     * Up to {@code wanted} routes of at most {@code maxHops} steps from {@code from} to {@code to} whose intermediate
     * nodes carry a label of {@code through}, shortest first, then by their node ids.
     */
    static Routes find(GraphStore store, String from, String to, int maxHops, List<String> through, int wanted) {
        return find(store, from, to, maxHops, through, wanted, System.nanoTime() + TIME_BUDGET.toNanos());
    }

    /** As {@link #find(GraphStore, String, String, int, List, int)}, expanding no level past {@code deadline}. */
    static Routes find(GraphStore store, String from, String to, int maxHops, List<String> through, int wanted,
                       long deadline) {
        return new PathSearch(store, from, to, through, deadline).routes(maxHops, wanted);
    }

    /**
     * Whether the deadline has passed before a level of {@code side} that is not small: then the search stops. A level
     * already begun is read to its end, so a search ends at most one level (itself bounded by
     * {@link #MAX_RELATIONSHIPS}) past the deadline. (A forecast from the pace of the levels before was tried: the
     * ends' own small levels cost far more per relationship than a hub's level, and it cut searches that would have
     * ended in time.)
     */
    /** What is left until the deadline plus {@link #LEVEL_GRACE} (never zero, which Neo4j reads as no limit). */
    private java.time.Duration levelTimeout() {
        long left = Math.max(0, deadline - System.nanoTime());
        return java.time.Duration.ofNanos(left).plus(LEVEL_GRACE);
    }

    /** Whether {@code e} is the database stopping a level's query at its timeout. */
    static boolean timedOut(RuntimeException e) {
        return e instanceof Neo4jException n && n.code() != null
                && n.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
    }

    private boolean overBudget(Side side) {
        // a small level costs little whatever the clock says (a cold start plans its queries first)
        return side.frontierDegree >= BUDGETED_LEVEL && System.nanoTime() >= deadline;
    }

    private Routes routes(int maxHops, int wanted) {
        List<List<String>> found = new ArrayList<>();
        if (from.equals(to)) {
            return new Routes(found, false);
        }
        for (int length = 1; length <= maxHops && found.size() < wanted; length++) {
            while (forward.expanded + backward.expanded < length && !(forward.exhausted() && backward.exhausted())) {
                // both ends first: a step into an end is then known from the end's side, whatever the labels
                Side side = forward.expanded == 0 ? forward : backward.expanded == 0 ? backward
                        : backward.exhausted() || (!forward.exhausted()
                        && forward.frontierDegree <= backward.frontierDegree) ? forward : backward;
                if (read + side.frontierDegree > MAX_RELATIONSHIPS || overBudget(side)) {
                    return new Routes(found, true);
                }
                try {
                    side.expand();
                } catch (RuntimeException e) {
                    if (!timedOut(e)) {
                        throw e;
                    }
                    // the level ran past its grace: what the levels before it found is the answer
                    return new Routes(found, true);
                }
            }
            walk(length, wanted, found);
        }
        return new Routes(found, false);
    }

    /** Adds the routes of exactly {@code length} steps, in id order, until {@code wanted} are found. */
    private void walk(int length, int wanted, List<List<String>> found) {
        List<String> route = new ArrayList<>();
        route.add(from);
        walk(route, length, wanted, found, new int[] {0});
    }

    private void walk(List<String> route, int length, int wanted, List<List<String>> found, int[] steps) {
        String at = route.get(route.size() - 1);
        int left = length - (route.size() - 1);
        if (left == 0) {
            if (at.equals(to)) {
                found.add(List.copyOf(route));
            }
            return;
        }
        for (String next : adjacent.getOrDefault(at, new TreeSet<>())) {
            if (found.size() >= wanted || ++steps[0] > MAX_WALK_STEPS) {
                return;
            }
            boolean end = next.equals(to);
            if (end != (left == 1) || route.contains(next) || backward.atLeast(next) > left - 1) {
                continue;
            }
            route.add(next);
            walk(route, length, wanted, found, steps);
            route.remove(route.size() - 1);
        }
    }
}
