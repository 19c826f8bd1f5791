package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.structure.DocumentStructure;
import dev.collabgraph.loader.structure.ResponsibilityNote;
import dev.collabgraph.loader.text.MappedText;
import dev.collabgraph.loader.text.Span;
import dev.collabgraph.model.Label;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The named-entity and relation stage: finds universities, enterprises, platforms, parks, places,
 * industries and offices in a document's logical text by name structure and sentence context, gives
 * each one canonical name with its aliases, and reads the relations the wording states between them.
 * Names in the title block, responsibility notes and annex unit cells are left to the structure stage.
 *
 * <p>Two passes: the first finds names by form and context; names it accepts are then looked for
 * everywhere else in the document (a company named once before 等龙头企业 is a company in every later
 * sentence), and cluster lists are read with the places learned.
 */
public final class EntityExtractor {
    private static List<Mention> withParts(List<Mention> mentions, List<Mention> parts) {
        List<Mention> all = new ArrayList<>(mentions);
        all.addAll(parts);
        return all;
    }

    private static volatile EntityExtractor standard;

    private final Gazetteer gazetteer;
    /** The gazetteer's names plus a home city, by city: the documents of a city share them, built once. */
    private final Map<String, KnownNames> knownByCity = new ConcurrentHashMap<>();

    private EntityExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** An extractor using the built-in gazetteer. */
    public static EntityExtractor standard() {
        EntityExtractor e = standard;
        if (e == null) {
            e = new EntityExtractor(Gazetteer.standard());
            standard = e;
        }
        return e;
    }

    /** An extractor using {@code gazetteer} (for example {@code Gazetteer.load(userFile)}). */
    public static EntityExtractor with(Gazetteer gazetteer) {
        return new EntityExtractor(gazetteer);
    }

    /** Extraction with the built-in gazetteer. */
    public static EntityResult extract(MappedText text, DocumentStructure structure) {
        return standard().apply(text, structure);
    }

    public EntityResult apply(MappedText mapped, DocumentStructure structure) {
        String text = mapped.text();
        String city = structure.header() == null ? "" : structure.header().city();
        List<Span> skip = SkipSpans.of(text, structure);
        List<Span> unitLists = SkipSpans.unitLists(structure);
        KnownNames known = knownByCity.computeIfAbsent(city, c -> KnownNames.of(gazetteer, c));

        String[] suffixes = SuffixNames.suffixes(text);
        List<Candidate> first = candidates(new Scan(text, known, suffixes));
        Naming naming = new Naming(text, gazetteer, known);
        List<Resolver.Resolved> resolved = Resolver.resolve(UnitListPlaces.filter(first, unitLists, text), skip);
        naming.learn(resolved);
        for (ResponsibilityNote note : structure.notes()) {
            note.units().forEach(u -> naming.learnZoneOf(u.surface()));
        }

        Set<String> industries = new HashSet<>();
        for (Resolver.Resolved r : resolved) {
            if (r.top().label() == Label.Industry) {
                industries.add(text.substring(r.top().start(), r.top().end()));
            }
        }
        Scan second = new Scan(text, known.with(naming.learned()), suffixes, industries);
        resolved = Resolver.resolve(UnitListPlaces.filter(candidates(second), unitLists, text), skip);
        naming.learn(resolved);

        MentionCache mention = new MentionCache(naming);
        List<Mention> mentions = new ArrayList<>();
        for (Resolver.Resolved r : resolved) {
            mentions.add(mention.apply(r.top()));
        }
        mentions = WrappedNames.join(mentions, text);
        Relations relations = new Relations();
        List<Mention> parts = new ArrayList<>();
        NameRelations.apply(resolved, mention, parts, relations);
        Doc doc = new Doc(text, mentions, city.isEmpty() ? null : Canonical.region(city),
                structure.header() == null ? null : structure.header().titleSpan(),
                structure.header() == null ? null : Doc.issuingSchool(withParts(mentions, parts), structure.header().issuer()));
        SupportRules.apply(doc, relations);
        JointBuildRules.apply(doc, relations);
        ParticipationRules.apply(doc, relations);
        PartnerRules.apply(doc, relations);
        PartnerColumns.apply(doc, relations);
        BuilderColumns.apply(doc, relations);
        FocusColumns.apply(doc, relations);
        SettleRules.apply(doc, relations);
        SentStaff.apply(doc, relations);
        IndustryRules.apply(doc, relations);
        SchoolTopics.apply(doc, relations);
        relations.ownPlatformPartners();

        List<Mention> out = new ArrayList<>(mentions);
        out.addAll(parts);
        out.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> -m.span().end()));
        List<String> warnings = new ArrayList<>();
        if (city.isEmpty()) {
            warnings.add("entity: no issuing city in the header; generic subjects (各地, 我市) are not linked");
        }
        return new EntityResult(out, naming.aliases(out), relations.facts(), warnings);
    }

    private static List<Candidate> candidates(Scan scan) {
        List<Candidate> out = new ArrayList<>(scan.knownHits);
        SuffixNames.find(scan, out);
        RegionNames.find(scan, out);
        Enumerations.find(scan, out);
        ContextNames.find(scan, out);
        LabelledLists.find(scan, out);
        TableColumns.find(scan, out);
        SubjectLists.find(scan, out);
        UnitNames.find(scan, out);
        IndustryTerms.find(scan, out);
        ProjectBrands.find(scan, out);
        BranchParks.find(scan, out);
        AcademyInstitutes.relabel(scan, out);
        RegionDesignations.drop(scan, out);
        // an empty list item (A、、B) can give a candidate of no characters: it names nothing
        out.removeIf(c -> c.length() == 0);
        return out;
    }
}
