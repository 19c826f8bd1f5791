package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Organs' names run together where a table cell's blanks or line breaks were lost (科技局发改委经信委人社局, as a PDF's
 * wrapped cell reads): the run is cut where one organ's name ends and the next begins. A cut is made only when the
 * whole run falls into organ names, each ending as an organ does (局, 委, 办, 厅, 部, 府, 会) and none a bare tail of a
 * longer name (管委会, 人民政府, 员会 of 委员会), a branch named after its parent (…局高新分局), or a party committee or
 * a government's short name that opens a department's name (市委 of 市委组织部, 旗委组织部, 市政府国资委).
 */
final class RunTogetherUnits {
    /** The shortest run worth cutting: two names of two letters and more. */
    private static final int MIN_RUN = 5;
    private static final int MAX_PART = 12;
    /** What an organ's name ends with; 会 not after 社 (人力资源和社会保障局). */
    private static final String ENDINGS = "局委办厅部府会";
    /** Letters no organ's name opens with: they end names or continue them (员会, 会, 局). */
    private static final String NO_START = "局委办厅部府会员室";
    /** Parts that are a longer name's tail or a committee heading a department, never an organ alone here. */
    private static final Pattern NOT_A_PART = Pattern.compile(
            "^(?:管委会|管理委员会|人民政府|政府|办事处|党工委|\\p{IsHan}委|社会|委员会)$"
            // a government's short name heads its own organs (市政府国资委, 区政府研究室)
            + "|^\\p{IsHan}{1,3}(?<!人民)政府$"
            // a branch named after its parent (生态环境局经开区分局, 金融监督管理总局某某分局): one unit
            + "|.+(?:分局|支局|分会|分中心)$"
            // a national bureau heads its local bureaus' names (国家税务总局某某市某某区税务局)
            + "|.+总局$");

    private RunTogetherUnits() {
    }

    /** Where {@code name} is cut into organs' names (the starts of the second and later), or an empty list. */
    static List<Integer> cuts(String name) {
        int n = name.length();
        if (n < MIN_RUN || !allHan(name)) {
            return List.of();
        }
        // the most parts that cover the whole name (an organ's own name never holds a whole organ's name before more of
        // it, so a run that falls apart into organs is several): best[i] = parts for name[0, i), -1 when none
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, -1);
        best[0] = 0;
        for (int end = 2; end <= n; end++) {
            if (!endsOrgan(name, end)) {
                continue;
            }
            for (int start = Math.max(0, end - MAX_PART); start <= end - 2; start++) {
                if (best[start] < 0 || NO_START.indexOf(name.charAt(start)) >= 0
                        || NOT_A_PART.matcher(name.substring(start, end)).matches()) {
                    continue;
                }
                if (best[start] + 1 > best[end]) {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (best[n] < 2) {
            return List.of();
        }
        List<Integer> cuts = new ArrayList<>();
        for (int end = n; from[end] > 0; end = from[end]) {
            cuts.add(0, from[end]);
        }
        return cuts;
    }

    private static boolean endsOrgan(String name, int end) {
        char last = name.charAt(end - 1);
        // (办 before 公 is the first letter of 办公厅, 办公室: an office, not the end of one)
        return ENDINGS.indexOf(last) >= 0 && !(last == '会' && name.charAt(end - 2) == '社')
                && !(last == '办' && end < name.length() && name.charAt(end) == '公');
    }

    private static boolean allHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }
}
