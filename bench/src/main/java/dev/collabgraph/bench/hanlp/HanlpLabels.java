package dev.collabgraph.bench.hanlp;

import dev.collabgraph.loader.entity.TypeSuffixes;
import dev.collabgraph.model.Label;

import java.util.List;

/**
 * Our type for a name HanLP recognised: a place (ns) is a Region unless it ends like a park (…开发区, …科技园区);
 * an organisation (nt) takes the type its ending says (…大学 University, …公司 Enterprise, …实验室 Platform,
 * …高新区 Park, by the extractor's own type suffixes) or is a Unit when it ends like a government office. A name
 * that is only its ending (大学, 科技局 without anything before it is kept: it is how offices are written) or
 * that ends like none of these maps to no type.
 */
final class HanlpLabels {
    /** Endings of government offices (the Unit type), longest first. */
    private static final List<String> OFFICE_ENDINGS = List.of("人民政府", "委员会", "办公室", "管委会", "政府", "局", "委",
            "办", "厅");

    private HanlpLabels() {
    }

    static Label place(String name) {
        return TypeSuffixes.labelOf(name) == Label.Park && name.length() > TypeSuffixes.suffixLength(name)
                ? Label.Park : Label.Region;
    }

    /** The type of an organisation name, or null. */
    static Label organisation(String name) {
        Label label = TypeSuffixes.labelOf(name);
        if (label != null && label != Label.Industry) {
            return name.length() > TypeSuffixes.suffixLength(name) ? label : null;
        }
        for (String ending : OFFICE_ENDINGS) {
            if (name.endsWith(ending)) {
                return name.length() > ending.length() ? Label.Unit : null;
            }
        }
        return null;
    }
}
