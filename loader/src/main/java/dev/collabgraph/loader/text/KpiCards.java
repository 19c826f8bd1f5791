package dev.collabgraph.loader.text;

import dev.collabgraph.loader.text.Rewrite.Line;
import dev.collabgraph.loader.text.Rewrite.Run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year's goals set as cards, as a web page or a slide shows them under a heading (2027年主要目标): each card its
 * figure above its name, in a column (7.5% ⏎ 规上工业增加值增速 ⏎ 2.8% ⏎ …) or side by side in rows (3.05%  2000家 ⏎
 * 全社会研发经费投入强度  高新技术企业数量 ⏎ 2025年：2.83%  2025年：1712家, a base year's figure under each). Read as the
 * indicator table they stand for: 指标名称 | 单位 | (base year) | year, a card a row.
 */
final class KpiCards {
    private static final Pattern HEADING = Pattern.compile(
            "^[\\s\u3000]*(?:[一二三四五六七八九十\\d]{1,2}[、.．]?[\\s\u3000]*)?(\\d{4})年(?:度)?(?:主要|发展|核心|工作)?(?:目标|指标)[\\s\u3000]*$");
    private static final Pattern ANY_HEADING = Pattern.compile("(?m)\\d{4}年(?:度)?(?:主要|发展|核心|工作)?(?:目标|指标)[\\s\u3000]*$");
    /** A card's figure: a number and its unit, alone. */
    private static final Pattern FIGURE = Pattern.compile("^(\\d+(?:\\.\\d+)?)[\\s\u3000]*(%|％|‰|[\\p{IsHan}]{1,3})$");
    /** A card's base: the year before and its figure (2025年：2.83%). */
    private static final Pattern BASE = Pattern.compile("^(\\d{4})年[：:][\\s\u3000]*(\\d+(?:\\.\\d+)?)");
    /** A card's name: a short phrase of no sentence and no figure. */
    private static final Pattern NAME = Pattern.compile("^[\\p{IsHan}“”（）()A-Za-z]{2,24}$");
    private static final int MIN_CARDS = 2;

    private KpiCards() {
    }

    private record Card(Run figure, Run name, Run base) {
    }

    /**
     * Whether {@link #ANY_HEADING} matches somewhere: tried only four characters before each 年 (its year's digits),
     * where a {@code find()} would try the pattern at every character of the text.
     */
    private static boolean anyHeading(String text) {
        Matcher heading = ANY_HEADING.matcher(text);
        for (int q = text.indexOf('年', 4); q >= 0; q = text.indexOf('年', q + 1)) {
            if (Character.isDigit(text.charAt(q - 1)) && heading.region(q - 4, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    static Optional<Rewrite.Rearranged> rearrange(String text) {
        if (!anyHeading(text)) {
            return Optional.empty(); // one look through the text before it is cut into lines: few texts have cards
        }
        List<Line> lines = Rewrite.lines(text);
        Rewrite out = new Rewrite(text);
        for (int i = 0; i + 2 < lines.size(); i++) {
            Matcher heading = HEADING.matcher(lines.get(i).of(text));
            if (!heading.matches()) {
                continue;
            }
            int from = i + 1;
            while (from < lines.size() && lines.get(from).of(text).isBlank()) {
                from++;
            }
            List<Card> cards = new ArrayList<>();
            int end = rows(text, lines, from, cards);
            if (cards.size() < MIN_CARDS) {
                cards.clear();
                end = column(text, lines, from, cards);
            }
            if (cards.size() < MIN_CARDS) {
                continue;
            }
            String year = heading.group(1);
            int start = lines.get(from).start();
            int stop = lines.get(end - 1).end();
            out.replace(start, stop, () -> write(text, cards, year, start, out));
            i = end - 1;
        }
        return out.finish();
    }

    /** Cards side by side: a line of figures, a line of as many names, perhaps a line of bases. */
    private static int rows(String text, List<Line> lines, int from, List<Card> cards) {
        if (from + 1 >= lines.size()) {
            return from;
        }
        List<Run> figures = runs(text, lines.get(from));
        List<Run> names = runs(text, lines.get(from + 1));
        if (figures.size() < MIN_CARDS || names.size() != figures.size()
                || figures.stream().anyMatch(r -> !FIGURE.matcher(slice(text, r)).matches())
                || names.stream().anyMatch(r -> !NAME.matcher(slice(text, r)).matches())) {
            return from;
        }
        List<Run> bases = from + 2 < lines.size() ? runs(text, lines.get(from + 2)) : List.of();
        boolean withBases = bases.size() == figures.size() && bases.stream().anyMatch(r -> BASE.matcher(slice(text, r)).find());
        for (int k = 0; k < figures.size(); k++) {
            Run base = withBases && BASE.matcher(slice(text, bases.get(k))).find() ? bases.get(k) : null;
            cards.add(new Card(figures.get(k), names.get(k), base));
        }
        return from + (withBases ? 3 : 2);
    }

    /** Cards in a column: a figure's line, then its name's. */
    private static int column(String text, List<Line> lines, int from, List<Card> cards) {
        int i = from;
        while (i + 1 < lines.size()) {
            List<Run> figure = runs(text, lines.get(i));
            List<Run> name = runs(text, lines.get(i + 1));
            if (figure.size() != 1 || name.size() != 1 || !FIGURE.matcher(slice(text, figure.get(0))).matches()
                    || !NAME.matcher(slice(text, name.get(0))).matches()) {
                break;
            }
            cards.add(new Card(figure.get(0), name.get(0), null));
            i += 2;
        }
        return i;
    }

    private static void write(String text, List<Card> cards, String year, int at, Rewrite out) {
        String baseYear = cards.stream().filter(c -> c.base() != null).findFirst()
                .map(c -> { Matcher m = BASE.matcher(slice(text, c.base())); m.find(); return m.group(1); }).orElse(null);
        out.add("指标名称\t单位\t" + (baseYear != null ? baseYear + "年\t" : "") + year + "年\n", at);
        for (Card card : cards) {
            Matcher figure = FIGURE.matcher(slice(text, card.figure()));
            figure.matches();
            out.copy(card.name().start(), card.name().end());
            out.add("\t", card.name().end());
            int unitStart = card.figure().start() + figure.start(2);
            out.copy(unitStart, card.figure().start() + figure.end(2));
            if (baseYear != null) {
                out.add("\t", card.figure().start());
                if (card.base() != null) {
                    Matcher base = BASE.matcher(slice(text, card.base()));
                    base.find();
                    out.copy(card.base().start() + base.start(2), card.base().start() + base.end(2));
                }
            }
            out.add("\t", card.figure().start());
            out.copy(card.figure().start() + figure.start(1), card.figure().start() + figure.end(1));
            out.add("\n", card.figure().end());
        }
    }

    private static List<Run> runs(String text, Line line) {
        return Rewrite.runs(text, line, (start, at) -> false);
    }


    private static String slice(String text, Run run) {
        return text.substring(run.start(), run.end());
    }
}
