package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.util.List;

/**
 * Companies named only as the brand of a project they run (加快推进瑞能动力电池项目, 支持蓝鲸海工深海装备项目):
 * the words before 项目, after the verb, are a brand and a product ({@link Enumerations#projectBrand} decides).
 */
final class ProjectBrands {
    private static final String PROJECT = "项目";
    /** Longest brand-and-product phrase considered: longer ones are descriptions of projects, not names. */
    private static final int MAX_PHRASE = 14;
    private static final java.util.regex.Pattern DESCRIPTION = java.util.regex.Pattern.compile("以上|上级|性|签约");

    private ProjectBrands() {
    }

    /**
     * Han words only (not 最高1亿元), not opening with a generic word (产学研合作), with specific words after the
     * brand (not 区级以上重大科技) and no state of the work in it (not 延期未结题).
     */
    private static boolean brandAndProduct(String phrase) {
        return phrase.chars().allMatch(c -> Lexicon.isHan((char) c))
                // a state said of projects (延期未结题项目, 已竣工项目) is no product's name
                && phrase.indexOf('未') < 0 && phrase.indexOf('已') < 0
                // a description of projects by size, source or kind (亿元以上, 上级科技, 高成长性科技, 签约) is no product
                && !DESCRIPTION.matcher(phrase).find()
                && Lexicon.GENERIC.longestAt(phrase, 0, phrase.length()) == null
                && Lexicon.specificChars(phrase.substring(2)) >= 2;
    }

    static void find(Scan scan, List<Candidate> out) {
        String text = scan.text;
        for (int i = text.indexOf(PROJECT); i >= 0; i = text.indexOf(PROJECT, i + PROJECT.length())) {
            int chunk = Boundaries.chunkStart(text, i);
            int start = Boundaries.nameStart(text, chunk, i, Label.Enterprise, scan.covered);
            // after the verb, or after a project listed before (推进A二期项目、B重卡项目建设)
            boolean opened = start > chunk || chunk >= PROJECT.length() + 1 && text.charAt(chunk - 1) == '、'
                    && text.startsWith(PROJECT, chunk - 1 - PROJECT.length());
            if (opened && i - start >= 5 && i - start <= MAX_PHRASE && brandAndProduct(text.substring(start, i))) {
                Enumerations.projectBrand(scan, new int[] {start, i}, out);
            }
        }
    }
}
