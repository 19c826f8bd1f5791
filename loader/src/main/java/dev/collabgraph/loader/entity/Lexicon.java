package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.StringMemo;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed word classes the rules rely on. None of them are names: they are the verbs and function words
 * that end the text before a name, and the level, quantity and category words that do not make a name
 * specific. Lists are about Chinese policy prose in general, not about any one document.
 */
final class Lexicon {
    /** Verbs that take an organisation as object, and function words: a name may start after them. */
    private static final List<String> BOUNDARY_WORDS = List.of(
            "支持", "依托", "推动", "推进", "加快", "重点", "打造", "建设", "培育", "发挥", "实施", "围绕", "加强",
            "完善", "引导", "鼓励", "争创", "创建", "组建", "引进", "引入", "做强", "做大", "做优", "筹建", "运营", "对接",
            "设立", "落实", "提升", "成立", "举办", "开展", "吸引", "跟踪", "充分", "积极", "构建", "增强", "剥离", "冲刺", "整合",
            "促进", "深化", "布局", "建成", "申报", "搭建", "形成", "共建", "依靠", "突出", "聚焦", "面向",
            "包括", "入驻", "支撑", "服务于", "牵头", "参与", "推广", "扶持", "认定", "新建", "扩建", "建立",
            "壮大", "一批", "首批", "若干", "各类", "各级", "新增", "做精",
            "以及", "乃至", "通过", "拓展", "引育", "招引", "集聚", "主动", "探索", "试点", "加速", "全力", "大力",
            "着力", "力争", "进一步", "优先", "按照", "根据", "结合", "强化", "突破", "制定", "参与", "瞄准", "优化", "运用", "开发", "作为",
            "赋予", "给予", "争当", "进入", "实现", "获得", "达到", "超过", "成为", "列入", "纳入", "编制", "组织", "启动", "遴选", "改造", "提高", "增加", "加大", "坚持", "贯彻", "统筹", "推行",
            "吸纳", "承担", "实行", "服务", "已经", "简称", "承接", "覆盖", "融入", "完成", "跃居", "稳居", "对标", "确保", "衔接",
            "整合", "补齐", "制订", "共有", "拥有", "现有", "紧扣", "紧盯", "赋能", "做实", "争取", "抢抓", "抢占", "深耕",
            "带动", "辐射", "办好", "做好", "抓好", "建好", "助力", "同意", "关于", "请", "责成", "延伸", "开通",
            // planning a zone to a standard (高标准规划某某科学城); 规划 alone is a letter of names (规划设计研究院)
            "高标准规划",
            // verbs whose object is a trade or a chain (制约产业发展, 攻克产业链…, 用于主导产业项目, 重点承载集成电路、…,
            // 新签约亿元以上产业项目, 聚力科技创新, 梳理产业链…, 人才共育)
            "制约", "攻克", "用于", "承载", "签约", "聚力", "梳理", "共育",
            // an organisation's own acts on its charter, standards and members (修订联盟章程, 发布联盟标准, 加入联盟)
            "修订", "发布", "加入", "报告", "征集", "审议",
            // a school's stake in a company it turns its patents into (以…专利技术入股某某公司)
            "入股",
            // a client's act on a school it commissions (委托某大学食品学院开展…)
            "委托",
            // where a platform or a company goes, and what a park is named (X研究院落户Y高新区, 位于Y, 联动Y, X获评Y,
            // 选址Y, 常驻Y, 到Y)
            "落户", "落地", "位于", "联动", "先后", "获评", "入选", "迁入", "赴", "选址", "常驻", "到",
            // an appositive kind before a company's own name (支持链主企业X有限公司)
            "链主企业", "龙头企业", "配套企业", "重点企业",
            // a company named as part of another (其所属X公司, 其控股子公司X公司)
            "所属", "子公司",
            // the part of a list that a clause picks out (责任单位：A、B，其中B牵头)
            "其中",
            // bringing about or solving what is named after (促成X大学与Y合作, 解决实验室成果转化难题)
            "促成", "解决",
            // the rules an item issues about a kind of body and what they settle (出台X中心管理办法, 明确X中心的认定条件)
            "出台", "明确",
            // verbs before a place's industries (绘制某区产业地图, 避免相关产业…, 用好某区产业…)
            "保障", "避免", "用好", "绘制",
            // promoting or enlarging what is named after (推介X大学的成果, 扩容X科技园), opening a way for it (打通实验室成果…)
            "推介", "扩容", "打通",
            // linking, guiding, submitting, approved (串联X高新区, 指导X集团, 提交省重点实验室申报, 获批省级创新联合体)
            "串联", "指导", "提交", "获批",
            // sending a school's or an institute's people (选派X大学专家组建团队)
            "选派",
            // a rank a body is given (新认定为市级工程技术研究中心的, 被评为X, 列为X): the rank is no part of its name
            "认定为", "评定为", "确定为", "列为", "评为", "命名为", "升格为",
            // choosing, recommending or arranging a body, sending people to it, strengthening it (确定X研究院, 推荐X大学,
            // 安排X基地, 派驻X研究院, 走进X实验室, 建强X中心)
            "确定", "推荐", "安排", "派驻", "走进", "建强",
            // the label of a box (专栏1 某某产业集群): its number is skipped after it
            "专栏",
            "的", "等", "在", "对", "由", "向", "从", "将", "把", "和", "及", "并", "或", "与", "同", "为", "联合", "会同");

