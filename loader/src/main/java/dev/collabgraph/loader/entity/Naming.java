package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.Span;
import dev.collabgraph.model.Label;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical names within one document. Besides {@link Canonical}'s rules it uses what the document
 * itself says: an abbreviation (江苏师大) or a college's short name (科文学院) resolves to the full name
 * printed elsewhere in the same document. Also remembers accepted names for the second pass.
 */
final class Naming {
    private static final Pattern SHORT_NAME =
            Pattern.compile("（(?:以下)?简称[“\"]?([\\u4e00-\\u9fffA-Za-z0-9]{2,12}?)[”\"]?）");

    private final String text;
    private final Gazetteer gazetteer;
    /** The gazetteer's and the home city's names, the places a name may start with before any is learnt. */
    private final KnownNames known;
    private final Set<String> universities = new TreeSet<>();
    private final Map<String, KnownNames.Hit> learned = new HashMap<>();
    private final Map<String, String> governed = new HashMap<>();
    /** The kinds a task's title may name without the place (or host school) their full name starts with. */
    private static final Set<Label> PLACED = Set.of(Label.Platform, Label.Park, Label.University);
    /** The platforms', parks' and schools' written names, by kind. */
    private final Map<String, Label> placedNames = new LinkedHashMap<>();
    /** The fewest characters before its kind word that let a platform's short form name it (茶叶 科技小院). */
    private static final int MIN_SHORT_MODIFIER = 2;
    /** The places the document writes, read before any name is given. */
    private final Set<String> places = new java.util.HashSet<>();

    Naming(String text, Gazetteer gazetteer, KnownNames known) {
        this.text = text;
        this.gazetteer = gazetteer;
        this.known = known;
    }

    void learn(List<Resolver.Resolved> resolved) {
        for (Resolver.Resolved r : resolved) {
            if (PLACED.contains(r.top().label())) {
                placedNames.putIfAbsent(text.substring(r.top().start(), r.top().end()), r.top().label());
            } else if (r.top().label() == Label.Region) {
                places.add(text.substring(r.top().start(), r.top().end()));
            }
        }
        for (Resolver.Resolved r : resolved) {
            Candidate c = r.top();
            if (c.label() == Label.University) {
                universities.add(text.substring(c.start(), c.end()));
            }
            String alias = definedShortName(c.end());
            if (alias != null && c.label() != Label.Region && c.label() != Label.Industry) {
                learned.put(alias, new KnownNames.Hit(c.label(), name(c), alias, "short-form"));
            }
        }
        for (Resolver.Resolved r : resolved) {
            Candidate c = r.top();
            if (c.label() == Label.Enterprise) {
                String name = name(c);
                for (String form : LegalNames.shortForms(text.substring(c.start(), c.end()), this::isPlace)) {
                    learned.putIfAbsent(form, new KnownNames.Hit(Label.Enterprise, name, form, "short-form"));
                }
            }
        }
        for (Resolver.Resolved r : resolved) {
            Candidate c = r.top();
            if (c.label() == Label.Unit) {
                learnZoneOf(text.substring(c.start(), c.end()));
            }
            if (c.label() == Label.Industry || c.label() == Label.Unit
                    || c.rule().equals(ContextNames.PARK_COUNT_RULE) || joinsKnown(text.substring(c.start(), c.end()))) {
                continue;
            }
            String surface = text.substring(c.start(), c.end());
            String name = name(c);
            learned.putIfAbsent(surface, new KnownNames.Hit(c.label(), name, surface, "propagated"));
            if (c.label() == Label.Region && surface.length() >= 3 && "区县市省".indexOf(last(surface)) >= 0) {
                String stem = surface.substring(0, surface.length() - 1);
                // the stem of a suffixed place (铜山区 → 铜山) outranks a bare 铜山 read from a list
                learned.put(stem, new KnownNames.Hit(Label.Region, name, stem, "propagated"));
            }
        }
    }

    /** The endings of a development zone's administration, named after its zone. */
    private static final List<String> COMMITTEES = List.of("管委会", "管理委员会");

    /**
     * 岚北化工园区管委会: a zone whose administration is a responsible unit is one place, however plain its name's
     * words; where the text names the zone itself (服务岚北化工园区企业), that is the park. Unit lists are not read
     * for names ({@link UnitListPlaces}), so a zone named only through its administration stays a unit.
     */
    void learnZoneOf(String unit) {
        if (unit == null) {
            return;
        }
        for (String committee : COMMITTEES) {
            if (unit.endsWith(committee)) {
                String zone = unit.substring(0, unit.length() - committee.length());
                Suffix suffix = Suffix.endingAt(zone, zone.length(), 0);
                // 省级以上高新区管委会: the administrations of a kind of zone, no one zone's
                if (suffix != null && suffix.label() == Label.Park
                        && Lexicon.specificChars(zone.substring(0, zone.length() - suffix.text().length())) >= 2) {
                    learned.putIfAbsent(zone, new KnownNames.Hit(Label.Park, zone, zone, "committee-park"));
                }
                return;
            }
        }
    }

    /** The short name a bracket right after a name defines: 某某集团有限公司（以下简称某某集团）. */
    private String definedShortName(int end) {
        if (end >= text.length() || text.charAt(end) != '（') {
            return null;
        }
        // the matcher is made only after a bracket: most names have none
        Matcher m = SHORT_NAME.matcher(text);
        if (!m.region(end, text.length()).lookingAt()) {
            return null;
        }
        return m.group(1);
    }

