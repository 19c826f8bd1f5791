package dev.collabgraph.loader.text;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/** A Word paragraph's tab stops, set on it or on its style and the styles that style is based on. */
final class DocxTabs {
    /** How many styles up a style's basis is followed (a loop of styles ends there). */
    private static final int MAX_BASES = 10;

    private DocxTabs() {
    }

    /** Whether a tab of {@code paragraph} goes to a right-aligned stop drawn with a leader (dots, a line). */
    static boolean leaderAtRight(XWPFParagraph paragraph) {
        if (paragraph.getCTP().getPPr() != null && leaderAtRight(paragraph.getCTP().getPPr().getTabs())) {
            return true;
        }
        XWPFStyles styles = paragraph.getDocument() == null ? null : paragraph.getDocument().getStyles();
        String id = paragraph.getStyleID();
        for (int up = 0; styles != null && id != null && up < MAX_BASES; up++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                return false;
            }
            CTPPrGeneral properties = style.getCTStyle().getPPr();
            if (properties != null && leaderAtRight(properties.getTabs())) {
                return true;
            }
            id = style.getBasisStyleID();
        }
        return false;
    }

    private static boolean leaderAtRight(CTTabs tabs) {
        if (tabs == null) {
            return false;
        }
        for (CTTabStop stop : tabs.getTabList()) {
            if (stop.getVal() == STTabJc.RIGHT && stop.isSetLeader() && stop.getLeader() != STTabTlc.NONE) {
                return true;
            }
        }
        return false;
    }
}
