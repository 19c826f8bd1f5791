package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;

import java.util.List;
import java.util.Set;

/**
 * 建设某某茶叶科技小院，由某某农业大学派驻研究生开展技术服务: the schools that send their people (由…派驻/选派) to the
 * platforms the sentence builds before them support those platforms.
 */
final class SentStaff {
    private static final String BY = "由";
    private static final List<String> SENDS = List.of("派驻", "选派");
    private static final Set<Label> SCHOOLS = Set.of(Label.University);

    private SentStaff() {
    }

    static void apply(Doc doc, Relations out) {
        String text = doc.text;
        for (int i = text.indexOf(BY); i >= 0; i = text.indexOf(BY, i + 1)) {
            List<Mention> schools = doc.runFrom(i + 1, SCHOOLS);
            if (schools.isEmpty()) {
                continue;
            }
            int after = doc.afterDefinition(SupportRules.last(schools).span().end());
            if (SENDS.stream().noneMatch(w -> text.startsWith(w, after))) {
                continue;
            }
            for (Mention p : doc.within(doc.sentenceStart(i), i)) {
                if (p.label() != Label.Platform) {
                    continue;
                }
                for (Mention u : schools) {
                    out.add(RelType.SUPPORTS, u, p, doc.clause(p.span().start(), after), "supports:由…派驻");
                }
            }
        }
    }
}
