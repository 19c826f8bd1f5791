package dev.collabgraph.app.query;

import dev.collabgraph.app.http.Wording;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first line of defence of the Cypher console: reads the statement's skeleton (strings, comments and quoted
 * names blanked out, so their content cannot hide or fake a keyword) and refuses anything that is not a plain
 * read: write and admin clauses, LOAD CSV, {@code IN TRANSACTIONS}, {@code USE}, procedures outside an
 * allow-list and namespaced functions outside the built-in temporal, spatial and vector ones. The second line is
 * the planner's own verdict ({@code EXPLAIN}), the third the READ access mode of the transaction.
 */
public final class ReadOnlyGuard {
    private static final Set<String> FIRST_WORDS = Set.of("MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL");
    /** Clause words that write; admin commands (SHOW, GRANT, CREATE USER …) already fail the first-word check. */
    private static final List<String> FORBIDDEN = List.of("CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE",
            "FOREACH", "DROP");
    private static final List<Pattern> FORBIDDEN_PHRASES = List.of(
            Pattern.compile("(?i)\\bLOAD\\s+CSV\\b"),
            Pattern.compile("(?i)\\bIN\\s+(?:\\d+\\s+)?(?:CONCURRENT\\s+)?TRANSACTIONS\\b"),
            Pattern.compile("(?i)\\bPERIODIC\\s+COMMIT\\b"),
            Pattern.compile("(?i)(?<![.\\w$:])USE\\s+[A-Za-z_`]"));
    /**
     * {@code range(a, b)} with literal bounds: a huge one inside an expression ({@code reduce}, a list comprehension)
     * is evaluated as one step that Neo4j cannot interrupt at the time limit, so it is refused; after UNWIND it is
     * row by row and the time limit and row cap stop it.
     */
    private static final Pattern LITERAL_RANGE = Pattern.compile("(?i)(\\bUNWIND\\s+)?\\brange\\s*\\(\\s*(-?\\d+)\\s*,\\s*(-?\\d+)");
    static final long MAX_EXPRESSION_RANGE = 1_000_000;
    /** A word not part of a property access, label, parameter or map key. */
    private static final Pattern WORD = Pattern.compile("(?<![.\\w$:])([A-Za-z_]+)(?!\\w)(?!\\s*:(?!:))");
    private static final Pattern PROCEDURE = Pattern.compile("(?i)\\bCALL\\s+(?![({])([A-Za-z_][\\w.]*)");
    private static final Pattern NAMESPACED_FUNCTION = Pattern.compile("(?<![\\w.$])([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)+)\\s*\\(");
    /** Procedures an analyst may call: schema introspection and the search indexes, nothing that changes state. */
    static final Set<String> ALLOWED_PROCEDURES = Set.of("db.labels", "db.relationshipTypes", "db.propertyKeys",
            "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
            "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships");
    private static final Set<String> ALLOWED_FUNCTION_NAMESPACES = Set.of("date", "datetime", "localdatetime",
            "localtime", "time", "duration", "point", "vector");

    private ReadOnlyGuard() {
    }