    /** 中国一拖与洛阳理工学院, 天衡新能源联合中南大学: a company's short name joined to another name, read before the short name was known. */
    private boolean joinsKnown(String surface) {
        for (int i = 2; i < surface.length() - 1; i++) {
            String conjunction = Lexicon.CONJUNCTIONS.longestAt(surface, i, surface.length());
            if ((conjunction != null || surface.charAt(i) == '和') && learned.containsKey(surface.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isPlace(String s) {
        KnownNames.Hit hit = learned.get(s);
        return hit != null && hit.label() == Label.Region
                || gazetteer.lookup(s).filter(e -> e.label() == Label.Region).isPresent();
    }

    /** {@link #isPlace}, or the home city's name (a company's short form keeps it: 澄屿海装, not 海装). */
    private boolean isPlaceOrHome(String s) {
        return isPlace(s) || known.isPlace(s);
    }

    Map<String, KnownNames.Hit> learned() {
        return learned;
    }

    Mention mention(Candidate c) {
        return new Mention(c.label(), name(c), text.substring(c.start(), c.end()), new Span(c.start(), c.end()),
                c.rule());
    }

    String name(Candidate c) {
        if (c.canonical() != null) {
            return c.canonical();
        }
        String surface = text.substring(c.start(), c.end());
        Gazetteer.Entry entry = gazetteer.lookup(surface).orElse(null);
        if (entry != null && entry.label() == c.label()) {
            return entry.name();
        }
        KnownNames.Hit seen = learned.get(surface);
        if (seen != null && seen.label() == c.label()) {
            return seen.canonical();
        }
        if (c.label() == Label.University) {
            String full = fullUniversity(surface);
            if (full != null) {
                return full;
            }
        }
        if (c.label() == Label.Region && surface.length() <= 3 && "区县市省".indexOf(last(surface)) < 0) {
            return governed.computeIfAbsent(surface, this::governedForm);
        }
        if (PLACED.contains(c.label())) {
            String full = withPlace(surface, c.label());
            if (full != null) {
                return full;
            }
        }
        return Canonical.of(c.label(), surface);
    }

    /**
     * 建设茶叶科技小院 over 共建某某县茶叶科技小院, 建设人工智能产业园 over 规划建设某市人工智能产业园, 建设智能装备产业学院
     * over 共建某区智能装备产业学院: a platform, park or school written without the place its full name starts with (or,
     * for a platform, the school that hosts it: 建设某县科技小院 over 某农业大学某县科技小院) is that one (a task's title
     * shortens it so); the full name when the document writes one, else null.
     */
    private String withPlace(String surface, Label label) {
        // the short form names one platform itself: a kind word alone (实验室, 研究院) does not
        Suffix kind = Suffix.endingAt(surface, surface.length(), 0);
        if (kind == null || surface.length() - kind.text().length() < MIN_SHORT_MODIFIER) {
            return null;
        }
        for (Map.Entry<String, Label> named : placedNames.entrySet()) {
            String full = named.getKey();
            if (named.getValue() != label || full.length() <= surface.length() + 1 || !full.endsWith(surface)) {
                continue;
            }
            String prefix = full.substring(0, full.length() - surface.length());
            if (places.contains(prefix) || isPlaceOrHome(prefix) || label == Label.Platform && universities.contains(prefix)) {
                KnownNames.Hit hit = learned.get(full);
                return hit != null && hit.label() == label ? hit.canonical() : Canonical.of(label, full);
            }
        }
        return null;
    }

    /** 金坛 → 金坛区 when the document writes 金坛区政府 (or 人民政府): searched once per bare place. */
    private String governedForm(String stem) {
        for (String suffix : new String[] {"区", "县"}) {
            if (text.contains(stem + suffix + "政府") || text.contains(stem + suffix + "人民政府")) {
                return stem + suffix;
            }
        }
        return Canonical.region(stem);
    }

    /** The full name printed in this document that an abbreviation or a college's short name stands for. */
    private String fullUniversity(String surface) {
        for (String full : universities) {
            if (surface.endsWith("大") && full.endsWith("大学") && Canonical.abbreviates(surface, full)) {
                return full;
            }
            if (surface.endsWith("职院") && (full.endsWith("职业技术学院") || full.endsWith("职业学院"))
                    && full.startsWith(surface.substring(0, surface.length() - 2))) {
                return full;
            }
            if (surface.endsWith("学院") && full.length() > surface.length() && full.endsWith(surface)
                    && full.substring(0, full.length() - surface.length()).endsWith("大学")) {
                return full;
            }
        }
        return null;
    }

    /** Every other written form of each entity: printed surfaces plus the gazetteer's aliases. */
    Map<String, Set<String>> aliases(List<Mention> mentions) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String key = m.label() + ":" + m.name();
            Set<String> set = out.computeIfAbsent(key, k -> new LinkedHashSet<>());
            if (!m.surface().equals(m.name())) {
                set.add(m.surface());
            }
            gazetteer.lookup(m.name()).filter(e -> e.label() == m.label() && e.name().equals(m.name()))
                    .ifPresent(e -> set.addAll(e.aliases()));
        }
        out.values().removeIf(Set::isEmpty);
        // insertion order (first written form first): Set.copyOf would order them differently in every JVM run
        out.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        return out;
    }

    private static char last(String s) {
        return s.charAt(s.length() - 1);
    }
}
