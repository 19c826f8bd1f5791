package dev.collabgraph.loader.text;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * The numbers Word draws in front of list paragraphs (一、 / （一） / 1.), which are not in the paragraph's text:
 * counted here in body order, so that automatically numbered tasks read like typed ones.
 */
final class WordNumbering {
    private static final int LEVELS = 9;
    private static final String DIGITS = "零一二三四五六七八九";

    /** The marks a bulleted list item is written with: a first-level item, and one nested under it. */
    static final String BULLET = "●";
    static final String SUB_BULLET = "○";

    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /** The number label of {@code paragraph} ("" when it is not in a numbered list), counting it. */
    String label(XWPFParagraph paragraph) {
        BigInteger list = paragraph.getNumID();
        String format = list == null ? null : paragraph.getNumFmt();
        String pattern = list == null ? null : paragraph.getNumLevelText();
        int level = paragraph.getNumIlvl() == null ? 0
                : Math.max(0, Math.min(LEVELS - 1, paragraph.getNumIlvl().intValue()));
        if (list != null && (format == null || pattern == null) && paragraph.getDocument() != null
                && paragraph.getDocument().getNumbering() != null) {
            // a paragraph that names its list but not its level is at the list's first level, as Word draws it
            StyleNumbering first = levelOf(paragraph.getDocument(), list, level);
            if (first != null) {
                format = first.format();
                pattern = first.pattern();
            }
        }
        if (list == null) {
            // numbering set in the paragraph's style (Heading 1 numbered 一、 in styles.xml), not on the paragraph
            StyleNumbering styled = styleNumbering(paragraph);
            if (styled != null) {
                list = styled.list();
                level = styled.level();
                format = styled.format();
                pattern = styled.pattern();
            }
        }
        if (format != null && format.equals("bullet")) {
            // the bullet's own glyph is often a symbol font's private code point: written as the plain mark it draws
            return level == 0 ? BULLET : SUB_BULLET;
        }
        if (format == null || pattern == null || format.equals("none")) {
            return "";
        }
        int[] count = counters.computeIfAbsent(list, id -> new int[LEVELS]);
        count[level]++;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                int placeholder = Math.min(LEVELS, Math.max(1, pattern.charAt(++i) - '0')) - 1;
                // a placeholder of the paragraph's own level takes its format; higher levels are written as digits
                label.append(placeholder == level ? formatted(count[placeholder], format)
                        : Integer.toString(Math.max(1, count[placeholder])));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    /** A list and level a paragraph takes from its style, with that level's format and text. */
    private record StyleNumbering(BigInteger list, int level, String format, String pattern) {
    }

    /** How many styles a paragraph's style may be based on in turn before the search gives up. */
    private static final int MAX_STYLE_DEPTH = 8;

    private static StyleNumbering styleNumbering(XWPFParagraph paragraph) {
        XWPFDocument document = paragraph.getDocument();
        if (document == null || paragraph.getStyleID() == null || document.getStyles() == null
                || document.getNumbering() == null) {
            return null;
        }
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && depth < MAX_STYLE_DEPTH; depth++) {
            XWPFStyle style = document.getStyles().getStyle(styleId);
            if (style == null || style.getCTStyle() == null) {
                return null;
            }
            CTPPrGeneral properties = style.getCTStyle().getPPr();
            if (properties != null && properties.isSetNumPr() && properties.getNumPr().getNumId() != null) {
                CTNumPr numPr = properties.getNumPr();
                BigInteger list = numPr.getNumId().getVal();
                int level = numPr.getIlvl() == null ? 0 : Math.max(0, Math.min(LEVELS - 1, numPr.getIlvl().getVal().intValue()));
                return levelOf(document, list, level);
            }
            styleId = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
        }
        return null;
    }

    private static StyleNumbering levelOf(XWPFDocument document, BigInteger list, int level) {
        XWPFNum num = document.getNumbering().getNum(list);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        XWPFAbstractNum abstractNum = document.getNumbering().getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return null;
        }
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlList()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level && lvl.getNumFmt() != null
                    && lvl.getLvlText() != null) {
                return new StyleNumbering(list, level, lvl.getNumFmt().getVal().toString(), lvl.getLvlText().getVal());
            }
        }
        return null;
    }

    /** {@code n} written in the list format named {@code format} (a .docx ST_NumberFormat name). */
    static String formatted(int n, String format) {
        return switch (format) {
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : Integer.toString(n);
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting",
                    "ideographDigital", "taiwaneseCounting", "taiwaneseCountingThousand", "taiwaneseDigital",
                    "ideographLegalTraditional", "japaneseLegal", "japaneseDigitalTenThousand" -> chinese(n);
            case "decimalEnclosedParen" -> "(" + n + ")";
            case "decimalEnclosedFullstop" -> n + ".";
            case "upperLetter" -> n >= 1 && n <= 26 ? String.valueOf((char) ('A' + n - 1)) : Integer.toString(n);
            case "lowerLetter" -> n >= 1 && n <= 26 ? String.valueOf((char) ('a' + n - 1)) : Integer.toString(n);
            default -> Integer.toString(n);
        };
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十; beyond 99 digits (no list in a policy document runs that long). */
    static String chinese(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        int tens = n / 10;
        int ones = n % 10;
        String out = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
        return ones == 0 ? out : out + DIGITS.charAt(ones);
    }
}
