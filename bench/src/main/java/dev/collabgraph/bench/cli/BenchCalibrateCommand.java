package dev.collabgraph.bench.cli;

import dev.collabgraph.app.cli.DatabaseOptions;
import dev.collabgraph.bench.recommend.ScoreCalibration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/**
 * {@code collabgraph bench calibrate}: fits what a partner score means (the share of true partners among the pairs
 * scored alike) on the gold corpus's dev documents, by the leave-one-out evaluation of {@code bench recommend}, and
 * prints the table the application ships ({@code api/src/main/resources/recommend/calibration.tsv}).
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit the partner score calibration on the gold corpus's dev documents (leave-one-out, isotonic).")
public final class BenchCalibrateCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Gold corpus whose dev documents are read (default: corpus/; held-out documents never are).")
    Path corpus;

    @Option(names = "--write", paramLabel = "FILE", description = "Also write the table into this file.")
    Path write;

    @Override
    public Integer call() throws IOException {
        Path dir = corpus != null ? corpus : DatabaseOptions.home().resolve("corpus");
        ScoreCalibration.Fit fit = ScoreCalibration.fit(ScoreCalibration.devDocuments(dir));
        String table = ScoreCalibration.table(fit, dir.getFileName() + "/", LocalDate.now());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        out.print(table);
        out.flush();
        if (write != null) {
            Files.writeString(write, table, StandardCharsets.UTF_8);
            System.err.println("Written to " + write);
        }
        return 0;
    }
}