    /**
     * Submitting a report to a body (将推进情况报区科技局, 于3月10日前报经开区…, 工作进展报送领导小组): what is reported and
     * when are no part of the body's name, and the body receives the report, it is given no work.
     */
    private static final List<String> REPORTING_WORDS = List.of("情况报", "进展报", "前报", "后报", "报送");
    static final WordIndex REPORTED_TO = new WordIndex(REPORTING_WORDS);

    /** Words after which a name may start (verbs that take an organisation as object, function words). */
    static final WordIndex BOUNDARY = new WordIndex(java.util.stream.Stream.concat(BOUNDARY_WORDS.stream(),
            REPORTING_WORDS.stream()).toList());

    /**
     * Before an industry name 发展, 为, 驱动, 引领 and 培养 end the phrase too (发展云计算大数据产业, 为产业…服务,
     * 创新驱动产业…), and so do the words for the whole place and year (全市新材料产业, 与我市产业, 全年新一代信息技术产业).
     */
    static final WordIndex INDUSTRY_BOUNDARY = new WordIndex(java.util.stream.Stream.concat(BOUNDARY_WORDS.stream(),
            java.util.stream.Stream.of("发展", "为", "驱动", "引领", "培养", "全市", "全省", "全区", "全县", "全旗", "我市", "我区",
                    "我县", "本市", "园区", "县域", "全年",
                    // an incubator's verb (重点孵化航空物流、新型显示领域企业); inside a platform's name it is its kind
                    "孵化",
                    // a meeting held about the chain (每季度召开一次产业链推进会), a chain said whole (形成完整产业链)
                    "召开", "一次", "完整",
                    // a school's programmes opened in a field (开设网络技术、软件开发等方向)
                    "开设",
                    // research attacking what follows (攻关高精度减速器、液压件等关键零部件)
                    "攻关",
                    // where a choice comes from (科研选题来自产业一线), a report on a chain (定期通报产业链运行情况)
                    "来自", "通报")).toList());

    /** Function words that are boundaries only at the very start of a chunk (inside names they are letters). */
    static final WordIndex LEADING_ONLY = new WordIndex(List.of(
            "以", "为", "于", "如", "经", "使", "至", "各", "其", "是", "有", "到", "之", "具有", "每", "表",
            // what a term is said to mean (重点产业链，是指A、B…; …，即A、B四条产业链)
            "是指", "即"));

    /**
     * Words that open with a leading function word's character yet are one word (有色金属, 有机农业, 经济作物, 即食竹笋):
     * the character is a letter of the word there, not a function word before a name.
     */
    private static final WordIndex LETTER_STARTS = new WordIndex(List.of("有色", "有机", "经济", "即食", "即饮"));

