package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.util.List;

/**
 * An institute named after its academy (中国科学院过程工程研究所, 中科院某某所) belongs to the academy, so it is
 * a University by the corpus convention, not a Platform; a university's own 研究院 (某某大学某某研究院) stays a
 * platform.
 */
final class AcademyInstitutes {
    private static final String ACADEMY = "科学院";
    private static final String ACADEMY_SHORT = "科院";
    private static final int INSTITUTE_LENGTH = 3;

    private AcademyInstitutes() {
    }

    /** {@code candidates} with each platform named 研究所/研究院 after an academy relabelled University. */
    static void relabel(Scan scan, List<Candidate> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.label() == Label.Platform && institute(c.rule()) && afterAcademy(scan, c)) {
                candidates.set(i, new Candidate(Label.University, c.start(), c.end(), c.rule(), c.canonical()));
            }
        }
    }

    private static boolean institute(String rule) {
        return rule.endsWith("研究所") || rule.endsWith("研究院");
    }

    /**
     * Whether the name starts with an academy (a known one such as 中科院, or any X科学院) followed by the
     * institute's own words (at least two characters before 研究所).
     */
    private static boolean afterAcademy(Scan scan, Candidate c) {
        String name = scan.text.substring(c.start(), c.end());
        KnownNames.Hit hit = scan.known.at(scan.text, c.start(), c.end());
        int academyEnd = hit != null && hit.label() == Label.University && academy(hit.surface())
                ? hit.surface().length()
                : name.indexOf(ACADEMY) > 0 ? name.indexOf(ACADEMY) + ACADEMY.length() : -1;
        return academyEnd > 0 && name.length() - academyEnd >= 2 + INSTITUTE_LENGTH;
    }

    private static boolean academy(String name) {
        return name.endsWith(ACADEMY) || name.endsWith(ACADEMY_SHORT);
    }
}
