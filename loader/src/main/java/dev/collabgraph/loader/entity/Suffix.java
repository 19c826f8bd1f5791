package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A type suffix (…大学, …集团, …重点实验室, …高新区, …产业) and what a name ending with it needs.
 * {@code proper}: the modifier must start with a place or organisation (服务平台, 基地: domain words alone
 * describe a kind, not one entity). {@code weak}: the suffix is an ordinary word too (…科技, …液压), so
 * the name also needs an actor context (与/联合/等企业 …).
 */
record Suffix(String text, Label label, boolean proper, boolean weak) {
    private static final Map<String, Suffix> ALL = new HashMap<>();
    static final WordIndex INDEX;

    static {
        add(Label.University, "", "高等专科学校", "职业技术学院", "专科学校", "中等专业学校", "职业技术学校", "大学", "学院", "师大", "医大", "农大",
                "工大", "科大", "职院", "校区");
        // a county's vocational school is named a centre (某某县职业教育中心, 职教中心): a school all the same
        add(Label.University, "p", "职业教育中心", "职教中心", "中等职业学校", "中等职业技术学校", "职业中专学校", "职业中专");
        add(Label.Enterprise, "", "股份有限公司", "有限公司", "集团", "公司", "股份", "药业", "控股", "重工", "实业");
        // Adjectives and trades as well as brand endings: a company only after a place or an organisation.
        add(Label.Enterprise, "p", "制药", "银行", "农商银行", "农村商业银行", "分行", "支行");
        add(Label.Enterprise, "w", "科技", "电子", "电气", "机械", "汽车", "材料", "新材");
        add(Label.Platform, "", "重点实验室", "联合实验室", "联合研究院", "联合研发中心", "联合研究中心", "联合创新中心", "工程实验室", "实验室", "工程技术研究中心", "工程研究中心",
                "技术研究中心", "研究中心", "企业技术中心", "技术中心", "研发中心", "研究院", "研究所", "转移中心",
                "创新中心", "质检中心", "检测中心", "检验检测中心", "质量检验检测中心", "联盟", "转化中心", "验证中心", "中试基地", "验证基地", "分院", "分中心", "分市场",
                "科技小院", "产教联合体", "产教融合共同体");
        add(Label.Platform, "p", "交易中心", "交易市场", "服务中心", "公共服务平台", "服务平台", "共享平台", "孵化器", "加速器",
                "众创空间", "创客空间", "大市场", "金融超市", "创新联合体", "工业设计中心", "促进中心", "保护中心", "工作站",
                "孵化港", "孵化基地", "创业基地", "维权中心", "中试平台", "验证平台", "转化平台", "服务站", "熟化基地", "运营中心",
                "测试平台", "测试中心", "测试场", "评价中心", "计算中心", "实训基地", "实训中心");
        add(Label.Park, "", "经济技术开发区", "高新技术产业开发区", "高新区", "经开区", "经济开发区", "开发区", "科技城", "科学城",
                "科教城", "创新谷", "创新区", "科技园", "软件园", "产业园", "创新园", "创业园", "工业园", "产业园区",
                "工业园区", "科创园", "大学科技园", "大学城", "科技园区", "合作园",
                "工业集中区", "综合保税区", "保税区", "物流园区", "物流园", "农业园区", "科创城", "科技港", "创新港", "先导区",
                "科创走廊", "创新走廊", "孵化园", "科学园", "协作园", "科创谷", "智造谷", "化工园", "创新街区",
                // a cluster zone named for its trade needs no place before it (人工智能产业集聚区)
                "产业集聚区");
        add(Label.Park, "p", "基地", "集聚区", "示范区", "小镇", "新区", "示范园", "示范园区", "生态园", "农业园", "化工园区", "加工园", "科创飞地");
        add(Label.Industry, "", "产业", "行业", "制造业", "服务业", "领域");
        List<String> words = new ArrayList<>(ALL.keySet());
        INDEX = new WordIndex(words);
    }

    private static void add(Label label, String flags, String... suffixes) {
        for (String s : suffixes) {
            ALL.put(s, new Suffix(s, label, flags.contains("p"), flags.contains("w")));
        }
    }

    static Suffix of(String text) {
        return ALL.get(text);
    }

    /** The longest type suffix that ends exactly at {@code end} of {@code name}, or null. */
    static Suffix endingAt(CharSequence name, int end, int floor) {
        String w = INDEX.longestEndingAt(name, end, floor);
        return w == null ? null : ALL.get(w);
    }
}
