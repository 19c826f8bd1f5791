package dev.collabgraph.bench.formats;

import org.jsoup.nodes.Entities;

/**
 * A text as a government site's content system publishes it: the site's banner and navigation, a breadcrumb, the
 * article a {@code <p>} a line inside {@code <div class="article">} (tab-separated lines a {@code <table>}), and the
 * site's footer with its 版权所有 and ICP line. Banner and footer are plain {@code <div>}s, as most such sites have them.
 */
final class HtmlCopy {
    private HtmlCopy() {
    }

    static byte[] render(String text) {
        String title = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        StringBuilder out = new StringBuilder()
                .append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title))
                .append(" - 某某市人民政府门户网站</title>\n</head>\n<body>\n")
                .append("<div class=\"header\"><div class=\"logo\">某某市人民政府门户网站</div>\n")
                .append("<div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/zwgk/\">政务公开</a> | ")
                .append("<a href=\"/zcwj/\">政策文件</a> | <a href=\"/bsfw/\">办事服务</a> | <a href=\"/hdjl/\">互动交流</a></div>\n")
                .append("</div>\n<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a>")
                .append(" &gt; 政策文件</div>\n<div class=\"article\">\n");
        for (Blocks.Block block : Blocks.of(text)) {
            if (block instanceof Blocks.Paragraph p) {
                out.append(p.blank() ? "<p><br></p>\n"
                        : "<p style=\"text-indent:2em\">" + escape(p.text().strip()) + "</p>\n");
            } else if (block instanceof Blocks.Table t) {
                table(out, t);
            }
        }
        out.append("</div>\n<div class=\"footer\"><p>版权所有：某某市人民政府办公室　主办：某某市人民政府办公室</p>\n")
                .append("<p>网站标识码：1234000001　某ICP备12345678号-1　某公网安备 12345602000001号</p></div>\n")
                .append("</body>\n</html>\n");
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder out, Blocks.Table t) {
        out.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\">\n");
        for (var row : t.rows()) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(escape(cell.strip())).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private static String escape(String s) {
        return Entities.escape(s);
    }
}
