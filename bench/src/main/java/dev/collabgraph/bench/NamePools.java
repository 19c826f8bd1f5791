package dev.collabgraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generated two-character name stems, drawn once per corpus seed. Every variant picks its entity stems from the
 * same small pools, so entity nodes differ across documents yet some are shared, as in a real collection.
 */
record NamePools(List<String> cities, List<String> enterprises, List<String> universities, List<String> parks) {
    /** Prefecture-level cities near the seed's region: two characters, so document numbers keep their shape. */
    private static final List<String> CITIES = List.of("徐州", "淮安", "宿迁", "盐城", "扬州", "泰州", "镇江", "常州",
            "南通", "临沂", "商丘", "宿州", "淮北", "枣庄", "济宁", "菏泽", "蚌埠", "阜阳", "亳州", "聊城");
    /** Characters common in Chinese company, school and place names, none of them a type suffix. */
    private static final String NAME_CHARACTERS = "华恒泰安宏达兴盛鑫源通瑞德信和金龙天成明远博康力正宇嘉隆丰汇长永光晨"
            + "昌辰航润峰瀚锦誉祥凯越腾飞卓铭晟骏弘昊睿益邦诚立达豪";

    static NamePools of(long seed) {
        Random random = new Random(seed);
        return new NamePools(CITIES, stems(random, 40), stems(random, 12), stems(random, 16));
    }

    /** {@code count} distinct stems, or district stems of one city (distinct from each other). */
    static List<String> stems(Random random, int count) {
        Set<String> stems = new LinkedHashSet<>();
        while (stems.size() < count) {
            char a = NAME_CHARACTERS.charAt(random.nextInt(NAME_CHARACTERS.length()));
            char b = NAME_CHARACTERS.charAt(random.nextInt(NAME_CHARACTERS.length()));
            if (a != b) {
                stems.add("" + a + b);
            }
        }
        return new ArrayList<>(stems);
    }

    static <T> T pick(Random random, List<T> pool) {
        return pool.get(random.nextInt(pool.size()));
    }
}
