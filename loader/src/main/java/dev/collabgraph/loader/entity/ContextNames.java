package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that only a sentence frame reveals: places listed before N家高新区 (邳州、新沂、鼓楼三家省级高新区
 * → parks 邳州高新区 …), place + industry items of an industrial cluster list (邳州木制品与木结构), and the office
 * in 办公室设在市科技局, the partner a university signs with or builds with (南京工程学院与国电南自共建: a
 * company even without a company suffix); the branches of an industry are {@link IndustryFrames}'.
 */
final class ContextNames {
    static final String PARK_COUNT_RULE = "context:park-count";
    private static final Pattern PARK_COUNT = Pattern.compile(
            "[" + AnchoredFind.COUNT_NUMERALS + "]+[家个](?:国家级|省级)?(高新区|开发区|经开区|经济技术开发区)");
    /** The place a development zone is named after: 武进国家高新区, 金坛经济开发区. */
    private static final Pattern ZONE_PLACE = Pattern.compile("([\\u4e00-\\u9fff]{2,3}?)(?:国家级|国家|省级)?"
            + "(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区|开发区)");
    private static final Pattern CLUSTER_HEAD = Pattern.compile("(?:特色|优势|主导)?产业(?:基地|集群)");
    private static final Pattern CLUSTER_VERB = Pattern.compile("(?:做强|做大|做优|壮大)$");
    private static final Pattern UNIVERSITY_PARTNER = Pattern.compile(
            "(?:大学|学院)与([\\u4e00-\\u9fffA-Za-z]{2,6}?)(?:签约|签署|共建|合作|联合)");
    /** 大学与区政府共建: a government or its office is a partner, not a company. */
    private static final Pattern GOVERNMENT = Pattern.compile("(?:政府|局|委|办|区|县)$");
    private static final Pattern UNIT = Pattern.compile("设在市?([\\u4e00-\\u9fff]{2,5}?(?:局|委|办))");

    private ContextNames() {
    }

    /** Whether the list ending before {@code beforeDeng} follows 做强/做大 (a cluster list, not industries). */
    /**
     * Whether the 等 at {@code beforeDeng} closes a list of places a cluster verb builds up into bases or clusters (做强
     * A、B等特色产业基地): its items are the clusters' places, not industries. A list closed by another head (壮大新材料、
     * 智能装备等重点产业) is one of industries.
     */
    static boolean clusterList(Scan scan, int beforeDeng) {
        return Lexicon.matchesAt(CLUSTER_HEAD.matcher(scan.text), scan.text, beforeDeng + 1) && clusterFrame(scan, beforeDeng);
    }

    static boolean clusterFrame(Scan scan, int beforeDeng) {
        List<int[]> items = Enumerations.items(scan, beforeDeng, Label.Region);
        int s = items.isEmpty() ? beforeDeng : items.get(0)[0];
        return CLUSTER_VERB.matcher(scan.text.substring(Math.max(0, s - 2), s)).find();
    }

    static void find(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher parks = PARK_COUNT.matcher(text);
        for (int at = 0; AnchoredFind.parkCount(parks, text, at); at = parks.end()) {
            List<int[]> items = Enumerations.items(scan, parks.start(), Label.Region);
            if (items.size() < 2) {
                continue;
            }
            int from = items.get(0)[0];
            for (int[] item : items) {
                String place = text.substring(item[0], item[1]);
                if (scan.isPlace(place) || place.length() <= 3 && RegionNames.plainStem(text, item[0], item[1])) {
                    out.add(new Candidate(Label.Region, item[0], item[1], PARK_COUNT_RULE, null));
                    out.add(new Candidate(Label.Park, from, parks.end(), PARK_COUNT_RULE,
                            Canonical.region(place) + parks.group(1)));
                }
            }
        }
        Matcher zone = ZONE_PLACE.matcher(text);
        for (int from = 0; AnchoredFind.zonePlace(zone, text, from); from = zone.end()) {
            int stemEnd = zone.end(1);
            for (int s = stemEnd - 2; s >= Math.max(0, stemEnd - 3); s--) {
                if (RegionNames.plainStem(text, s, stemEnd) && Boundaries.startsHere(text, s, scan.covered)) {
                    out.add(new Candidate(Label.Region, s, stemEnd, "context:zone-place", null));
                    break;
                }
            }
        }
        Matcher cluster = CLUSTER_HEAD.matcher(text);
        for (int i = text.indexOf('等'); i >= 0; i = text.indexOf('等', i + 1)) {
            if (Lexicon.matchesAt(cluster, text, i + 1) && clusterFrame(scan, i)) {
                for (int[] item : Enumerations.items(scan, i, Label.Region)) {
                    clusterItem(scan, item, out);
                }
            }
        }
        IndustryFrames.find(scan, out);
        IndustryFrames.focus(scan, out);
        IndustryFrames.towards(scan, out);
        IndustryFrames.chainEnds(scan, out);
        IndustryFrames.counted(scan, out);
        IndustryFrames.tracks(scan, out);
        IndustryFrames.oriented(scan, out);
        IndustryFrames.focusedLists(scan, out);
        IndustryFrames.served(scan, out);
        IndustryFrames.workedOn(scan, out);
        IndustryFrames.researched(scan, out);
        IndustryFrames.highlands(scan, out);
        IndustryFrames.attacked(scan, out);
        IndustryFrames.projects(scan, out);
        IndustryFrames.developed(scan, out);
        IndustryFrames.growthLists(scan, out);
        ProductFrames.find(scan, out);
        QuotedParks.find(scan, out);
        Matcher partner = UNIVERSITY_PARTNER.matcher(text);
        for (int from = 0; AnchoredFind.at(partner, text, from, '与', 2); from = partner.end()) {
            String name = partner.group(1);
            KnownNames.Hit place = scan.known.at(text, partner.start(1), partner.end(1));
            int after = partner.start(1) + (place != null && place.label() == Label.Region ? place.surface().length() : 0);
            int next = scan.covered.nextSetBit(after);
            if ((next < 0 || next >= partner.end(1)) && Lexicon.specificChars(name) == name.length()
                    && Suffix.endingAt(name, name.length(), 0) == null && !scan.isPlace(name)
                    && !GOVERNMENT.matcher(name).find()) {
                out.add(new Candidate(Label.Enterprise, partner.start(1), partner.end(1), "context:university-partner",
                        null));
            }
        }
        Matcher unit = UNIT.matcher(text);
        for (int from = 0; AnchoredFind.at(unit, text, from, '设', 0); from = unit.end()) {
            out.add(new Candidate(Label.Unit, unit.start(1), unit.end(1), "context:office-seat", null));
        }
    }

    /** 邳州木制品与木结构 → place 邳州 + industry 木制品与木结构; a bare 铜山 or 贾汪 is a place. */
    private static void clusterItem(Scan scan, int[] item, List<Candidate> out) {
        String text = scan.text;
        KnownNames.Hit hit = scan.known.at(text, item[0], item[1]);
        if (hit != null && (hit.label() == Label.Region || hit.label() == Label.Park)) {
            int rest = item[0] + hit.surface().length();
            if (item[1] - rest >= 2 && Lexicon.specificChars(text.substring(rest, item[1])) >= 2) {
                out.add(new Candidate(Label.Industry, rest, item[1], "context:cluster-item", null));
            }
        } else if (item[1] - item[0] <= 3 && Lexicon.specificChars(text.substring(item[0], item[1]))
                == item[1] - item[0]) {
            out.add(new Candidate(Label.Region, item[0], item[1], "context:cluster-place", null));
        }
    }
}
