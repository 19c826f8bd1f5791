package dev.collabgraph.loader.entity;

import java.util.Set;

/**
 * The sectors of the economy named by a qualifier and a sector word (先进制造业, 现代服务业, 科技服务业): the
 * qualifier is a generic word, yet the whole is the standard name of one sector, a development direction.
 */
final class Sectors {
    private static final Set<String> QUALIFIERS = Set.of("先进", "现代", "科技", "生产性");
    private static final Set<String> SECTOR_WORDS = Set.of("制造业", "服务业");

    private Sectors() {
    }

    static boolean qualified(Suffix suffix, String modifier) {
        return SECTOR_WORDS.contains(suffix.text()) && QUALIFIERS.contains(modifier);
    }
}