    /** The leading function word at {@code i} (as {@link #LEADING_ONLY}), or null when a word opens there. */
    static String leadingAt(CharSequence text, int i, int limit) {
        String lead = LEADING_ONLY.longestAt(text, i, limit);
        return lead == null || LETTER_STARTS.longestAt(text, i, limit) != null ? null : lead;
    }

    /** The numerals of the ordinal item markers 一是…十是 that open a point inside a paragraph. */
    private static final String ORDINALS = "一二三四五六七八九十两";

    /**
     * Length of the leading function word or ordinal marker (一是, 二是) at {@code i}, or 0: a name
     * never starts with one.
     */
    static int leadingLength(String text, int i, int limit) {
        if (i + 1 < limit && ORDINALS.indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == '是') {
            return 2;
        }
        String lead = leadingAt(text, i, limit);
        return lead == null ? 0 : lead.length();
    }

    /** Conjunctions that split a chunk only when the text before them ends with a type suffix. */
    static final WordIndex CONJUNCTIONS = new WordIndex(List.of("与", "同", "联合"));

    /** Level, quantity and category words: a name made only of these (plus its suffix) is generic. */
    static final WordIndex GENERIC = new WordIndex(List.of(
            "国家级", "国家", "省级", "省", "市级", "市", "县级", "区级", "各类", "各级", "一批", "新型", "企业", "重点", "公共",
            "专业化", "专业", "区域性", "区域", "若干", "国际", "国内外", "国内", "世界级", "世界领先", "全国", "一流",
            "高水平", "高端", "特色", "综合", "示范", "创新型", "创新", "科技", "技术", "产业", "高新",
            "高新技术", "大学", "高校", "院所", "科研", "研发", "工程", "协同", "产学研", "众创", "创业", "孵化",
            "人才", "服务", "制造业", "产教融合", "实训", "海外", "境外", "院士", "博士后", "双创", "合作", "联合", "中试",
            "知识产权", "检验检测", "检测认证", "检测", "认证", "金融", "现代", "先进", "新兴", "战略性",
            "传统", "相关", "有关", "大型", "中小", "龙头", "骨干", "领军", "行业", "地方", "本地", "乡村", "乡镇", "县域", "职业", "院校",
            "市场化", "线上", "线下", "一站式", "开放共享", "校企", "校地", "贷款", "保险",
            "投资", "融资", "股权", "主导", "优势", "主要", "新", "大", "规上",
            "前沿", "共性", "基础", "平台", "载体", "机构", "成果", "转化", "转移", "交流", "生产", "资源",
            "集聚", "加速", "应用", "推广", "功能", "配套", "经济", "核心", "关键",
            "各地", "我市", "全市", "本市", "县区", "重大", "项目", "年度", "战略", "职教", "更多", "支柱", "密集型", "密集", "民生", "前瞻性",
            "团队", "概念", "相应", "有条件", "用户", "主攻", "分", "省级以上", "以上", "高能级", "飞地", "区内", "县内", "未来",
            // what a list of industries is made of rather than one industry (关键零部件, 等产品, 细分领域, 首位产业)
            "产品", "零部件", "部件", "环节", "业态", "细分", "首位",
            // whom or how a training base serves (实习实训基地, 共享实训基地, 高校毕业生实训基地), no trade's name
            "实习", "共享", "毕业生",
            // where or how a kind of body is set up, or how good it is (离岸研发中心, 异地孵化器, 任务型创新联合体, 优秀孵化器,
            // 小型众创空间): a kind, no body's name
            "离岸", "异地", "任务型", "优秀", "小型", "跨市", "跨区域",
            // a heading's verb before a kind (发展现代产业学院): what is done, no body's name
            "发展",
            // a body called by its kind alone, whose part is meant (研究中心实验室: the centre's laboratory)
            "研究中心",
            // adverbs of time before a conjunction (企业已与某某大学…): a clause, not a name
            "已", "已经", "均",
            // an organ named by its kind alone (管委会与某某大学…, 市政府与…): not the start of a name
            "管委会", "政府", "人民政府", "县政府", "区政府", "市政府",
            // an amount (亿元以上产业项目); a measure word left of 每个/各个 (每个概念验证项目)
            "亿元", "个",
            // who owns a kind of body (外资研发中心, 独立法人研发机构, 全球研发中心; not 跨国, which names 省跨国技术转移中心): a kind, not a name
            "外资", "外商投资", "外商", "合资", "全球", "独立法人", "法人", "国有"));

