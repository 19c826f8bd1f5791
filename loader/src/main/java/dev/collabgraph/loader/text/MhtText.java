package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page saved as one file (.mht, .mhtml: "网页，单个文件", as browsers and Word save it): a MIME message whose first
 * text/html part is the page, its images and style sheets the other parts. The page is decoded from its transfer
 * encoding (quoted-printable or base64) and charset, and read as any web page ({@link HtmlText}).
 */
final class MhtText {
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary\\s*=\\s*\"?([^\"\\s;]+)\"?");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([\\w.:-]+)\"?");
    private static final Pattern HTML_PART = Pattern.compile("(?i)content-type\\s*:\\s*text/html");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** How far into a file its MIME headers are looked for. */
    private static final int HEAD = 4096;

    private MhtText() {
    }

    /** Whether the bytes open as a saved MIME web page: MIME headers naming a multipart/related message. */
    static boolean looksLikeMht(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("mime-version:") && head.contains("multipart/related");
    }

    static String of(String name, byte[] bytes) {
        String message = new String(bytes, StandardCharsets.ISO_8859_1); // a byte a char: offsets are byte offsets
        Matcher boundary = BOUNDARY.matcher(message.substring(0, Math.min(message.length(), HEAD)));
        if (!boundary.find()) {
            throw new BadDocumentException(name, "a saved web page (.mht) without a MIME boundary");
        }
        String delimiter = "--" + boundary.group(1);
        int at = message.indexOf(delimiter);
        while (at >= 0) {
            int headersStart = at + delimiter.length();
            int next = message.indexOf(delimiter, headersStart);
            int end = next < 0 ? message.length() : next;
            int blank = headersEnd(message, headersStart, end);
            if (blank < 0) {
                break;
            }
            String headers = message.substring(headersStart, blank);
            if (HTML_PART.matcher(headers).find()) {
                byte[] body = decode(message.substring(blank, end), headers);
                Matcher charset = CHARSET.matcher(headers);
                Charset declared = charset.find() && Charset.isSupported(charset.group(1))
                        ? Charset.forName(charset.group(1)) : null;
                if (declared != null) {
                    // decoded as the part says, handed on in UTF-8 with a byte-order mark, which outranks the page's meta
                    String page = new String(body, "gb2312".equalsIgnoreCase(declared.name())
                            ? Charset.forName("GB18030") : declared);
                    ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
                    utf8.writeBytes(UTF8_BOM);
                    utf8.writeBytes(page.getBytes(StandardCharsets.UTF_8));
                    body = utf8.toByteArray();
                }
                return HtmlText.of(name, body);
            }
            at = next;
        }
        throw new BadDocumentException(name, "a saved web page (.mht) without an HTML part");
    }

    /** Where a part's body starts: after the blank line that ends its headers; -1 when there is none. */
    private static int headersEnd(String message, int from, int to) {
        int crlf = message.indexOf("\r\n\r\n", from);
        int lf = message.indexOf("\n\n", from);
        if (crlf >= 0 && crlf < to && (lf < 0 || crlf <= lf)) {
            return crlf + 4;
        }
        return lf >= 0 && lf < to ? lf + 2 : -1;
    }

    private static byte[] decode(String body, String headers) {
        String encoding = headers.toLowerCase(Locale.ROOT);
        if (encoding.contains("base64")) {
            return Base64.getMimeDecoder().decode(body.strip().getBytes(StandardCharsets.ISO_8859_1));
        }
        if (encoding.contains("quoted-printable")) {
            return quotedPrintable(body);
        }
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Quoted-printable: =XX a byte in hex, = at a line's end a soft break that joins the lines. */
    static byte[] quotedPrintable(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '=') {
                out.write(c);
                continue;
            }
            if (i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                i += 1;
            } else if (i + 2 < body.length() && body.charAt(i + 1) == '\r' && body.charAt(i + 2) == '\n') {
                i += 2;
            } else if (i + 2 < body.length() && Character.digit(body.charAt(i + 1), 16) >= 0
                    && Character.digit(body.charAt(i + 2), 16) >= 0) {
                out.write(Character.digit(body.charAt(i + 1), 16) * 16 + Character.digit(body.charAt(i + 2), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
