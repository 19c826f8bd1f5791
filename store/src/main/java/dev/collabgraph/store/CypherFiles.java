package dev.collabgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the {@code .cypher} files on the classpath under {@code cypher/}, by name without root and suffix
 * ({@code write/mergeEntityNodes}). A file starts with a header of {@code //} lines: the purpose first, then one
 * {@code // @param $name Type — meaning} line per parameter, then any notes; {@code // @about …} lines, joined,
 * give the longer definition a named query shows its readers. The statement follows.
 */
public final class CypherFiles {
    static final String ROOT = "cypher";
    private static final String SUFFIX = ".cypher";
    private static final Pattern PARAM_LINE =
            Pattern.compile("//\\s*@param\\s+\\$(\\w+)\\s+(\\S+)\\s+[—–-]+\\s*(\\S.*)");
    private static final Pattern ABOUT_LINE = Pattern.compile("//\\s*@about\\s+(\\S.*)");
    /** A header text in another language: {@code // @purpose.zh …} or {@code // @about.zh …} (lines joined). */
    private static final Pattern LOCALIZED_LINE = Pattern.compile("//\\s*@(purpose|about)\\.([a-z]{2})\\s+(\\S.*)");
    /** A parameter's meaning in another language: {@code // @param.zh $name …}, keyed {@code param.name.zh}. */
    private static final Pattern LOCALIZED_PARAM_LINE = Pattern.compile("//\\s*@param\\.([a-z]{2})\\s+\\$(\\w+)\\s+(\\S.*)");
    /** Files are parsed once: the class path does not change while the program runs. */
    private static final Map<String, List<CypherStatement>> SCRIPTS = new ConcurrentHashMap<>();
    private static volatile List<String> names;

    private CypherFiles() {
    }

    /** The single statement of a file; fails when the file is missing, malformed or holds several statements. */
    public static CypherStatement load(String name) {
        List<CypherStatement> statements = loadScript(name);
        if (statements.size() != 1) {
            throw new IllegalArgumentException(name + " holds " + statements.size() + " statements, expected one");
        }
        return statements.get(0);
    }

    /** The statements of a file, in order: schema migrations may hold several, separated by {@code ;}. */
    public static List<CypherStatement> loadScript(String name) {
        return SCRIPTS.computeIfAbsent(name, CypherFiles::read);
    }

    private static List<CypherStatement> read(String name) {
        String resource = ROOT + "/" + name + SUFFIX;
        try (InputStream in = CypherFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no Cypher file " + resource + " on the classpath");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Names of every Cypher file on the classpath (directories and jars), sorted. */
    public static List<String> names() {
        List<String> known = names;
        if (known == null) {
            known = scanNames();
            names = known;
        }
        return known;
    }

    private static List<String> scanNames() {
        Set<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = CypherFiles.class.getClassLoader().getResources(ROOT);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("jar".equals(root.getProtocol())) {
                    namesInJar(root, names);
                } else {
                    namesInDirectory(Path.of(root.toURI()), names);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list Cypher files", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list Cypher files", e);
        }
        return List.copyOf(names);
    }

    static List<CypherStatement> parse(String name, String content) {
        List<String> lines = content.replace("\r", "").lines().toList();
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i == lines.size() || !lines.get(i).startsWith("//") || lines.get(i).contains("@param")) {
            throw new IllegalArgumentException(name + ": must start with a one-line purpose comment");
        }
        String purpose = lines.get(i).substring(2).strip();
        List<CypherParam> params = new ArrayList<>();
        List<String> about = new ArrayList<>();
        java.util.Map<String, String> localized = new java.util.LinkedHashMap<>();
        for (i++; i < lines.size() && lines.get(i).startsWith("//"); i++) {
            Matcher m = PARAM_LINE.matcher(lines.get(i).strip());
            Matcher a = ABOUT_LINE.matcher(lines.get(i).strip());
            Matcher l = LOCALIZED_LINE.matcher(lines.get(i).strip());
            Matcher lp = LOCALIZED_PARAM_LINE.matcher(lines.get(i).strip());
            if (m.matches()) {
                params.add(new CypherParam(m.group(1), m.group(2), m.group(3).strip()));
            } else if (a.matches()) {
                about.add(a.group(1).strip());
            } else if (l.matches()) {
                // Chinese lines join without a space
                localized.merge(l.group(1) + "." + l.group(2), l.group(3).strip(), String::concat);
            } else if (lp.matches()) {
                localized.merge("param." + lp.group(2) + "." + lp.group(1), lp.group(3).strip(), String::concat);
            } else if (lines.get(i).contains("@param")) {
                throw new IllegalArgumentException(name + ": malformed header line: " + lines.get(i));
            }
        }
        if (params.stream().map(CypherParam::name).distinct().count() != params.size()) {
            throw new IllegalArgumentException(name + ": a parameter is declared twice");
        }
        for (String key : localized.keySet()) {
            String param = key.startsWith("param.") ? key.substring(6, key.lastIndexOf('.')) : null;
            if (param != null && params.stream().noneMatch(p -> p.name().equals(param))) {
                throw new IllegalArgumentException(name + ": @param." + key.substring(key.lastIndexOf('.') + 1)
                        + " names $" + param + ", which the header does not declare");
            }
        }
        List<String> texts = CypherText.split(String.join("\n", lines.subList(i, lines.size())));
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(name + ": no statement after the header");
        }
        String definition = String.join(" ", about);
        return texts.stream().map(text -> new CypherStatement(name, purpose, params, text, definition, localized))
                .toList();
    }

    private static void namesInDirectory(Path root, Set<String> names) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(SUFFIX))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .forEach(relative -> names.add(relative.substring(0, relative.length() - SUFFIX.length())));
        }
    }

    private static void namesInJar(URL root, Set<String> names) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            jar.stream().map(JarEntry::getName)
                    .filter(entry -> entry.startsWith(ROOT + "/") && entry.endsWith(SUFFIX))
                    .forEach(entry -> names.add(entry.substring(ROOT.length() + 1, entry.length() - SUFFIX.length())));
        }
    }
}
