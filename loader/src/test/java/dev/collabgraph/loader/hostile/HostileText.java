package dev.collabgraph.loader.hostile;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The raw material of the hostile-input properties: the dev documents (corpus 0x, 1x, 3x and the bundled Xuzhou
 * document; the held-out 2x documents are never read) and arbitraries for the damage done to them.
 */
final class HostileText {
    /** The documents mutated, as text. */
    static final List<Base> DOCUMENTS = load();

    record Base(String name, String text) {
    }

    /** A document and what was done to it; {@link #text()} is the result. */
    record Mutated(Base base, List<Mutation> mutations) {
        String text() {
            String text = base.text();
            for (Mutation m : mutations) {
                text = m.apply(text);
            }
            return text;
        }

        @Override
        public String toString() {
            return base.name() + " " + mutations;
        }
    }

    private HostileText() {
    }

    /** A dev document with one to six mutations. */
    static Mutated mutatedDocument(Random random) {
        Base base = DOCUMENTS.get(random.nextInt(DOCUMENTS.size()));
        List<Mutation> mutations = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
            mutations.add(mutation(random));
        }
        return new Mutated(base, mutations);
    }

    static Mutation mutation(Random random) {
        Mutation.Kind[] kinds = Mutation.Kind.values();
        return new Mutation(kinds[random.nextInt(kinds.length)], fraction(random), fraction(random), payload(random),
                random.nextLong());
    }

    /** Simpler versions of a failing sample: one mutation fewer, a shorter payload, rounder positions. */
    static List<Mutated> simpler(Mutated m) {
        List<Mutated> out = new ArrayList<>();
        List<Mutation> mutations = m.mutations();
        for (int i = 0; i < mutations.size() && mutations.size() > 1; i++) {
            List<Mutation> fewer = new ArrayList<>(mutations);
            fewer.remove(i);
            out.add(new Mutated(m.base(), fewer));
        }
        for (int i = 0; i < mutations.size(); i++) {
            for (Mutation simpler : simpler(mutations.get(i))) {
                List<Mutation> changed = new ArrayList<>(mutations);
                changed.set(i, simpler);
                out.add(new Mutated(m.base(), changed));
            }
        }
        return out;
    }

    private static List<Mutation> simpler(Mutation m) {
        List<Mutation> out = new ArrayList<>();
        int[] points = m.payload().codePoints().toArray();
        if (points.length > 1) {
            out.add(new Mutation(m.kind(), m.at(), m.extent(), new String(points, 0, points.length / 2), m.seed()));
            out.add(new Mutation(m.kind(), m.at(), m.extent(), new String(points, points.length / 2,
                    points.length - points.length / 2), m.seed()));
        }
        if (m.extent() > 0.01) {
            out.add(new Mutation(m.kind(), m.at(), Math.floor(m.extent() * 50) / 100, m.payload(), m.seed()));
        }
        double roundAt = Math.round(m.at() * 100) / 100.0;
        if (roundAt != m.at()) {
            out.add(new Mutation(m.kind(), roundAt, m.extent(), m.payload(), m.seed()));
        }
        return out;
    }

    /** A position or extent: uniform, with the ends (0 and 1) one time in ten. */
    private static double fraction(Random random) {
        int edge = random.nextInt(20);
        return edge == 0 ? 0 : edge == 1 ? 1 : random.nextDouble();
    }

    /** 1–24 pieces, each a code point from one of the families that trouble text code or one of the genre's signs. */
    static String payload(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(24); i < n; i++) {
            out.append(piece(random));
        }
        return out.toString();
    }

    private static final String[] GENRE_SIGNS = {"一、", "（一）", "(二)", "1、", "2.", "３．", "（1）", "①", "第一条",
            "第二章", "第三节", "一是", "责任单位：", "牵头单位：", "配合单位:", "（牵头单位：市科技局；配合单位：市财政局、各县（市、区）人民政府）",
            "责任部门：", "牵头，", "配合）", "附件", "附件1", "附表", "序号\t重点任务\t牵头单位\t配合单位\t完成时限", "\t", "\t\t",
            "|", " | ", "| --- |", "  ", "\u3000\u3000", "。", "；", "：", "、", "（", "）", "〔2023〕7号", "2025年",
            "到2025年，", "达到50%以上", "≥", "市科技局", "区人民政府", "大学", "研究院", "产业园", "等3家", "关于印发", "的通知",
            "实施方案", "<br>", "&nbsp;", "— 3 —", "第 2 页", "\n", "\n\n", "\r\n"};
    private static final String GENRE_CHARS = "一二三四五六七八九十百第条章节、．.（）()【】：:；;。，\t|-—0123456789";
    private static final int[] DIRECTION_MARKS = {0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066,
            0x2067, 0x2068, 0x2069, 0x061C};
    private static final int[] ZERO_WIDTH = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E, 0x00AD};
    private static final int[] BREAKS_AND_SPACES = {0x2028, 0x2029, 0x0085, 0x000B, 0x000C, 0x3000, 0x00A0, 0x2002,
            0x2003, 0x3001, 0x3002};

    /** One piece, by weight: the genre's signs most often, then CJK, any code point, marks and controls. */
    private static String piece(Random random) {
        int roll = random.nextInt(32);
        if (roll < 7) {
            return GENRE_SIGNS[random.nextInt(GENRE_SIGNS.length)];
        }
        if (roll < 9) {
            return String.valueOf(GENRE_CHARS.charAt(random.nextInt(GENRE_CHARS.length())));
        }
        int c;
        if (roll < 12) {
            c = between(random, 0x4E00, 0x9FFF); // CJK
        } else if (roll < 15) {
            // any valid code point, astral ones included, never a lone surrogate
            do {
                c = between(random, 0x20, 0x10FFFF);
            } while (c >= 0xD800 && c <= 0xDFFF);
        } else if (roll < 17) {
            c = between(random, 0x20000, 0x2A6DF); // CJK extension B
        } else if (roll < 18) {
            c = between(random, 0x1F300, 0x1FAFF); // emoji
        } else if (roll < 20) {
            c = random.nextBoolean() ? between(random, 0x0300, 0x036F) : between(random, 0x20D0, 0x20FF); // combining
        } else if (roll < 22) {
            c = DIRECTION_MARKS[random.nextInt(DIRECTION_MARKS.length)];
        } else if (roll < 24) {
            c = ZERO_WIDTH[random.nextInt(ZERO_WIDTH.length)];
        } else if (roll < 26) {
            c = between(random, 0x00, 0x1F); // C0 controls, NUL included
        } else if (roll < 27) {
            c = between(random, 0x7F, 0x9F); // DEL and C1 controls
        } else if (roll < 28) {
            c = BREAKS_AND_SPACES[random.nextInt(BREAKS_AND_SPACES.length)];
        } else if (roll < 31) {
            c = between(random, 0xFF01, 0xFF5E); // full-width forms
        } else {
            c = between(random, 0xFF61, 0xFF9F); // half-width katakana
        }
        return Character.toString(c);
    }

    private static int between(Random random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private static List<Base> load() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> corpus = Files.list(Path.of("..", "corpus"))) {
            corpus.filter(f -> f.getFileName().toString().matches("[013]\\d-.*\\.txt")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.add(Path.of("..", "data", "xuzhou-2018-20.txt"));
        List<Base> documents = new ArrayList<>();
        for (Path file : files) {
            try {
                documents.add(new Base(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(documents);
    }
}
