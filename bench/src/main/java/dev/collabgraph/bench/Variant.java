package dev.collabgraph.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One variant of the seed document: its own number (so its own document id), another city with its districts,
 * other enterprises, universities and parks of the same shape, and some tasks dropped or reordered. Names are
 * replaced in one left-to-right pass, longest first, so an inserted name is never replaced again.
 */
final class Variant {
    static final String SEED_NUMBER = "徐委发〔2018〕20号";
    /** District and county stems of the seed city, replaced by stems of the variant's city. */
    private static final List<String> DISTRICTS = List.of("泉山", "铜山", "贾汪", "鼓楼", "邳州", "新沂", "沛县", "丰县",
            "睢宁", "云龙");
    /** Enterprise names and brands of the seed that no gazetteer entry pins, with the shape kept after the stem. */
    private static final List<String> ENTERPRISES = List.of("恩华", "茂迪", "正崴", "必康", "华祥", "博康", "中辉",
            "新盛", "新田", "徐工");
    private static final int YEARS = 8;

    private Variant() {
    }

    /** The {@code index}-th variant (0-based) of {@code seed}; index 0 with the seed's own city is still varied. */
    static String of(String seed, int index, NamePools pools, long corpusSeed) {
        Random random = new Random(corpusSeed * 1_000_003L + index);
        String city = NamePools.pick(random, pools.cities());
        Map<String, String> names = new LinkedHashMap<>();
        int year = 2014 + index % YEARS;
        int serial = index / YEARS + 1;
        names.put(SEED_NUMBER, city.charAt(0) + "委发〔" + year + "〕" + serial + "号");
        // districts belong to the city: every variant of one city names the same ones
        List<String> districts = NamePools.stems(new Random(corpusSeed ^ city.hashCode()), DISTRICTS.size());
        for (int i = 0; i < DISTRICTS.size(); i++) {
            String stem = DISTRICTS.get(i);
            names.put(stem, stem.endsWith("县") ? districts.get(i).charAt(0) + "县" : districts.get(i));
        }
        for (String enterprise : ENTERPRISES) {
            names.put(enterprise, NamePools.pick(random, pools.enterprises()));
        }
        names.put("淮海控股", NamePools.pick(random, pools.enterprises()) + "控股");
        names.put("中国矿业大学", NamePools.pick(random, pools.universities()) + "矿业大学");
        names.put("江苏师范大学", NamePools.pick(random, pools.universities()) + "师范大学");
        names.put("潘安湖", NamePools.pick(random, pools.parks()) + "湖");
        names.put("创智", NamePools.pick(random, pools.parks()));
        names.put("徐州", city);
        names.put("驻徐", "驻" + city.charAt(0));
        names.put("在徐", "在" + city.charAt(0));
        return Tasks.vary(replace(seed, names), random);
    }

    /** Replaces every occurrence of the keys, longest key first at each position, in one pass. */
    static String replace(String text, Map<String, String> names) {
        List<String> keys = new ArrayList<>(names.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder out = new StringBuilder(text.length() + 256);
        int i = 0;
        outer:
        while (i < text.length()) {
            for (String key : keys) {
                if (text.startsWith(key, i)) {
                    out.append(names.get(key));
                    i += key.length();
                    continue outer;
                }
            }
            out.append(text.charAt(i++));
        }
        return out.toString();
    }
}
