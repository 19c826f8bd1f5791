package dev.collabgraph.loader.text;

import com.ibm.icu.text.Normalizer2;

/**
 * The radical code points a PDF printed from Word often gives for ordinary characters, read as the ideographs they
 * stand for: a heading font whose ToUnicode table maps 一 人 工 民 长 to the Kangxi radicals ⼀ ⼈ ⼯ and the supplement's
 * ⺠ ⻓ makes （⼀） and 县⼯业和信息化局 of （一） and 县工业和信息化局, so that one unit is not spelled two ways. The Kangxi
 * radicals (U+2F00–U+2FD5) are mapped by their compatibility decomposition; the CJK Radicals Supplement (U+2E80–U+2EF3)
 * has almost none, and is mapped by Unicode's Equivalent Unified Ideograph data (kept here for the forms that stand
 * alone as characters). One character for one, so offsets are kept.
 */
final class Radicals {
    private static final char FIRST = '\u2E80';
    private static final char LAST = '\u2FDF';
    /** Radical supplement forms and the unified ideograph each is equivalent to (EquivalentUnifiedIdeograph.txt). */
    private static final String SUPPLEMENT =
            "⺁厂⺄乙⺅亻⺆冂⺊卜⺌小⺍小⺎尢⺒巳⺓幺⺔彑⺕彐⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牜⺨犭"
                    + "⺩王⺫罒⺬示⺭礻⺮竹⺯糹⺰纟⺱罓⺲罒⺶羊⺷羊⺹耂⺺肀⺻聿⺼肉⺽臼⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠"
                    + "⻉贝⻋车⻌辶⻍辶⻎辶⻏阝⻐钅⻑長⻒镸⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟"
                    + "⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟";
    private static final char[] UNIFIED = build();

    private Radicals() {
    }

    /** The ideograph {@code c} stands for when it is a radical code point that has one, else {@code c}. */
    static char unified(char c) {
        if (c < FIRST || c > LAST) {
            return c;
        }
        char u = UNIFIED[c - FIRST];
        return u == 0 ? c : u;
    }

    /** Whether {@code c} is a radical code point that stands for an ideograph (what {@link #any} looks for). */
    static boolean stands(char c) {
        return c >= FIRST && c <= LAST && UNIFIED[c - FIRST] != 0;
    }

    /** Whether {@code text} holds a radical code point that stands for an ideograph. */
    static boolean any(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST && UNIFIED[c - FIRST] != 0) {
                return true;
            }
        }
        return false;
    }

    private static char[] build() {
        char[] table = new char[LAST - FIRST + 1];
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        for (char c = '\u2F00'; c <= '\u2FD5'; c++) {
            String s = nfkc.normalize(String.valueOf(c));
            if (s.length() == 1 && Character.isIdeographic(s.charAt(0))) {
                table[c - FIRST] = s.charAt(0);
            }
        }
        for (int i = 0; i + 1 < SUPPLEMENT.length(); i += 2) {
            table[SUPPLEMENT.charAt(i) - FIRST] = SUPPLEMENT.charAt(i + 1);
        }
        return table;
    }
}
