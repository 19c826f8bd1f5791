package dev.collabgraph.app.recommend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a raw score means: the share of true partners among the candidates scored alike, read from a table fitted on
 * the gold corpus ({@value #RESOURCE}; how it was made, and the command that makes it again, in its header). The
 * table is a non-decreasing step function of the raw score, so calibrating never changes the rank order; a score
 * below the first block takes the first block's share, one between two blocks the lower block's.
 */
public final class Calibration {
    /** The shipped table, on the class path. */
    public static final String RESOURCE = "/recommend/calibration.tsv";
    /** The column names of the table's first line that is not a comment. */
    public static final String COLUMNS = "from\tto\tshare\tcandidates\tpartners";
    private final List<Block> blocks;

    /** Raw scores from {@code from} to {@code to}: {@code partners} of {@code candidates} were true partners. */
    public record Block(double from, double to, double share, long candidates, long partners) {
    }

    public Calibration(List<Block> blocks) {
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a calibration needs at least one block");
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.share() < 0 || b.share() > 1 || i > 0 && (b.share() < blocks.get(i - 1).share()
                    || b.from() < blocks.get(i - 1).to())) {
                throw new IllegalArgumentException("block " + (i + 1) + " breaks the order or leaves [0, 1]: " + b);
            }
        }
        this.blocks = List.copyOf(blocks);
    }

    /** The table shipped with the application. */
    public static Calibration shipped() {
        return Shipped.TABLE;
    }

    /** Read on first use: the fitting command uses this class before there is a table to read. */
    private static final class Shipped {
        static final Calibration TABLE = parse(read());
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** The share of true partners among candidates scored like {@code raw}, 0 to 1. */
    public double of(double raw) {
        Block found = blocks.get(0);
        for (Block b : blocks) {
            if (b.from() > raw) {
                break;
            }
            found = b;
        }
        return found.share();
    }

    /** The meaning of a calibrated score in words ("约 12% 的同类组合在文件中确有合作"), in {@code zh} or {@code en}. */
    public static String meaning(double calibrated, String language) {
        String n = percent(calibrated);
        return "en".equals(language) ? "about " + n + "% of pairs scored like this are partners in the documents"
                : "约 " + n + "% 的同类组合在文件中确有合作";
    }

    /** A share as a percentage a reader takes in at a glance: 12, 3.4, 0.27 (the explorer formats it alike). */
    public static String percent(double share) {
        double p = share * 100;
        return String.format(Locale.ROOT, p >= 9.5 ? "%.0f" : p >= 0.95 ? "%.1f" : "%.2f", p);
    }

    /** The table's text: comment lines (#), the column names, then one block a line. */
    public static Calibration parse(String text) {
        List<Block> blocks = new ArrayList<>();
        boolean header = false;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.strip().equals(COLUMNS)) {
                    throw new IllegalArgumentException("a calibration table starts with the columns " + COLUMNS);
                }
                header = true;
                continue;
            }
            String[] f = line.strip().split("\t");
            blocks.add(new Block(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Long.parseLong(f[3]), Long.parseLong(f[4])));
        }
        return new Calibration(blocks);
    }

    /** The rows of the table as written: the column names and one line per block. */
    public static String rows(List<Block> blocks) {
        StringBuilder out = new StringBuilder(COLUMNS).append('\n');
        for (Block b : blocks) {
            out.append(String.format(Locale.ROOT, "%.6f\t%.6f\t%.4f\t%d\t%d\n", b.from(), b.to(), b.share(),
                    b.candidates(), b.partners()));
        }
        return out.toString();
    }

    private static String read() {
        try (InputStream in = Calibration.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
