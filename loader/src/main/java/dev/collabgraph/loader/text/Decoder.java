package dev.collabgraph.loader.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import dev.collabgraph.loader.BadDocumentException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a document's bytes into text. Government documents come as UTF-8 or GB18030/GBK, sometimes
 * UTF-16; anything else that ICU can identify with confidence is accepted too. Rejects missing,
 * empty, binary and undecodable files with a {@link BadDocumentException}.
 */
public final class Decoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private Decoder() {
    }

    /** Plain text of any encoding; files are read through {@link DocumentReader#read}, which picks the format. */
    public static SourceText decode(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadDocumentException(name, "file is empty");
        }
        String charset;
        String text;
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            charset = "UTF-16";
            text = strict(bytes, StandardCharsets.UTF_16);
            if (text == null) {
                throw new BadDocumentException(name, "undecodable: invalid UTF-16");
            }
        } else if (indexOfNul(bytes) >= 0) {
            String utf16 = utf16WithoutByteOrderMark(bytes);
            throw new BadDocumentException(name, utf16 != null
                    ? "looks like " + utf16 + " text without a byte order mark: save it as UTF-8 (or UTF-16 with a BOM)"
                    : "binary file (contains NUL bytes), not a text document");
        } else if ((text = strict(bytes, StandardCharsets.UTF_8)) != null) {
            charset = "UTF-8";
        } else if (truncatedUtf8(bytes)) {
            throw new BadDocumentException(name, "ends inside a UTF-8 character: the file looks truncated");
        } else if ((text = strict(bytes, GB18030)) != null) {
            charset = "GB18030";
        } else {
            CharsetMatch match = new CharsetDetector().setText(bytes).detect();
            if (match == null || match.getConfidence() < 50) {
                throw new BadDocumentException(name, "undecodable: neither UTF-8 nor GB18030/GBK text");
            }
            charset = match.getName();
            text = strict(bytes, Charset.forName(charset));
            if (text == null) {
                throw new BadDocumentException(name, "undecodable: not valid " + charset);
            }
        }
        if (text.isBlank()) {
            throw new BadDocumentException(name, "file is empty (only white space)");
        }
        if (controlCharacterShare(text) > 0.01) {
            throw new BadDocumentException(name, "binary file (control characters), not a text document");
        }
        return new SourceText(name, text, charset, sha256(bytes));
    }

    private static String strict(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // the String constructor decodes UTF-8 several times faster than a decoder; it writes U+FFFD for every
            // malformed sequence, so a text without one was well formed, and one with one is decoded strictly again
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static double controlCharacterShare(String text) {
        long controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // control characters (Cc) all lie below U+00A0: the common case costs one comparison
            if (c < '\u00a0' && Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t'
                    && c != '\f') {
                controls++;
            }
        }
        return (double) controls / text.length();
    }

    /**
     * UTF-16LE or UTF-16BE when the bytes decode as one of them and nearly all their NUL bytes (the high bytes of ASCII
     * letters, digits and line breaks) stand at odd or at even offsets (a Han character such as U+4E00 puts its
     * NUL on the other side); else null.
     */
    private static String utf16WithoutByteOrderMark(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            return null;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        if (Math.min(even, odd) * 10 > Math.max(even, odd)) {
            return null;
        }
        Charset charset = odd > 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        return strict(bytes, charset) != null ? charset.name() : null;
    }

    /** Valid UTF-8 but for an incomplete character at the very end, as a cut-off download leaves it. */
    private static boolean truncatedUtf8(byte[] bytes) {
        int start = bytes.length - 1;
        // back over at most three continuation bytes to the last character's lead byte
        while (start > 0 && bytes.length - start < 4 && (bytes[start] & 0xC0) == 0x80) {
            start--;
        }
        int lead = bytes[start] & 0xFF;
        int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return needed > bytes.length - start
                && strict(java.util.Arrays.copyOf(bytes, start), StandardCharsets.UTF_8) != null;
    }

    private static boolean startsWith(byte[] bytes, int b0, int b1) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == b0 && (bytes[1] & 0xFF) == b1;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * One digest per thread, reset by each {@code digest}: the algorithm is not looked up among the security providers
     * for every document (about a tenth of the hashing's time, measured in the speed74 round).
     */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(SHA256.get().digest(bytes));
    }
}
