package org.tarjama.tm;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.io.InlineText;

/**
 * Puts a source segment's inline tags into a plain translation from the memory, by position: a tag
 * that stands before the i-th of n English words goes before word round(i·m/n) of the m Arabic words
 * (Arabic in logical order runs the same way as English). A span that covers the whole English
 * sentence covers the whole Arabic one; a span never collapses to nothing (it keeps at least one
 * word); tags keep their order. A CAT tool shows the tags where they land, for the translator to check.
 */
public final class TagPlacement {
    private TagPlacement() {
    }

    /** {@code target} with the tags of {@code source}. */
    public static InlineText place(InlineText source, String target) {
        if (!source.hasTags()) {
            return InlineText.of(target);
        }
        // Each tag's position as a word boundary index in the source.
        List<InlineText.Tag> tags = new ArrayList<>();
        List<Double> at = new ArrayList<>();
        int words = 0;
        boolean inWord = false;
        List<Boolean> stopAfter = new ArrayList<>();
        List<InlineText.Part> parts = source.parts();
        for (int pi = 0; pi < parts.size(); pi++) {
            InlineText.Part p = parts.get(pi);
            if (p instanceof InlineText.Text t) {
                for (int i = 0; i < t.text().length(); i++) {
                    boolean w = !Character.isWhitespace(t.text().charAt(i));
                    if (w && !inWord) {
                        words++;
                    }
                    inWord = w;
                }
            } else {
                InlineText.Tag g = (InlineText.Tag) p;
                if (g.lineBreak()) {
                    continue;
                }
                tags.add(g);
                // An opening tag inside a word belongs before it; a closing one after it.
                int boundary = g.kind() == InlineText.TagKind.CLOSE ? words : (inWord ? words - 1 : words);
                at.add((double) boundary);
                // "<i>spring</i>." : the stop after a closing tag stays outside the span in Arabic too.
                stopAfter.add(pi + 1 < parts.size() && parts.get(pi + 1) instanceof InlineText.Text next
                        && !next.text().isEmpty() && isStop(next.text().charAt(0)));
            }
        }
        int n = Math.max(words, 1);
        List<int[]> targetWords = wordSpans(target);
        int m = targetWords.size();
        // Boundary b of the target: 0 = before the first word, m = after the last.
        int[] pos = new int[tags.size()];
        for (int i = 0; i < tags.size(); i++) {
            double b = at.get(i);
            pos[i] = b <= 0 ? 0 : b >= n ? m : (int) Math.round(b * m / n);
            if (i > 0 && pos[i] < pos[i - 1]) {
                pos[i] = pos[i - 1];
            }
        }
        // A span keeps at least one word.
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).kind() != InlineText.TagKind.OPEN) {
                continue;
            }
            for (int j = i + 1; j < tags.size(); j++) {
                if (tags.get(j).kind() == InlineText.TagKind.CLOSE && tags.get(j).id() == tags.get(i).id()) {
                    if (pos[j] <= pos[i]) {
                        if (pos[i] < m) {
                            pos[j] = pos[i] + 1;
                        } else if (pos[i] > 0) {
                            pos[i] = pos[i] - 1;
                        }
                        for (int k = j + 1; k < tags.size(); k++) {
                            pos[k] = Math.max(pos[k], pos[j]);
                        }
                    }
                    break;
                }
            }
        }
        List<InlineText.Part> out = new ArrayList<>();
        int prev = 0;
        int t = 0;
        for (int b = 0; b <= m; b++) {
            // Text up to boundary b: before the first word, or through the end of word b-1 for a closing
            // tag and up to the start of word b for an opening one.
            while (t < tags.size() && pos[t] == b) {
                InlineText.Tag g = tags.get(t);
                int cut = b == 0 ? (m == 0 ? target.length() : targetWords.get(0)[0])
                        : b == m ? target.length()
                        : g.kind() == InlineText.TagKind.CLOSE ? targetWords.get(b - 1)[1] : targetWords.get(b)[0];
                if (b > 0 && g.kind() == InlineText.TagKind.CLOSE) {
                    cut = targetWords.get(b - 1)[1];
                    if (stopAfter.get(t)) {
                        while (cut > targetWords.get(b - 1)[0] + 1 && isStop(target.charAt(cut - 1))) {
                            cut--;
                        }
                    }
                }
                if (cut < prev) {
                    cut = prev;
                }
                if (cut > prev) {
                    out.add(new InlineText.Text(target.substring(prev, cut)));
                }
                out.add(g);
                prev = cut;
                t++;
            }
        }
        if (prev < target.length()) {
            out.add(new InlineText.Text(target.substring(prev)));
        }
        return new InlineText(out);
    }

    private static boolean isStop(char c) {
        return ".,;:!?\u060C\u061B\u061F\u06D4\u2026)]\u00BB\u201D\"'".indexOf(c) >= 0;
    }

    private static List<int[]> wordSpans(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int st = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i > st) {
                out.add(new int[] {st, i});
            }
        }
        return out;
    }
}
