package dev.collabgraph.loader.hostile;

import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.loader.text.SourceText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Large documents of the shapes that make text code quadratic (one huge line, thousands of tasks or table rows, a
 * table whose row numbers were lost, long lists) are read within the same bound per MB as the mutated ones: 1 s plus
 * 2 s per MB of CPU time. Each shape failed it before the fixes of issue 10 (a 1.2 MB table took 77 s). The bound
 * is loose so that a loaded machine does not fail it; the linearity check is the tight one: twice the text may take
 * less than three times the CPU time (a path quadratic in lines takes four; thousands of headings took 3.3 before
 * issue 8). Ratios of one thread's user CPU time stay put under load where absolute times do not; its kernel time
 * is left out because a heap that was just shrunk charges the zeroing of every page it grows back to the allocating
 * thread (after a collection that made twice the text cost four times here).
 */
class LargeInputTest {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Characters of the smaller text of the linearity check (about 0.7 MB of UTF-8; the larger is twice that). */
    private static final int LINEAR_SIZE = 250_000;
    /** Time of the doubled text over time of the text: linear work gives 2, quadratic 4. */
    private static final double MAX_GROWTH = 3.0;
    /** Below this much CPU time for the doubled text a shape is read too fast for its ratio to mean anything. */
    private static final long MEASURABLE_NANOS = 50_000_000L;
    /** Measurements of a pair at most: the fastest of each size counts, so a pause under load does not. */
    private static final int ATTEMPTS = 5;
    private static final String HEAD = "关于印发某市科技创新工作方案的通知\n某政发〔2023〕7号\n一、重点任务\n";
    private static final String SENTENCE =
            "支持江苏师范大学、中国矿业大学等高校建设徐州高新区产业研究院，培育新材料产业集群，到2025年达到50%以上，";
    private static final String TABLE = HEAD + "1、加强平台建设。（责任单位：市科技局）\n附件\n重点任务分工表\n"
            + "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n";

