package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A branch of a park named after it (某某大学国家大学科技园某某分园, 某某大学科技园某某园区, 某某综合保税区某某片区): the park's
 * name, then the branch's own place and its kind. The branch is the place the text builds, so it is one Park with the
 * whole name, not the parent park followed by loose words. A park's name right before 分园 names the branch in that
 * park (某某大学科技园经开区分园). Otherwise only a place of two specific characters, or a zone's short name (高新, 经开),
 * makes a branch:
 * 高新区相关园区 is the park's parks in general, 产业园设立分园 a verb. (A bare quarter, 某某高新区东区, is read as the
 * park itself by some gold files and as a park of its own by others: it is left alone.)
 */
final class BranchParks {
    private static final Pattern BRANCH = Pattern.compile("(\\p{IsHan}{2})(?:分园|园区|片区)");
    /** A branch named after the zone it stands in, right after a park's name: 某某大学科技园经开区分园. */
    private static final String BRANCH_OF_ZONE = "分园";
    static final String RULE = "suffix:branch-park";
    /** A zone by its usual short name makes a branch's place (某某大学科技园高新分园, 经开园区): 高新区, 经开区. */
    private static final java.util.Set<String> ZONES = java.util.Set.of("高新", "经开");

    private BranchParks() {
    }

    static void find(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher branch = BRANCH.matcher(text);
        int n = out.size();
        for (int k = 0; k < n; k++) {
            Candidate park = out.get(k);
            if (park.label() == Label.Park && text.startsWith(BRANCH_OF_ZONE, park.end())) {
                out.add(new Candidate(Label.Park, park.start(), park.end() + BRANCH_OF_ZONE.length(), RULE, null));
                continue;
            }
            if (park.label() != Label.Park || park.end() >= text.length()
                    || !branch.region(park.end(), Math.min(text.length(), park.end() + 4)).lookingAt()) {
                continue;
            }
            if (Lexicon.specificChars(branch.group(1)) < 2 && !ZONES.contains(branch.group(1))
                    || Lexicon.BOUNDARY.longestEndingAt(text, branch.end(1), branch.start(1)) != null) {
                continue;
            }
            out.add(new Candidate(Label.Park, park.start(), branch.end(), RULE, null));
        }
    }
}
