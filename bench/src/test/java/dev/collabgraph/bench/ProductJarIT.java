package dev.collabgraph.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The product jar that users run holds no benchmark or evaluation code; this module's jar holds it. */
class ProductJarIT {
    private static final Path PRODUCT = Path.of("..", "api", "target", "collabgraph.jar");

    @Test
    void theProductJarCarriesTheStoreButNoBenchOrEvalClasses() throws Exception {
        assertThat(PRODUCT).as("built by the api module's package phase").exists();
        List<String> classes;
        try (JarFile jar = new JarFile(PRODUCT.toFile())) {
            classes = jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("dev/collabgraph/")).toList();
        }
        assertThat(classes).contains("dev/collabgraph/store/GraphStore.class", "dev/collabgraph/app/Main.class")
                .noneMatch(n -> n.startsWith("dev/collabgraph/bench/"))
                .noneMatch(n -> n.contains("Bench") || n.contains("/eval/"));
        assertThat(Files.size(PRODUCT)).isPositive();
    }
}
