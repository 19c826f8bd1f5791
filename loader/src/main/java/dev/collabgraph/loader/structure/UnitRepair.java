package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Repairs unit tokens printed backwards by a broken PDF export (委改发 for 发改委, 局科技 for 科技局).
 * A token is suspect when it is not a known unit and has no unit ending; it is read as the reversal or
 * rotation of its characters that is a unit named elsewhere in the document, else as the rotation that
 * moves a leading unit suffix to the end.
 */
final class UnitRepair {
    private UnitRepair() {
    }

    /**
     * {@code units} with suspect tokens repaired ({@code repairedFrom} set to the printed form) and one
     * warning per repair, naming {@code where} the unit was printed.
     */
    static List<UnitRef> apply(List<UnitRef> units, Set<String> known, String where, String city,
                               List<String> warnings) {
        List<UnitRef> out = new ArrayList<>();
        for (UnitRef unit : units) {
            Optional<String> repaired = repair(unit.name(), known);
            if (repaired.isPresent()) {
                warnings.add(where + ": unit '" + unit.surface() + "' read as '" + repaired.get() + "' (reversed)");
                out.add(new UnitRef(UnitNames.canonical(repaired.get(), city), repaired.get(), unit.role(), unit.span(),
                        unit.surface()));
            } else {
                out.add(unit);
            }
        }
        return out;
    }

    /** The repaired name of {@code token}, or empty when it needs no (or allows no) repair. */
    static Optional<String> repair(String token, Set<String> known) {
        if (token.length() < 2 || known.contains(token) || !UnitNames.suffixOf(token).isEmpty()) {
            return Optional.empty();
        }
        for (String candidate : candidates(token)) {
            if (known.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        String suffix = UnitNames.leadingSuffixOf(token);
        if (!suffix.isEmpty()) {
            return Optional.of(token.substring(suffix.length()) + suffix);
        }
        return Optional.empty();
    }

    /** The full reversal first, then every rotation, starting with the first character moved to the end. */
    private static List<String> candidates(String token) {
        Set<String> out = new LinkedHashSet<>();
        out.add(new StringBuilder(token).reverse().toString());
        for (int k = 1; k < token.length(); k++) {
            out.add(token.substring(k) + token.substring(0, k));
        }
        out.remove(token);
        return new ArrayList<>(out);
    }
}
