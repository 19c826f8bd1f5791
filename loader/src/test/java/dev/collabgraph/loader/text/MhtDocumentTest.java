package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A corpus web page saved as one file (.mht), as browsers write it, reads as the page itself. */
class MhtDocumentTest {
    private static final Path PAGE = Path.of("..", "corpus", "111-joint-meeting-system-web-member-unit-duties.html");

    @ParameterizedTest
    @ValueSource(strings = {"quoted-printable", "base64"})
    void aPageSavedAsOneFileReadsAsThePage(String transfer) throws IOException {
        String html = Files.readString(PAGE);
        byte[] mht = mht(html, Charset.forName("GBK"), transfer);

        SourceText saved = DocumentReader.decode("page.mht", mht);
        SourceText page = DocumentReader.read(PAGE);

        assertThat(DocumentFormat.of("download", mht)).isEqualTo(DocumentFormat.MHT);
        assertThat(saved.charset()).isEqualTo("mht");
        assertThat(saved.text()).isEqualTo(page.text());
        assertThat(StructureSummary.of(saved).tasks()).isNotEmpty().isEqualTo(StructureSummary.of(page).tasks());
    }

    @Test
    void aSavedPageWithoutAnHtmlPartIsRefused() {
        String message = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b1\"\r\n\r\n--b1\r\n"
                + "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b1--\r\n";
        assertThatThrownBy(() -> DocumentReader.decode("page.mht", message.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(BadDocumentException.class).hasMessageContaining("without an HTML part");
    }

    /** The page as Chrome saves it: MIME headers, the page in {@code charset} and {@code transfer}, then an image. */
    private static byte[] mht(String html, Charset charset, String transfer) {
        byte[] page = html.getBytes(charset);
        String body = transfer.equals("base64") ? Base64.getMimeEncoder().encodeToString(page) : quoted(page);
        String message = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.example.gov.cn/art/1.html\r\n"
                + "Subject: page\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
                + "\tboundary=\"----MultipartBoundary--abc\"\r\n\r\n\r\n------MultipartBoundary--abc\r\n"
                + "Content-Type: text/html; charset=\"gbk\"\r\nContent-Transfer-Encoding: " + transfer + "\r\n"
                + "Content-Location: https://www.example.gov.cn/art/1.html\r\n\r\n" + body + "\r\n"
                + "------MultipartBoundary--abc\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + "iVBORw0KGgo=\r\n------MultipartBoundary--abc--\r\n";
        return message.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Quoted-printable with soft line breaks every 76 characters, as a mail or browser writes it. */
    private static String quoted(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            String piece = c == '\n' ? "\r\n" : c >= 33 && c <= 126 && c != '=' ? String.valueOf((char) c)
                    : String.format("=%02X", c);
            if (c != '\n' && column + piece.length() > 75) {
                out.append("=\r\n");
                column = 0;
            }
            out.append(piece);
            column = c == '\n' ? 0 : column + piece.length();
        }
        return out.toString();
    }
}
