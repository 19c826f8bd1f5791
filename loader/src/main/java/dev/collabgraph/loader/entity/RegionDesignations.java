package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * 建设长江中游地区科技创新中心, 打造粤港澳大湾区国际科技创新中心: a region named as the centre of innovation it is to
 * become is a title the region seeks, no platform. The platform read over the region's name is dropped, so the region
 * stands as the place it is.
 */
final class RegionDesignations {
    /** What may stand between the region and the title (国际, 全国, 区域性). */
    private static final Pattern TITLE = Pattern.compile("(?:国际|全国|区域)?性?科技创新中心");

    private static final String PLAIN_TITLE = "科技创新中心";
    private static final Pattern OWN_BODY_PLACE = Pattern.compile("[市县区]");

    /** A city, county or district (not 地区, 大湾区: quarters and groups of places run no bodies of their own). */
    private static boolean ownBodyPlace(String text, int end) {
        return OWN_BODY_PLACE.matcher(text).region(end - 1, end).matches() && !text.startsWith("地区", end - 2)
                && !text.startsWith("湾区", end - 2);
    }

    private RegionDesignations() {
    }

    static void drop(Scan scan, List<Candidate> out) {
        if (scan.text.indexOf("科技创新中心") < 0) {
            return;
        }
        // the regions by where they start, in the candidates' order: a platform is compared with those at its start only
        // (a scan of every candidate for each platform made the stage quadratic in a long document)
        Map<Integer, List<Candidate>> regions = new HashMap<>();
        for (Candidate c : out) {
            if (c.label() == Label.Region) {
                regions.computeIfAbsent(c.start(), k -> new ArrayList<>()).add(c);
            }
        }
        out.removeIf(c -> c.label() == Label.Platform
                && regionTitle(scan.text, c, regions.getOrDefault(c.start(), List.of())));
    }

    private static boolean regionTitle(String text, Candidate platform, List<Candidate> regionsAtStart) {
        for (Candidate region : regionsAtStart) {
            if (region.label() == Label.Region && region.start() == platform.start() && region.end() < platform.end()
                    && TITLE.matcher(text).region(region.end(), platform.end()).matches()) {
                // (芫溪县科技创新中心: a county's or a city's own centre, unqualified, is a body it runs)
                return !text.startsWith(PLAIN_TITLE, region.end()) || !ownBodyPlace(text, region.end());
            }
        }
        return false;
    }
}
