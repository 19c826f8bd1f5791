package dev.collabgraph.bench.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Map;

/** A gold file as {@code corpus/README.md} defines it. Lists the file leaves out are empty. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Gold(String split, String layout, List<String> history, Document document, List<Task> tasks,
                   List<Task> annex, List<Indicator> indicators, Map<String, List<Entity>> entities,
                   List<Pair> industryAcademia) {
    public Gold {
        history = history == null ? List.of() : history;
        tasks = tasks == null ? List.of() : tasks;
        annex = annex == null ? List.of() : annex;
        indicators = indicators == null ? List.of() : indicators;
        entities = entities == null ? Map.of() : entities;
        industryAcademia = industryAcademia == null ? List.of() : industryAcademia;
    }

    public boolean heldOut() {
        return "heldout".equals(split);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String title, String number, String date, String city) {
    }

    /** A task or an annex row ({@code year} only for annex rows). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Task(String anchor, String title, Integer year, List<Unit> units) {
        public Task {
            units = units == null ? List.of() : units;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unit(String name, String role) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String name, String unit, Map<String, Double> values) {
        public Indicator {
            values = values == null ? Map.of() : values;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entity(String name, List<String> aliases) {
        public Entity {
            aliases = aliases == null ? List.of() : aliases;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pair(String university, String partner, String partnerLabel) {
    }
}
