package org.tarjama.glossary;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.model.Span;

/**
 * Context exceptions of glossary entries: English phrases in which the term is not the entry's name
 * ("Jordan Spieth" for Jordan → الأردن, "Georgia Tech" for Georgia → جورجيا the country). An English
 * occurrence of the term that lies inside such a phrase in the sentence is not an occurrence of the
 * entry, for {@code check} and {@code names} alike. Phrases match as whole words, case-insensitively
 * unless the entry is case-sensitive; runs of spaces and hyphens between words are alike.
 */
public final class GlossaryExceptions {
    private GlossaryExceptions() {
    }

    /** True when {@code phrase} contains {@code term} as whole words. */
    static boolean mentions(String phrase, String term, boolean caseSensitive) {
        return !occurrences(phrase, term, caseSensitive).isEmpty();
    }

    /** The spans of {@code entry}'s exception phrases in {@code sentence}. */
    public static List<Span> spans(GlossaryEntry entry, String sentence) {
        if (entry.exceptions().isEmpty()) {
            return List.of();
        }
        List<Span> out = new ArrayList<>();
        for (String p : entry.exceptions()) {
            out.addAll(occurrences(sentence, p, entry.caseSensitive()));
        }
        return out;
    }

    /** True when {@code span} of {@code sentence} lies inside one of {@code entry}'s exception phrases. */
    public static boolean excepted(GlossaryEntry entry, String sentence, Span span) {
        for (Span s : spans(entry, sentence)) {
            if (s.start() <= span.start() && span.end() <= s.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whole-word occurrences of {@code phrase} in {@code text}; spaces and hyphens between words alike. */
    static List<Span> occurrences(String text, String phrase, boolean caseSensitive) {
        String[] words = phrase.strip().split("[\\s\\-\u2010\u2011]+");
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                re.append("[\\s\\-\u2010\u2011]+");
            }
            re.append(java.util.regex.Pattern.quote(words[i]));
        }
        re.append("(?![\\p{L}\\p{N}])");
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(re.toString(),
                caseSensitive ? 0 : java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
        List<Span> out = new ArrayList<>();
        java.util.regex.Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }
}
