package dev.collabgraph.bench.recommend;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A city's policy documents over the years, generated for the leave-one-document-out evaluation: one invented city
 * whose universities, companies, platforms and parks form industry communities that persist from document to document,
 * as a real city's actors do. Each document is a short 实施方案 whose tasks state a few partnerships, mostly inside a
 * community, some across (noise); the documents are read by the real loader, so what the recommender sees is what
 * extraction makes of them. The gold corpus cannot serve here: each of its documents invents its own city and names,
 * so nearly no link has an end another document names.
 */
public final class CitySeries {
    private static final String CITY = "澄江";
    private static final List<String> INDUSTRIES = List.of("新材料", "生物医药", "集成电路", "新能源汽车", "高端装备",
            "人工智能", "绿色化工", "现代农业");
    private static final String STEM_CHARACTERS = "华恒泰安宏达兴盛鑫源通瑞德信和金龙天成明远博康力正宇嘉隆丰汇长永光晨"
            + "昌辰航润峰瀚锦誉祥凯越腾飞卓铭晟骏弘昊睿益邦诚立达豪";
    /** Communities of each industry: a city has several clusters of one trade. */
    private static final int COMMUNITIES_PER_INDUSTRY = 2;
    /** How often a task pairs actors of two communities instead of one. */
    private static final double CROSS = 0.2;

    private CitySeries() {
    }

    /** One industry community: its universities, companies, platforms and park. */
    private record Community(String industry, List<String> universities, List<String> enterprises,
                             List<String> platforms, String park) {
    }

    /** {@code count} documents of the city, the same for the same seed. */
    public static List<String> documents(int count, long seed) {
        Random random = new Random(seed);
        Set<String> used = new LinkedHashSet<>();
        List<Community> communities = new ArrayList<>();
        for (String industry : INDUSTRIES) {
            for (int k = 0; k < COMMUNITIES_PER_INDUSTRY; k++) {
                List<String> universities = new ArrayList<>();
                for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
                    universities.add(CITY + stem(random, used) + (i == 0 ? "大学" : "职业技术学院"));
                }
                List<String> enterprises = new ArrayList<>();
                for (int i = 0, n = 4 + random.nextInt(3); i < n; i++) {
                    enterprises.add(stem(random, used) + industry + "有限公司");
                }
                List<String> platforms = List.of(CITY + stem(random, used) + industry + "产业技术研究院",
                        universities.get(0) + industry + "工程技术研究中心");
                communities.add(new Community(industry, universities, enterprises, platforms,
                        CITY + stem(random, used) + "科技园"));
            }
        }
        List<String> out = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            out.add(document(d, communities, random));
        }
        return out;
    }

    private static String document(int index, List<Community> communities, Random random) {
        int year = 2018 + index % 8;
        Community first = communities.get(random.nextInt(communities.size()));
        Community second = communities.get(random.nextInt(communities.size()));
        StringBuilder text = new StringBuilder();
        text.append(CITY).append("市人民政府关于推进").append(first.industry()).append("和").append(second.industry())
                .append("产业创新发展的实施方案\n");
        text.append("澄政发〔").append(year).append("〕").append(index + 1).append("号\n");
        text.append("为推动产学研深度融合，制定本方案。\n一、重点任务\n");
        String[] numerals = {"一", "二", "三", "四", "五", "六"};
        int tasks = 4 + random.nextInt(3);
        for (int t = 0; t < tasks; t++) {
            Community c = t % 2 == 0 ? first : second;
            Community other = random.nextDouble() < CROSS ? communities.get(random.nextInt(communities.size())) : c;
            String university = pick(random, c.universities());
            String enterprise = pick(random, other.enterprises());
            String platform = pick(random, c.platforms());
            text.append('（').append(numerals[t]).append('）');
            switch (random.nextInt(4)) {
                case 0 -> text.append("共建研发平台。支持").append(university).append("与").append(enterprise)
                        .append("共建").append(platform).append("，开展").append(c.industry()).append("关键技术攻关。");
                case 1 -> text.append("建设中试基地。推动").append(enterprise).append("依托").append(university)
                        .append("建设").append(c.industry()).append("中试基地。");
                case 2 -> text.append("提升园区能级。支持").append(university).append("在").append(c.park())
                        .append("设立").append(platform).append("分中心，服务").append(c.industry()).append("产业。");
                default -> text.append("深化产学研合作。鼓励").append(enterprise).append("与").append(university)
                        .append("开展").append(c.industry()).append("联合攻关，入驻").append(other.park()).append("。");
            }
            text.append("（责任单位：市科技局、市工信局）\n");
        }
        return text.toString();
    }

    private static String stem(Random random, Set<String> used) {
        while (true) {
            char a = STEM_CHARACTERS.charAt(random.nextInt(STEM_CHARACTERS.length()));
            char b = STEM_CHARACTERS.charAt(random.nextInt(STEM_CHARACTERS.length()));
            if (a != b && used.add("" + a + b)) {
                return "" + a + b;
            }
        }
    }

    private static <T> T pick(Random random, List<T> pool) {
        return pool.get(random.nextInt(pool.size()));
    }
}
