package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the title block before the first heading: the 文件 line and the title's own prefix name the
 * issuers, then come the number (X发〔2018〕20号, also with [ ] or （ ） brackets), the title (关于…的意见,
 * possibly over several lines) and the date, which is either under the title or in the signature.
 */
final class HeaderReader {
    static final Pattern NUMBER = Pattern.compile(
            "[\\p{IsHan}]{1,8}[〔\\[［（【](\\d{4})[〕\\]］）】]\\s*第?\\d{1,4}号");
    /**
     * The genre word a title ends with: the statutory kinds of official documents (决议, 决定, 公报, 公告, 通告, 意见, 通知,
     * 通报, 报告, 请示, 批复, 函, 纪要 …) and the plans and rules they issue.
     */
    static final Pattern TITLE_END = Pattern.compile(
            "(?:意见|通知|办法|方案|规划|决定|细则|规定|计划|措施|举措|政策|条例|批复|报告|纲要|通告|要点|清单|纪要|通报|公告|公报"
                    + "|决议|请示|函|简报|任务书|责任书|台账|答复|复函|制度|协议|协议书)$");
    /** An issuing organ: 中共徐州市委, 徐州市人民政府, 江苏省科学技术厅, …办公室. */
    static final Pattern ORGAN = Pattern.compile(
            "(?:中共)?[\\p{IsHan}]{2,12}?[市省县区](?:管理委员会|管委会|委员会|委|人民政府|政府|[\\p{IsHan}]{1,8}?[局厅委办]"
                    // a leading group whose office issues a bulletin (某县科技创新工作领导小组办公室)
                    + "|[\\p{IsHan}]{1,10}?小组)"
                    // an organ's Party group (中共某某区科学技术局党组) issues with it
                    + "(?:办公室|办公厅|党组)?");
    /**
     * A school's red head: its name alone over the title of a plan it issues (某某理工大学); not two parties run together
     * (某某市人民政府某某大学, an agreement's head).
     */
    private static final Pattern SCHOOL = Pattern.compile("(?:(?!政府|委员会|管委会)[\\p{IsHan}]){2,12}?(?:大学|学院)");
    private static final Pattern FILE_LINE = Pattern.compile("^(.+?)文件$");
    private static final Pattern CITY = Pattern.compile("^(?:中共)?([\\p{IsHan}]{2,4}?[市县])");
    /**
     * A district an issuer names when it names no city or county (沄川区科学技术局 issuing its own 工作要点): the district is
     * the home place; not a zone (高新区, 开发区, 园区), which {@link #ZONE_CITY} reads.
     */
    private static final Pattern DISTRICT = Pattern.compile("^(?:中共)?([\\p{IsHan}]{2,3}?(?<![新开园地城片景社辖郊聚范业])区)");
    /** A development zone's organ, named after its city (汀州高新技术产业开发区管理委员会 → 汀州市). */
    private static final Pattern ZONE_CITY = Pattern.compile(
            "^([\\p{IsHan}]{2})(?:高新技术产业开发区|经济技术开发区|高新区|经开区|经济开发区|开发区|新区)");
    /** A bulletin's issuing line: the organ and the date on one line, set apart by blanks the cleaner drops. */
    private static final Pattern ISSUE_LINE = Pattern.compile("^(.{4,40}?)[\\s\u3000]*(\\d{4}年\\d{1,2}月\\d{1,2}日)$");
    /** A date printed on its own under the title: (2018年4月18日). */
    private static final Pattern DATE_LINE = Pattern.compile("^（?\\d{4}年\\d{1,2}月\\d{1,2}日）?$");

    /** A title quoted whole, as a web page may print it. */
    private static final Pattern QUOTED_TITLE = Pattern.compile("^《([^《》]*关于[^《》]*)》$");
    /** A web page's breadcrumb trail: where the site files the page. */
    private static final Pattern BREADCRUMB = Pattern.compile(
            "^(?:首页|当前位置|您的位置|您现在的位置|现在位置)|[>＞›»].*[>＞›»]");
    /** A line this short ending in a genre word, above a 关于 title, is the genre's banner. */
    private static final int BANNER = 6;

    private HeaderReader() {
    }

    /** Whether a line is an organ's name followed by a date (某县…领导小组办公室　　2026年4月20日). */
    private static boolean issueLine(String line) {
        Matcher m = ISSUE_LINE.matcher(line);
        return m.matches() && ORGAN.matcher(m.group(1).strip()).matches();
    }

