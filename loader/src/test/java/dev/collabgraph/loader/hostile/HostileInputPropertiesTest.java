package dev.collabgraph.loader.hostile;

import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.loader.text.SourceText;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input changes nothing (issue 10): the dev documents, damaged in every way a scanner, a web page, a careless
 * edit or a broken download damages them, extract to a graph whose offsets all point into the text, or are refused
 * with a {@link BadDocumentException}; never anything else, and never slowly.
 *
 * <p>Tries per property: 200 in CI; a long run: {@code ./mvnw -B -o test -pl loader -Dtest=HostileInputPropertiesTest
 * -Dhostile.tries=5000} (see {@link PropertyCheck}).
 */
class HostileInputPropertiesTest {
    /**
     * The time bound, per MB of UTF-8 and in CPU time of the extracting thread (other processes on the machine do not
     * count): generous, since it guards against backtracking regexes and quadratic loops, not against slowness. The
     * loader reads ~10 MB/s, 0.1 s per MB.
     */
    private static final long NANOS_PER_MB = 2_000_000_000L;
    private static final long NANOS_CONSTANT = 1_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @BeforeAll
    static void warmUp() {
        // the first extractions run interpreted: not what the time bound is about
        for (int i = 0; i < 3; i++) {
            HostileText.DOCUMENTS.forEach(d -> {
                try {
                    Extractor.extract(new SourceText(d.name(), d.text(), "UTF-8", "0"));
                } catch (BadDocumentException e) {
                    // a dev document the loader refuses is still warm-up
                }
            });
        }
    }

    @Test
    void mutatedTextExtractsWithinTheTextOrIsRefused() {
        PropertyCheck<HostileText.Mutated> check = new PropertyCheck<>("mutated text",
                HostileText::mutatedDocument, HostileText::simpler);
        check.forAll(document -> {
            String text = document.text();
            document.mutations().forEach(m -> check.tally("mutations", m.kind()));
            Outcome outcome = extract(text.getBytes(StandardCharsets.UTF_8).length,
                    () -> Extractor.extract(new SourceText(document.base().name(), text, "UTF-8", "0")));
            check.tally("outcome", outcome.summary());
            check.tally("CPU time per document (dev documents are 6-45 KB)", outcome.timeBucket());
            if (outcome.graph() != null) {
                assertThat(GraphOffsets.problems(outcome.graph(), text)).as(document.toString()).isEmpty();
            }
        });
    }

    @Test
    void damagedBytesExtractWithinTheTextOrAreRefused() {
        PropertyCheck<DamagedFile> check = new PropertyCheck<>("damaged bytes", DamagedFile::generate,
                DamagedFile::simpler);
        check.forAll(file -> {
            byte[] bytes = file.bytes();
            check.tally("encoding", file.encoding());
            check.tally("byte damage", file.damage());
            Outcome outcome = extract(bytes.length, () -> Extractor.extract(file.document().base().name(), bytes));
            check.tally("outcome", outcome.summary());
            if (outcome.graph() != null) {
                String original = (String) outcome.graph().nodes().stream().filter(n -> n.label() == Label.Document)
                        .findFirst().orElseThrow().properties().get("text");
                assertThat(GraphOffsets.problems(outcome.graph(), original)).as(file.toString()).isEmpty();
            }
        });
    }

    /** Extraction of {@code bytes} bytes within the time bound; a refusal is an outcome, anything else thrown fails. */
    private static Outcome extract(long bytes, java.util.function.Supplier<ExtractedGraph> extraction) {
        long before = THREADS.getCurrentThreadCpuTime();
        Outcome outcome;
        try {
            outcome = new Outcome(extraction.get(), null);
        } catch (BadDocumentException e) {
            outcome = new Outcome(null, e.problem());
        }
        long spent = THREADS.getCurrentThreadCpuTime() - before;
        long bound = NANOS_CONSTANT + NANOS_PER_MB * bytes / (1 << 20);
        assertThat(spent).as("CPU time for %,d bytes, ns", bytes).isLessThanOrEqualTo(bound);
        return outcome.spent(spent);
    }