    /** A number with a measure or scale word (四大, 两个, 千亿元, 百亿级): a quantity, not part of a name. */
    private static final String COUNT_NUMERALS = "一二三四五六七八九十两百千万";
    /** The N of a slogan's count (“2+3+N”, N个未来产业) counts like a numeral. */
    private static final Pattern COUNT = Pattern.compile("(?:[" + COUNT_NUMERALS + "\\d]+亿?|N)[大个项类级元条]");

    /** Level words dropped from park names for the canonical form (徐州国家高新区 → 徐州高新区). */
    static final List<String> PARK_LEVELS = List.of("国家级", "省级", "国家");

    private Lexicon() {
    }

    /**
     * Whether {@code m}'s pattern matches at exactly {@code from}. Unlike {@code find(from)} with
     * {@code \G}, this never scans the rest of the text, so a rule stays linear in the document.
     */
    static boolean matchesAt(java.util.regex.Matcher m, CharSequence text, int from) {
        return from < text.length() && m.region(from, text.length()).lookingAt();
    }

    /** Whether only generic words follow the last count in {@code s} (生物医药三大主导): a list's head, not a name. */
    static boolean endsWithCountedCategory(String s) {
        Matcher count = COUNT.matcher(s);
        int end = -1;
        while (count.find()) {
            end = count.end();
        }
        return end >= 0 && specificChars(s.substring(end)) == 0;
    }

    /**
     * Whether a count stands inside {@code s} after a name (人工智能和大数据三大千亿级数字): the head of a counted list
     * that a joined line or a missing comma glued to its last item, not one name.
     */
    static boolean countAfterName(String s) {
        Matcher count = COUNT.matcher(s);
        while (count.find()) {
            if (count.start() >= 2) {
                return true;
            }
        }
        return false;
    }

    static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    /** Characters a name can be made of: Han, ASCII letters and digits. */
    static boolean isNameChar(char c) {
        return isHan(c) || c < 128 && Character.isLetterOrDigit(c);
    }

    /**
     * How many characters of {@code s} are left after removing generic words greedily from the left;
     * ASCII letters count (ICT), digits do not make a name specific on their own.
     */
    static int specificChars(String s) {
        Integer known = SPECIFIC.get(s);
        if (known != null) {
            return known;
        }
        int left = countSpecific(s);
        SPECIFIC.put(s, left);
        return left;
    }

    /**
     * {@link #specificChars} of recent strings: modifiers and stems recur in every sentence that names the same
     * entity, and both passes judge them.
     */
    private static final StringMemo<Integer> SPECIFIC = new StringMemo<>(1 << 12);

    private static int countSpecific(String s) {
        int left = 0;
        int i = 0;
        Matcher count = null;
        while (i < s.length()) {
            String w = GENERIC.longestAt(s, i, s.length());
            if (w != null) {
                i += w.length();
            } else if ((COUNT_NUMERALS.indexOf(s.charAt(i)) >= 0 || Character.isDigit(s.charAt(i)) || s.charAt(i) == 'N')
                    && matchesAt(count = count == null ? COUNT.matcher(s) : count, s, i)) {
                // a count starts with a numeral: the matcher is made and reset only there (most names have none)
                i = count.end();
            } else {
                char c = s.charAt(i);
                if (isHan(c) || c < 128 && Character.isLetter(c)) {
                    left++;
                }
                i++;
            }
        }
        return left;
    }
}