    /** Reads the header from the paragraphs before {@code bodyStart}; {@code signature} may hold the date. */
    /**
     * The header, {@code text} the whole logical text: a city read from the title alone must be named again in it
     * (关于交办市十七届…: 交办 is a verb, not a city).
     */
    static DocumentHeader read(List<Paragraph> front, List<Paragraph> signature, String text) {
        List<String> issuers = new ArrayList<>();
        String number = "";
        Span numberSpan = null;
        int titleStart = -1;
        int titleEnd = -1;
        StringBuilder title = new StringBuilder();
        String date = "";
        Span dateSpan = null;
        // a genre banner over the title (督　办　通　知 above 关于…的督办通知) is not the title
        boolean aboutTitle = front.stream().anyMatch(p -> p.text().contains("关于") && p.text().indexOf('。') < 0);
        for (Paragraph p : front) {
            if (BREADCRUMB.matcher(p.text()).find()) {
                continue; // a web page's trail (首页 > 政策法规 > 地方政策) names the site's sections, not the document
            }
            if (aboutTitle && titleStart < 0 && p.text().length() <= BANNER && !p.text().contains("关于")
                    && TITLE_END.matcher(p.text()).find()) {
                continue;
            }
            Matcher file = FILE_LINE.matcher(p.text());
            Matcher num = NUMBER.matcher(p.text());
            Matcher dateMatch = Dates.DATE.matcher(p.text());
            if (file.find() && title.isEmpty()) {
                addOrgans(file.group(1), issuers);
            } else if (title.isEmpty() && issuers.isEmpty() && p.index() == front.get(0).index()
                    && (ORGAN.matcher(p.text().strip()).matches() || SCHOOL.matcher(p.text().strip()).matches())) {
                // a letter's masthead: the organ's name alone on the first line (浠川市科学技术局, 某某大学)
                issuers.add(p.text().strip());
            } else if (number.isEmpty() && num.find() && p.text().length() < 40) {
                number = num.group();
                numberSpan = new Span(p.start() + num.start(), p.start() + num.end());
            } else if (date.isEmpty() && DATE_LINE.matcher(p.text()).matches() && dateMatch.find()) {
                date = Dates.iso(dateMatch);
                dateSpan = new Span(p.start() + dateMatch.start(), p.start() + dateMatch.end());
            } else if (date.isEmpty() && issuers.isEmpty() && p.text().endsWith("日") && issueLine(p.text()) && dateMatch.find()) {
                Matcher line = ISSUE_LINE.matcher(p.text());
                line.matches();
                issuers.add(line.group(1).strip());
                date = Dates.iso(dateMatch);
                dateSpan = new Span(p.start() + dateMatch.start(), p.start() + dateMatch.end());
            } else if (titleEnd < 0 && (titleStart >= 0 || p.text().contains("关于") || TITLE_END.matcher(p.text()).find()
                    || QUOTED_TITLE.matcher(p.text()).matches())
                    && p.text().indexOf('。') < 0 && p.text().length() <= 80) {
                // a web page may quote the title whole (《…关于印发…的通知》)
                Matcher quoted = QUOTED_TITLE.matcher(p.text());
                int from = quoted.matches() ? 1 : 0;
                String line = quoted.matches() ? quoted.group(1) : p.text();
                int at = titleStart >= 0 ? 0 : Math.max(0, line.indexOf("关于"));
                if (titleStart < 0) {
                    addOrgans(line.substring(0, at), issuers);
                    titleStart = p.start() + from + at;
                }
                title.append(line.substring(at));
                if (TITLE_END.matcher(line).find()) {
                    titleEnd = p.start() + from + line.length();
                }
            }
        }
        if (date.isEmpty()) {
            for (Paragraph p : signature) {
                Matcher dateMatch = Dates.DATE.matcher(p.text());
                if (DATE_LINE.matcher(p.text()).matches() && dateMatch.find()) {
                    date = Dates.iso(dateMatch);
                    dateSpan = new Span(p.start() + dateMatch.start(), p.start() + dateMatch.end());
                    break;
                }
            }
        }
        String issuer = String.join(" ", issuers);
        Span titleSpan = titleEnd >= 0 ? new Span(titleStart, titleEnd) : null;
        String city = cityOf(issuers, titleSpan == null ? "" : title.toString());
        if (!city.isEmpty() && issuers.isEmpty() && !text.isEmpty() && titleSpan != null
                && text.indexOf(city, titleSpan.end()) < 0 && text.lastIndexOf(city, titleSpan.start()) < 0) {
            city = ""; // named in the title only: not the issuer's city
        }
        return new DocumentHeader(issuer, city, number,
                numberSpan, titleSpan == null ? "" : title.toString(), titleSpan, date, dateSpan);
    }

    private static void addOrgans(String text, List<String> issuers) {
        Matcher organ = ORGAN.matcher(text);
        while (organ.find()) {
            if (!issuers.contains(organ.group())) {
                issuers.add(organ.group());
            }
        }
    }

    /**
     * The first city (or, for a county's own documents, county) an issuer names, else one the title starts with, else a
     * zone's city, else a district an issuer names.
     */
    private static String cityOf(List<String> issuers, String title) {
        for (String issuer : issuers) {
            Matcher city = CITY.matcher(issuer);
            if (city.find()) {
                return city.group(1);
            }
        }
        Matcher city = CITY.matcher(title.replaceFirst("^关于", ""));
        if (city.find()) {
            return city.group(1);
        }
        for (String issuer : issuers) {
            Matcher zone = ZONE_CITY.matcher(issuer);
            if (zone.find()) {
                return zone.group(1) + "市";
            }
        }
        for (String issuer : issuers) {
            Matcher district = DISTRICT.matcher(issuer);
            if (district.find()) {
                return district.group(1);
            }
        }
        return "";
    }
}
