package dev.collabgraph.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reorders and drops numbered tasks ({@code 12、…}) of the body within their sections, then renumbers them
 * 1, 2, 3 … so that the variant keeps the genre's numbering. The annex and everything after it stay as they are.
 */
final class Tasks {
    private static final Pattern TASK = Pattern.compile("^(\\d{1,2})、");
    private static final Pattern HEADING = Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|附件)");
    private static final double DROP = 0.06;
    private static final double SWAP = 0.3;
    private static final int MAX_DROPS = 3;

    private Tasks() {
    }

    static String vary(String text, Random random) {
        List<String> lines = List.of(text.split("\n", -1));
        List<String> out = new ArrayList<>();
        List<List<String>> run = new ArrayList<>();
        int[] state = {0, 0};  // next task number, tasks dropped so far
        boolean annex = false;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            annex |= line.startsWith("附件");
            if (!annex && TASK.matcher(line).find()) {
                List<String> task = new ArrayList<>();
                do {
                    task.add(lines.get(i++));
                } while (i < lines.size() && !TASK.matcher(lines.get(i)).find() && !HEADING.matcher(lines.get(i)).find());
                run.add(task);
                continue;
            }
            flush(run, out, random, state);
            out.add(line);
            i++;
        }
        flush(run, out, random, state);
        return String.join("\n", out);
    }

    /** Writes one section's tasks, some dropped (never all) and one pair maybe swapped, numbered on. */
    private static void flush(List<List<String>> run, List<String> out, Random random, int[] state) {
        if (run.isEmpty()) {
            return;
        }
        List<List<String>> kept = new ArrayList<>();
        for (List<String> task : run) {
            if (run.size() > 1 && state[1] < MAX_DROPS && random.nextDouble() < DROP) {
                state[1]++;
            } else {
                kept.add(task);
            }
        }
        if (kept.size() > 1 && random.nextDouble() < SWAP) {
            int k = random.nextInt(kept.size() - 1);
            Collections.swap(kept, k, k + 1);
        }
        for (List<String> task : kept) {
            Matcher m = TASK.matcher(task.get(0));
            m.find();
            out.add(++state[0] + task.get(0).substring(m.end(1)));
            out.addAll(task.subList(1, task.size()));
        }
        run.clear();
    }
}
