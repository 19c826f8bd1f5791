package dev.collabgraph.app.cli;

import dev.collabgraph.app.http.Language;
import dev.collabgraph.app.recommend.Calibration;
import dev.collabgraph.app.recommend.EntityGraph;
import dev.collabgraph.app.recommend.Kinds;
import dev.collabgraph.app.recommend.Recommendation;
import dev.collabgraph.app.recommend.Recommendations;
import dev.collabgraph.app.recommend.Recommender;
import dev.collabgraph.store.EmbeddedSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code collabgraph recommend NAME}: ranked partners for an entity given by id or by name (or alias), with the
 * shared neighbours and evidence behind each.
 */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Recommend partners for an enterprise, university, park, platform or district.")
public final class RecommendCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "The entity: its id (enterprise:徐工集团) or its name (徐工集团, 邳州).")
    String name;

    @Option(names = "--label", paramLabel = "L", description = "Only candidates of this kind (University, Enterprise, Platform, Park).")
    String label;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Most candidates (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        try (DatabaseOptions.OpenGraph graph = database.open(EmbeddedSettings.defaults())) {
            EntityGraph entities = Recommender.read(graph.store());
            List<EntityGraph.Entity> matches = entities.nodes().stream()
                    .filter(n -> n.id().equals(name) || n.name().equals(name))
                    .filter(n -> !Kinds.complements(n.label()).isEmpty()).toList();
            if (matches.isEmpty()) {
                err.println("error: no enterprise, university, park, platform or region named " + name);
                return 2;
            }
            EntityGraph.Entity entity = matches.get(0);
            if (label != null && !Kinds.complements(entity.label()).contains(label)) {
                err.println("error: --label: a " + entity.label() + " is recommended partners of kinds "
                        + Kinds.complements(entity.label()));
                return 2;
            }
            Recommendations found = Recommender.rank(entities, entity.id(), label, limit).orElseThrow();
            print(out, found);
        }
        return 0;
    }

    private void print(PrintWriter out, Recommendations found) {
        switch (format) {
            case json -> OutputFormat.json(out, found);
            case csv -> {
                out.print(Recommender.csv(found, Language.ENGLISH));
                out.flush();
            }
            default -> {
                out.println("Partners for " + found.entity().name() + " (" + found.entity().label() + "), kinds "
                        + String.join(", ", found.kinds()));
                List<List<Object>> rows = new ArrayList<>();
                int rank = 1;
                for (Recommendation r : found.items()) {
                    rows.add(List.of(rank++, r.name(), r.label(), Calibration.percent(r.calibrated()) + "%",
                            String.format(Locale.ROOT, "%.3f", r.score()),
                            r.linked() ? "linked" : "", r.explanation().sharedNeighbours().stream()
                                    .map(n -> n.name()).limit(4).toList()));
                }
                format.rows(out, List.of("#", "name", "label", "partners", "score", "", "shared"), rows);
                out.println("partners: about this share of pairs scored like this are partners in the documents "
                        + "(calibrated on the gold corpus); score: the raw score the ranking follows");
            }
        }
    }
}
