package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.util.List;

/**
 * An institute named after its academy (中国科学院过程工程研究所, 中科院某某所) belongs to the academy, and so does
 * a branch of it (中国科学院某某分院): each is a University by the corpus convention, not a Platform; a university's own
 * 研究院 (某某大学某某研究院) stays a platform.
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
            if (c.label() == Label.Platform && (institute(c.rule()) || branch(scan, c)) && afterAcademy(scan, c)) {
                candidates.set(i, new Candidate(Label.University, c.start(), c.end(), c.rule(), c.canonical()));
            }
        }
    }

    /** Whether the name ends in 分院: a branch academy (某某分院), its place's name before it. */
    private static boolean branch(Scan scan, Candidate c) {
        return c.end() - c.start() > BRANCH.length() && scan.text.startsWith(BRANCH, c.end() - BRANCH.length());
    }

    private static final String BRANCH = "分院";

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
        int tail = name.endsWith(BRANCH) ? BRANCH.length() : INSTITUTE_LENGTH;
        return academyEnd > 0 && name.length() - academyEnd >= 2 + tail;
    }

    private static boolean academy(String name) {
        return name.endsWith(ACADEMY) || name.endsWith(ACADEMY_SHORT);
    }
}