    /** Why the statement is refused, in both languages, or empty when it may go on to the planner. */
    public static Optional<Wording> refusal(String statement) {
        String skeleton = skeleton(statement).strip();
        if (skeleton.isEmpty()) {
            return Optional.of(new Wording("The query is empty", "查询为空"));
        }
        int semicolon = skeleton.indexOf(';');
        if (semicolon >= 0 && !skeleton.substring(semicolon + 1).isBlank()) {
            return Optional.of(new Wording("Only one statement at a time", "一次只能执行一条语句"));
        }
        Matcher words = WORD.matcher(skeleton);
        String first = words.find() ? words.group(1).toUpperCase(Locale.ROOT) : "";
        if (!FIRST_WORDS.contains(first)) {
            String not = first.isEmpty() ? "this" : first;
            return Optional.of(new Wording("Only read queries are allowed: start with MATCH, OPTIONAL MATCH, WITH, "
                    + "UNWIND, RETURN or CALL, not " + not,
                    "只允许只读查询：请以 MATCH、OPTIONAL MATCH、WITH、UNWIND、RETURN 或 CALL 开头，不能以 "
                            + (first.isEmpty() ? "此内容" : first) + " 开头"));
        }
        for (Pattern phrase : FORBIDDEN_PHRASES) {
            Matcher m = phrase.matcher(skeleton);
            if (m.find()) {
                String phraseText = m.group().strip().replaceAll("\\s+", " ");
                return Optional.of(new Wording("The console is read-only: " + phraseText + " is not allowed",
                        "控制台只读：不允许使用 " + phraseText));
            }
        }
        words.reset();
        while (words.find()) {
            String word = words.group(1).toUpperCase(Locale.ROOT);
            if (FORBIDDEN.contains(word)) {
                return Optional.of(new Wording("The console is read-only: " + word + " is not allowed",
                        "控制台只读：不允许使用 " + word));
            }
        }
        Matcher ranges = LITERAL_RANGE.matcher(skeleton);
        while (ranges.find()) {
            boolean unwound = ranges.group(1) != null;
            if (!unwound && Math.abs(Double.parseDouble(ranges.group(3)) - Double.parseDouble(ranges.group(2)))
                    > MAX_EXPRESSION_RANGE) {
                return Optional.of(new Wording("range() of more than " + MAX_EXPRESSION_RANGE
                        + " values inside an expression cannot be stopped at the time limit: UNWIND it instead",
                        "表达式中超过 " + MAX_EXPRESSION_RANGE + " 个值的 range() 无法在时限内停止：请改用 UNWIND"));
            }
        }
        Matcher procedures = PROCEDURE.matcher(skeleton);
        Set<Integer> procedureNames = new HashSet<>();
        while (procedures.find()) {
            procedureNames.add(procedures.start(1));
            if (!ALLOWED_PROCEDURES.contains(procedures.group(1))) {
                String allowed = String.join(", ", ALLOWED_PROCEDURES.stream().sorted().toList());
                return Optional.of(new Wording("Procedure " + procedures.group(1) + " is not allowed; allowed: "
                        + allowed, "不允许调用过程 " + procedures.group(1) + "；允许的过程：" + allowed));
            }
        }
        Matcher functions = NAMESPACED_FUNCTION.matcher(skeleton);
        while (functions.find()) {
            if (procedureNames.contains(functions.start(1))) {
                continue;  // CALL db.labels(): the allowed procedure, not a function
            }
            String name = functions.group(1);
            if (!ALLOWED_FUNCTION_NAMESPACES.contains(name.substring(0, name.indexOf('.')).toLowerCase(Locale.ROOT))) {
                return Optional.of(new Wording("Function " + name + " is not allowed", "不允许使用函数 " + name));
            }
        }
        return Optional.empty();
    }

    /** The statement with string literals, comments and backquoted names replaced by spaces, offsets kept. */
    static String skeleton(String statement) {
        StringBuilder out = new StringBuilder(statement.length());
        int i = 0;
        int n = statement.length();
        while (i < n) {
            char c = statement.charAt(i);
            if (c == '/' && i + 1 < n && statement.charAt(i + 1) == '/') {
                int end = statement.indexOf('\n', i);
                i = blank(out, statement, i, end < 0 ? n : end);
            } else if (c == '/' && i + 1 < n && statement.charAt(i + 1) == '*') {
                int end = statement.indexOf("*/", i + 2);
                i = blank(out, statement, i, end < 0 ? n : end + 2);
            } else if (c == '\'' || c == '"' || c == '`') {
                int j = i + 1;
                while (j < n && statement.charAt(j) != c) {
                    j += statement.charAt(j) == '\\' && c != '`' ? 2 : 1;
                }
                out.append(c);
                i = blank(out, statement, i + 1, Math.min(j, n));
                if (i < n) {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int blank(StringBuilder out, String statement, int from, int to) {
        for (int k = from; k < to; k++) {
            out.append(statement.charAt(k) == '\n' ? '\n' : ' ');
        }
        return to;
    }
}
