package dev.collabgraph.loader.entity;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entity rules are about the genre, not about one document: every Chinese word written in the rule
 * code's string literals occurs in at least two corpus documents, or is on an allow-list saying why it
 * belongs to the genre. A word met in one document only is the sign of a rule fitted to that document.
 */
class RuleTokensTest {
    private static final Path RULES = Path.of("src", "main", "java", "dev", "collabgraph", "loader", "entity");
    private static final Path CORPUS = Path.of("..", "corpus");
    private static final java.util.regex.Pattern HELD_OUT = java.util.regex.Pattern.compile("\"split\"\\s*:\\s*\"heldout\"");
    private static final Path ALLOWED = Path.of("src", "test", "resources", "entity", "single-document-tokens.tsv");
    private static final Pattern HAN_RUN = Pattern.compile("[\\u4e00-\\u9fff]+");
    /** A regex character class: its characters are a set, each one a token of its own. */
    private static final Pattern CHAR_CLASS = Pattern.compile("\\[(?:[^\\]\\\\]|\\\\.)*]");

    @Test
    void everyRuleWordMetInFewerThanTwoDocumentsIsAllowedWithAReason() throws IOException {
        Map<String, Integer> rare = rareTokens();
        Map<String, String> allowed = allowList();
        assertThat(allowed.values()).as("every allowed token has a reason").allMatch(r -> !r.isBlank());
        List<String> unexplained = new ArrayList<>();
        rare.forEach((token, docs) -> {
            if (!allowed.containsKey(token)) {
                unexplained.add(token + " (" + docs + " documents)");
            }
        });
        assertThat(unexplained).as("tokens of the entity rules found in fewer than two corpus documents").isEmpty();
        List<String> stale = allowed.keySet().stream().filter(t -> !rare.containsKey(t)).toList();
        assertThat(stale).as("allow-list entries no longer needed (gone from the rules or common now)").isEmpty();
    }

    @Test
    void tokensAreReadFromStringLiteralsOnly() {
        List<String> literals = literals("""
                // 注释 "不算"
                String a = "大学|学院[省市]"; /* "也不算" */ char c = '"'; String b = "x\\"研究院\\"";
                """);
        assertThat(literals).containsExactly("大学|学院[省市]", "x\\\"研究院\\\"");
        assertThat(tokens("与|联合(?!实验室)[省市]")).containsExactlyInAnyOrder("与", "联合", "实验室", "省", "市");
    }

    /** Each token of the rule code that fewer than two corpus documents contain, with that count. */
    static Map<String, Integer> rareTokens() throws IOException {
        TreeSet<String> tokens = new TreeSet<>();
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                for (String literal : literals(Files.readString(f, StandardCharsets.UTF_8))) {
                    tokens.addAll(tokens(literal));
                }
            }
        }
        List<String> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                // held-out documents are not read while rules are written: they cannot vouch for a rule's word
                Path gold = f.resolveSibling(f.getFileName().toString().replaceFirst("\\.txt$", ".gold.json"));
                if (Files.exists(gold) && HELD_OUT.matcher(Files.readString(gold, StandardCharsets.UTF_8)).find()) {
                    continue;
                }
                docs.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        assertThat(docs).as("corpus documents").hasSizeGreaterThan(2);
        Map<String, Integer> rare = new TreeMap<>();
        for (String t : tokens) {
            int n = (int) docs.stream().filter(d -> d.contains(t)).count();
            if (n < 2) {
                rare.put(t, n);
            }
        }
        return rare;
    }

    static List<String> tokens(String literal) {
        List<String> out = new ArrayList<>();
        Matcher cls = CHAR_CLASS.matcher(literal);
        StringBuilder rest = new StringBuilder();
        while (cls.find()) {
            cls.group().codePoints().filter(c -> c >= 0x4e00 && c <= 0x9fff)
                    .forEach(c -> out.add(new String(Character.toChars(c))));
            cls.appendReplacement(rest, " ");
        }
        cls.appendTail(rest);
        Matcher han = HAN_RUN.matcher(rest);
        while (han.find()) {
            out.add(han.group());
        }
        return out;
    }

    /** The string literals of Java source, outside comments and char literals, as written (escapes kept). */
    static List<String> literals(String source) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = Math.max(source.indexOf('\n', i), i + 1);
                i = i <= 0 ? n : i;
            } else if (source.startsWith("/*", i)) {
                int e = source.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int e = source.indexOf("\"\"\"", i + 3);
                out.add(source.substring(i + 3, e < 0 ? n : e));
                i = e < 0 ? n : e + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    out.add(source.substring(i + 1, Math.min(j, n)));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** token TAB reason, # comments. */
    private static Map<String, String> allowList() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(ALLOWED, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", 2);
            out.put(cols[0].strip(), cols.length > 1 ? cols[1].strip() : "");
        }
        return out;
    }
}
