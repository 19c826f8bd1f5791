package dev.collabgraph.loader.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A document saved as a portal's API answer: a JSON object whose longest string is the article (its HTML escaped as
 * JSON, \u003cp\u003e…, or its plain text), beside the page's metadata. The article is read as the web page or the
 * text it is; a 文号 the metadata holds and the article does not is set above it, as a page prints it.
 */
final class JsonText {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A tag that shows the article is HTML. */
    private static final Pattern TAG = Pattern.compile("<(?:p|div|br|span|table|h[1-6]|strong|section)[\\s>/]",
            Pattern.CASE_INSENSITIVE);
    /** A document number: 某科发〔2026〕3号. */
    private static final Pattern NUMBER = Pattern.compile("^\\p{IsHan}{1,12}[〔\\[［(（]\\d{4}[〕\\]］)）]\\d{1,4}号$");
    /** The article is long, the metadata short. */
    private static final int MIN_ARTICLE = 200;
    /** Deeper than any API answer nests its article. */
    private static final int MAX_DEPTH = 32;

    private JsonText() {
    }

    /** Whether the bytes open as a JSON object or array does (after a byte-order mark and blanks). */
    static boolean looksLikeJson(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
            i++;
        }
        return i < bytes.length && (bytes[i] == '{' || bytes[i] == '[');
    }

    /** The article's text, or empty when the bytes are no JSON or hold no string long enough to be an article. */
    static Optional<String> of(String name, byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        String article = "";
        String number = null;
        Deque<JsonNode> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        while (!nodes.isEmpty()) {
            JsonNode node = nodes.pop();
            int depth = depths.pop();
            if (node.isTextual()) {
                String value = node.textValue();
                if (value.length() > article.length()) {
                    article = value;
                }
                if (number == null && NUMBER.matcher(value.strip()).matches()) {
                    number = value.strip();
                }
            } else if (depth < MAX_DEPTH && node.isContainerNode()) {
                node.elements().forEachRemaining(child -> {
                    nodes.push(child);
                    depths.push(depth + 1);
                });
            }
        }
        if (article.length() < MIN_ARTICLE) {
            return Optional.empty();
        }
        String text = TAG.matcher(article).find()
                ? HtmlText.of(name, article.getBytes(StandardCharsets.UTF_8))
                : article.replace("\r\n", "\n");
        return Optional.of(number != null && !text.contains(number) ? number + "\n" + text : text);
    }
}
