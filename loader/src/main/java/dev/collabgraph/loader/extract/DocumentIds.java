package dev.collabgraph.loader.extract;

import com.ibm.icu.text.Transliterator;
import dev.collabgraph.model.Label;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stable node ids. A document's id comes from its number (徐委发〔2018〕20号 → xwf-2018-20) so that a
 * revised file replaces the facts of the earlier one; structure ids hang off the document id; entity ids
 * are the label and canonical name, so an entity named in two documents is one node.
 */
public final class DocumentIds {
    private static final Pattern NUMBER = Pattern.compile("^(\\p{IsHan}+)[〔\\[（(【](\\d{4})[〕\\]）)】]第?(\\d+)号$");
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
    /** Issuer codes repeat across a collection and transliteration costs as much as a small stage: memoised. */
    private static final Map<String, String> INITIALS = new ConcurrentHashMap<>();

    private DocumentIds() {
    }

    /** The document id: issuer-code initials, year and serial from the number, else a hash of the fallback. */
    public static String document(String number, String fallback) {
        Matcher m = NUMBER.matcher(number == null ? "" : number.replaceAll("\\s", ""));
        if (m.matches()) {
            return INITIALS.computeIfAbsent(m.group(1), DocumentIds::initials) + "-" + m.group(2) + "-" + m.group(3);
        }
        return "doc-" + dev.collabgraph.loader.text.Decoder.sha256(
                fallback.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12);
    }

    public static String section(String documentId, String key) {
        return documentId + ":section:" + key;
    }

    public static String task(String documentId, int number) {
        return documentId + ":task:" + number;
    }

    public static String annexTask(String documentId, int year, int number) {
        return documentId + ":annex:" + year + ":" + number;
    }

    /** A sub-item row (1.2) of an annex table: its parent's id and its own number. */
    public static String annexTask(String documentId, int year, int number, int sub) {
        return sub > 0 ? annexTask(documentId, year, number) + "." + sub : annexTask(documentId, year, number);
    }

    public static String indicator(String documentId, int row) {
        return documentId + ":indicator:" + row;
    }

    public static String target(String documentId, int index) {
        return documentId + ":target:" + index;
    }

    /** Units are scoped to the issuing city: 科技局 of one city is not 科技局 of another. */
    public static String unit(String city, String name) {
        return city.isEmpty() ? "unit:" + name : "unit:" + city + ":" + name;
    }

    public static String entity(Label label, String name) {
        return LOWER_LABELS.get(label) + ":" + name;
    }

    /** Each label's lower-case name, made once instead of per entity. */
    private static final Map<Label, String> LOWER_LABELS = new java.util.EnumMap<>(Label.class);

    static {
        for (Label label : Label.values()) {
            LOWER_LABELS.put(label, label.name().toLowerCase(Locale.ROOT));
        }
    }

    private static String initials(String han) {
        StringBuilder out = new StringBuilder();
        for (String syllable : TO_LATIN.transliterate(han).trim().split("\\s+")) {
            if (!syllable.isEmpty()) {
                out.append(syllable.charAt(0));
            }
        }
        return out.toString();
    }
}