    private record Outcome(ExtractedGraph graph, String refusal, long nanos) {
        Outcome(ExtractedGraph graph, String refusal) {
            this(graph, refusal, 0);
        }

        Outcome spent(long nanos) {
            return new Outcome(graph, refusal, nanos);
        }

        String timeBucket() {
            for (int ms : new int[] {10, 20, 50, 100, 200, 500, 1000}) {
                if (nanos <= ms * 1_000_000L) {
                    return String.format("<= %4d ms", ms);
                }
            }
            return ">  1000 ms";
        }

        /** The refusal's kind (its words before any detail), or "extracted". */
        String summary() {
            if (refusal == null) {
                return "extracted";
            }
            int colon = refusal.indexOf(':');
            return "refused: " + (colon < 0 ? refusal : refusal.substring(0, colon));
        }
    }

    enum ByteDamage {
        NONE, TRUNCATE_ANYWHERE, FLIP_BYTES, INSERT_RANDOM_BYTES, DROP_BOM_OR_ADD_ONE
    }

    /** By weight: the encodings documents come in, and UTF-16 without its byte order mark, which is refused. */
    private static final String[] ENCODINGS = {"UTF-8", "UTF-8", "UTF-8", "GB18030", "GB18030", "UTF-16",
            "UTF-16LE", "UTF-16BE"};

    /** A mutated document written in one encoding, then damaged as bytes. */
    record DamagedFile(HostileText.Mutated document, String encoding, ByteDamage damage, double at, long seed) {
        static DamagedFile generate(Random random) {
            ByteDamage[] damages = ByteDamage.values();
            return new DamagedFile(HostileText.mutatedDocument(random), ENCODINGS[random.nextInt(ENCODINGS.length)],
                    damages[random.nextInt(damages.length)], random.nextDouble(), random.nextLong());
        }

        List<DamagedFile> simpler() {
            List<DamagedFile> out = new ArrayList<>();
            if (damage != ByteDamage.NONE) {
                out.add(new DamagedFile(document, encoding, ByteDamage.NONE, at, seed));
            }
            if (!encoding.equals("UTF-8")) {
                out.add(new DamagedFile(document, "UTF-8", damage, at, seed));
            }
            HostileText.simpler(document).forEach(d -> out.add(new DamagedFile(d, encoding, damage, at, seed)));
            return out;
        }

        byte[] bytes() {
            byte[] bytes = document.text().getBytes(Charset.forName(encoding));
            Random random = new Random(seed);
            int i = (int) (at * bytes.length);
            return switch (damage) {
                case NONE -> bytes;
                case TRUNCATE_ANYWHERE -> Arrays.copyOf(bytes, i);
                case FLIP_BYTES -> {
                    for (int k = 0, n = 1 + random.nextInt(16); k < n && bytes.length > 0; k++) {
                        bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
                    }
                    yield bytes;
                }
                case INSERT_RANDOM_BYTES -> {
                    byte[] junk = new byte[1 + random.nextInt(64)];
                    random.nextBytes(junk);
                    byte[] out = new byte[bytes.length + junk.length];
                    System.arraycopy(bytes, 0, out, 0, i);
                    System.arraycopy(junk, 0, out, i, junk.length);
                    System.arraycopy(bytes, i, out, i + junk.length, bytes.length - i);
                    yield out;
                }
                case DROP_BOM_OR_ADD_ONE -> bytes.length >= 2 && (bytes[0] & 0xFF) >= 0xFE
                        ? Arrays.copyOfRange(bytes, 2, bytes.length)
                        : concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
            };
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] out = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }

        @Override
        public String toString() {
            return document + " as " + encoding + ", " + damage + " at " + at + " seed " + seed;
        }
    }
}