    /** Documents of about {@code n} characters, by shape. */
    private static final Map<String, IntFunction<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("one task of one huge line", n -> HEAD + "1、" + SENTENCE.repeat(n / SENTENCE.length())
                + "（责任单位：市科技局）\n2、加强人才。（责任单位：市人社局）\n");
        SHAPES.put("one huge line without punctuation", n -> HEAD + "1、" + "科技创新产业园区".repeat(n / 8)
                + "\n2、加强人才。（责任单位：市人社局）\n");
        SHAPES.put("thousands of numbered tasks", n -> lines(HEAD, n,
                i -> i + "、加强" + i + "号园区建设。（牵头单位：市科技局；配合单位：市财政局、各县（市、区）人民政府）"));
        SHAPES.put("thousands of tasks all numbered 1", n -> lines(HEAD, n, i -> "1、加强园区建设。（责任单位：市科技局）"));
        SHAPES.put("a table of thousands of rows", n -> lines(TABLE, n,
                i -> i + "\t建设" + i + "号平台\t市科技局\t市财政局、市发改委\t2025年"));
        SHAPES.put("a table whose row numbers were lost", n -> lines(TABLE + "1\t建设平台\t市科技局\t市财政局\t2025年\n",
                n, i -> "\t建设" + i + "号平台\t市科技局\t市财政局、市发改委\t2025年"));
        SHAPES.put("one huge list of places", n -> HEAD + "1、支持" + "鼓楼、泉山、".repeat(n / 6)
                + "等3家园区发展。（责任单位：市科技局）\n");
        SHAPES.put("one huge list of units", n -> HEAD + "1、加强园区建设。（责任单位：" + "市科技局、".repeat(n / 5)
                + "市财政局）\n");
        SHAPES.put("thousands of headings", n -> lines(HEAD, n, i -> "（" + i + "）加强建设\n第" + i + "条 推进"));
        SHAPES.put("the body of a real plan over and over", n -> HEAD + "1、加强平台建设。（责任单位：市科技局）\n"
                + body(HostileText.DOCUMENTS.get(0).text()).repeat(Math.max(1, n / HostileText.DOCUMENTS.get(0)
                .text().length())));
        SHAPES.put("short lines", n -> HEAD + "1、加强。（责任单位：市科技局）\n" + "科技\n".repeat(n / 3));
        SHAPES.put("pipe rows", n -> HEAD + "1、加强。（责任单位：市科技局）\n" + "| 1 | 任务 | 市科技局 |\n".repeat(n / 20));
    }

    /** A document without its header lines (a header repeated makes a file of many documents, refused at once). */
    private static String body(String document) {
        int body = document.indexOf("\n一、");
        return document.substring(body < 0 ? 0 : body + 1) + "\n";
    }

    private static String lines(String head, int n, IntFunction<String> line) {
        StringBuilder out = new StringBuilder(head);
        for (int i = 1; out.length() < n; i++) {
            out.append(line.apply(i)).append('\n');
        }
        return out.toString();
    }

    @BeforeAll
    static void warmUp() {
        SHAPES.values().forEach(shape -> extract(shape.apply(20_000)));
    }

    @Test
    void everyShapeOfMostOfAMegabyteIsReadWithinTheBound() {
        for (Map.Entry<String, IntFunction<String>> shape : SHAPES.entrySet()) {
            String text = shape.getValue().apply(250_000); // about 0.7 MB of UTF-8
            assertWithinBound(shape.getKey(), text);
        }
    }

    @Test
    void everyShapeTakesAboutTwiceTheTimeForTwiceTheText() {
        for (Map.Entry<String, IntFunction<String>> shape : SHAPES.entrySet()) {
            String once = shape.getValue().apply(LINEAR_SIZE);
            String twice = shape.getValue().apply(2 * LINEAR_SIZE);
            long fastestOnce = cpuNanos(once);
            long fastestTwice = cpuNanos(twice);
            for (int attempt = 1; attempt < ATTEMPTS && !linear(fastestOnce, fastestTwice); attempt++) {
                fastestOnce = Math.min(fastestOnce, cpuNanos(once));
                fastestTwice = Math.min(fastestTwice, cpuNanos(twice));
            }
            System.out.printf("%-36s %5.3f s CPU, twice the text %5.3f s (x%.2f)%n", shape.getKey(), fastestOnce / 1e9,
                    fastestTwice / 1e9, (double) fastestTwice / fastestOnce);
            assertThat(linear(fastestOnce, fastestTwice)).as("%s: %,d ns CPU, twice the text %,d ns", shape.getKey(),
                    fastestOnce, fastestTwice).isTrue();
        }
    }

    private static boolean linear(long once, long twice) {
        return twice < MEASURABLE_NANOS || twice < MAX_GROWTH * once;
    }

    private static long cpuNanos(String text) {
        long before = THREADS.getCurrentThreadUserTime();
        extract(text);
        return THREADS.getCurrentThreadUserTime() - before;
    }

    @Test
    void aFiveMegabyteSingleLineIsReadWithinTheBound() {
        String line = HostileText.DOCUMENTS.stream().map(d -> d.text().replace("\r", "").replace("\n", ""))
                .reduce("", String::concat);
        StringBuilder text = new StringBuilder("1、");
        while (text.length() * 3L < 5L * 1024 * 1024) {
            text.append(line);
        }
        assertWithinBound("5 MB single line", text.toString());
    }

    private static void assertWithinBound(String shape, String text) {
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        long before = THREADS.getCurrentThreadUserTime();
        String outcome = extract(text);
        long spent = THREADS.getCurrentThreadUserTime() - before;
        System.out.printf("%-36s %5.2f MB  %5.2f s CPU  %5.2f s/MB  %s%n", shape, bytes / 1048576.0, spent / 1e9,
                spent / 1e9 / (bytes / 1048576.0), outcome);
        assertThat(spent).as("%s: CPU ns for %,d bytes", shape, bytes)
                .isLessThanOrEqualTo(1_000_000_000L + 2_000_000_000L * bytes / (1 << 20));
    }

    /** "extracted", or the refusal: either is fine here, only the time counts. */
    private static String extract(String text) {
        try {
            Extractor.extract(new SourceText("large.txt", text, "UTF-8", "0"));
            return "extracted";
        } catch (BadDocumentException e) {
            return "refused: " + e.problem().substring(0, Math.min(40, e.problem().length()));
        }
    }
}
