package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PART_OF between industries. In 煤盐化工业以“…”为方向，重点发展制盐、氯碱等盐化工，煤焦化、气化等煤化工 each
 * 等-head (盐化工) is part of the topic (煤盐化工) and the items before it are part of the head; a component
 * named in the sentence of a compound industry (集成电路领域… in a sentence about 集成电路与ICT) is part of it.
 */
final class IndustryHierarchy {
    /** A new verb phrase ends the list of branches (，重点做强…). */
    private static final Pattern FRAME_STOP = Pattern.compile("，(?:重点)?(?:做强|做大|打造|建设)");

    private IndustryHierarchy() {
    }

    static void apply(Doc doc, Relations out) {
        Matcher frame = IndustryRules.FRAME.matcher(doc.text);
        for (int at = 0; AnchoredFind.startingWith(frame, doc.text, at, doc.text.length(), IndustryRules.FRAME_OPENINGS); at = frame.end()) {
            List<Mention> before = doc.runTo(frame.start(), Set.of(Label.Industry));
            if (before.isEmpty()) {
                continue;
            }
            Mention whole = SupportRules.last(before);
            int end = doc.sentenceEnd(frame.end());
            Matcher stop = FRAME_STOP.matcher(doc.text).region(frame.end(), end);
            if (stop.find()) {
                end = stop.start();
            }
            List<Mention> items = new ArrayList<>();
            for (Mention m : doc.within(frame.end(), end)) {
                if (m.label() != Label.Industry) {
                    continue;
                }
                int s = m.span().start();
                if (doc.text.charAt(s - 1) == '等') {
                    for (Mention item : items) {
                        out.add(RelType.PART_OF, item, m, doc.clause(item.span().start(), m.span().end()),
                                "part-of:A、B等C");
                    }
                    out.add(RelType.PART_OF, m, whole, doc.clause(frame.start(), m.span().end()), "part-of:development-frame");
                    items.clear();
                } else {
                    items.add(m);
                }
            }
            items.forEach(m -> out.add(RelType.PART_OF, m, whole, doc.clause(m.span().start(), m.span().end()),
                    "part-of:development-frame"));
        }
        for (Mention compound : doc.mentions) {
            if (compound.label() != Label.Industry || !compound.name().contains("与")) {
                continue;
            }
            List<String> sides = List.of(compound.name().split("与"));
            int s = doc.sentenceStart(compound.span().start());
            for (Mention m : doc.within(s, doc.sentenceEnd(compound.span().end()))) {
                if (m.label() == Label.Industry && sides.contains(m.name())) {
                    out.add(RelType.PART_OF, m, compound, doc.clause(m.span().start(), m.span().end()),
                            "part-of:component");
                }
            }
        }
    }
}
