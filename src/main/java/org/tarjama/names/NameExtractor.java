package org.tarjama.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryEntry;
import org.tarjama.glossary.GlossaryExceptions;
import org.tarjama.model.Span;
import org.tarjama.text.Token;
import org.tarjama.text.Tokenizer;

/**
 * Finds proper names in English text: runs of capitalised words ("John Allen", "Tel Aviv", "Sami Abu
 * Zuhri", "Iron Dome"), allowing lower-case name particles inside (al, bin, de, van …) and hyphens
 * (Al-Qaeda), trimmed of stop words (function words, days, months, titles, demonyms: the list is the
 * resource {@code stopwords-en.txt}), which also split a run. Glossary terms are found first (whole
 * words, case-insensitively unless the entry is case-sensitive) and take precedence.
 *
 * <p>Hand-written rather than a statistical NER: the output must be every capitalised sequence in
 * memory text (headline-less, sentence-split news and legal prose), so that nothing a reviewer needs
 * is silently filtered, and it must run at a million units a minute. Sentence-initial words are
 * flagged so the caller can drop ones that never prove to be names. Thread-safe.
 */
public final class NameExtractor {
    private static final Set<String> STOP = load("stopwords-en.txt");
    /** Acronyms of common nouns (HIV, ATM, CEO): alone, no name ({@code acronyms-en.txt}). */
    private static final Set<String> COMMON_ACRONYMS = load("acronyms-en.txt");
    /**
     * Stop words that end a name as its head or a closing word when they follow a name word in the
     * same capitalised run (Theresa May, Johnny English, Supreme Court, Fox News, Salt Lake City): days
     * and months, demonyms and generic nouns, the sections of {@code stopwords-en.txt} after the titles.
     * At the start of a run they are still trimmed (Israeli Netanyahu, Sunday Times → Times is kept as
     * before), and function words and titles still split a run.
     */
    private static final Set<String> TRAILING = loadSections("stopwords-en.txt", "# days and months", "# demonyms",
            "# generic nouns");
    /** Generic nouns that head a name before "of" (University of Michigan, Bank of England). */
    private static final Set<String> GENERIC = loadSections("stopwords-en.txt", "# generic nouns");
    /** Titles and roles: "of" after one is not inside a name (President of France). */
    private static final Set<String> TITLES = loadSections("stopwords-en.txt", "# titles and roles");
    /**
     * Stop words that open a name when a name word follows in the same capitalised run (New York,
     * St. Martin's, St Johnstone); alone, or before a stop word, they are trimmed like the others.
     */
    private static final Set<String> OPENERS = loadSections("stopwords-en.txt", "# name openers");
    /** Days and months: trimmed at a run's start, but they open some names (Saturday Night Live, Sunday Times). */
    private static final Set<String> DAYS = loadSections("stopwords-en.txt", "# days and months");
    /** Function words: trimmed at a run's end, but a capitalised one can end a name (Raymond So). */
    private static final Set<String> FUNCTION_WORDS = loadSections("stopwords-en.txt", "# function words");
    /**
     * Lower-case words that stand inside some names between two capitalised parts (Newport on the Levee,
     * Place de la Concorde, Stratford-upon-Avon), and split the run they stand in.
     */
    private static final Set<String> LINKS = Set.of("on", "upon", "the", "de", "la", "le", "du", "des", "del", "da",
            "y", "sur");
    /** The one lower-case word that joins two parts of a name (Game of Thrones). */
    private static final String OF = "of";

    private static boolean isTitle(String w) {
        return TITLES.contains(w.toLowerCase(Locale.ROOT));
    }
    /** Lower-case particles that may sit inside a name: Osama bin Laden, Ludwig van Beethoven. */
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di",
            "del", "della", "der", "den", "van", "von", "le", "la", "du", "dos", "das", "ul");

    /**
     * Longest run of words taken as one name (Sheikh Mohammed bin Rashid Al Maktoum is 6). A longer run
     * of capitalised words is a Title Case heading, not a name; its parts and endings would also cost
     * time cubic in its length (a 60-word heading took minutes).
     */
    static final int MAX_NAME_WORDS = 8;

    private final List<GlossaryTerm> terms;
    /** Names (as found without it) whose 's belongs to the name: Sainsbury's ({@link NameLexicon#possessiveNames}). */
    private final Set<String> possessive;
    /** Acronyms the memory also writes in the plural (MWPs): no names ({@link NameLexicon#pluralAcronyms}). */
    private final Set<String> pluralAcronyms;

    /**
     * One name occurrence.
     *
     * @param name             the name as written (words joined by single spaces, hyphens kept)
     * @param words            the name's words
     * @param start            char offset in the text
     * @param end              end char offset
     * @param sentenceInitial  true when the name starts a sentence (its capital may be only that)
     * @param glossary         the glossary entry it matched, or null
     */
    public record Mention(String name, List<String> words, int start, int end, boolean sentenceInitial,
                          GlossaryEntry glossary) {
    }

    private record GlossaryTerm(GlossaryEntry entry, List<String> words, boolean caseSensitive) {
    }

    static boolean isAllCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    /** An extractor without a glossary. */
    public NameExtractor() {
        this(null);
    }

    /** An extractor that also finds the terms of {@code glossary} (may be null). */
    public NameExtractor(Glossary glossary) {
        this(glossary, Set.of());
    }

    /**
     * An extractor that also finds the terms of {@code glossary} (may be null) and keeps the {@code 's}
     * of the {@code possessive} names (Sainsbury's, St. Martin's: names as found without it).
     */
    public NameExtractor(Glossary glossary, Set<String> possessive) {
        this(glossary, possessive, Set.of());
    }

    /**
     * As {@link #NameExtractor(Glossary, Set)}, and an acronym among {@code pluralAcronyms} (ones the memory
     * also writes with a plural s: MWP of MWPs) is no name on its own.
     */
    public NameExtractor(Glossary glossary, Set<String> possessive, Set<String> pluralAcronyms) {
        this.possessive = Set.copyOf(possessive);
        this.pluralAcronyms = Set.copyOf(pluralAcronyms);
        List<GlossaryTerm> t = new ArrayList<>();
        if (glossary != null) {
            for (GlossaryEntry e : glossary.entries()) {
                for (String form : e.englishForms()) {
                    List<String> w = new ArrayList<>();
                    for (Token x : withDottedAbbreviations(form, Tokenizer.tokenize(form))) {
                        w.add(x.text()); // U.S. is one word, as in the text
                    }
                    if (!w.isEmpty()) {
                        // a form in capitals only (UN) is matched case-sensitively, like the glossary checker does
                        t.add(new GlossaryTerm(e, w, e.caseSensitive() || isAllCaps(form)));
                    }
                }
            }
            // longest first, so "Gaza Strip" wins over "Gaza"
            t.sort((a, b) -> b.words().size() - a.words().size());
        }
        this.terms = t;
    }

    /** True when {@code word} is on the stop list (case-insensitive). */
    public static boolean isStopWord(String word) {
        return STOP.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The names in {@code text}, in text order (a possessive name with its 's: Sainsbury's). */
    public List<Mention> extract(String text) {
        List<Token> tokens = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(text)) {
            if (!t.isNumber()) {
                tokens.add(t);
            }
        }
        tokens = withDottedAbbreviations(text, tokens);
        int n = tokens.size();
        boolean[] used = new boolean[n];
        List<Mention> out = new ArrayList<>();
        for (GlossaryTerm g : terms) {
            int k = g.words().size();
            for (int i = 0; i + k <= n; i++) {
                if (!matchesTerm(tokens, i, g, used)) {
                    continue;
                }
                if (!g.entry().exceptions().isEmpty() && GlossaryExceptions.excepted(g.entry(), text,
                        new Span(tokens.get(i).start(), tokens.get(i + k - 1).end()))) {
                    continue; // Jordan inside "Jordan Spieth": not the glossary's name; found as a name of its own
                }
                for (int j = i; j < i + k; j++) {
                    used[j] = true;
                }
                Token a = tokens.get(i);
                Token b = tokens.get(i + k - 1);
                out.add(new Mention(g.entry().en(), Tokenizer.words(g.entry().en()), a.start(), b.end(),
                        isSentenceStart(text, a.start()), g.entry()));
            }
        }
        if (mayHaveAddress(text)) {
            // a web address or a handle is one name, written as it is (LiverpoolFC.com, @MerPolCC, weather.com)
            java.util.regex.Matcher a = ADDRESS.matcher(text);
            while (a.find()) {
                boolean free = true;
                for (int k = 0; k < n; k++) {
                    Token t = tokens.get(k);
                    free &= t.end() <= a.start() || t.start() >= a.end() || !used[k];
                }
                if (!free) {
                    continue;
                }
                for (int k = 0; k < n; k++) {
                    Token t = tokens.get(k);
                    used[k] |= t.end() > a.start() && t.start() < a.end();
                }
                // not flagged sentence-initial: an address or a handle is a name wherever it stands
                out.add(new Mention(a.group(), List.of(a.group()), a.start(), a.end(), false, null));
            }
        }
        int i = 0;
        while (i < n) {
            if (used[i] || !isNameWord(tokens.get(i).text())) {
                i++;
                continue;
            }
            // a run of capitalised words (particles inside), joined by a space or a hyphen
            int j = i + 1;
            while (j < n && !used[j] && joined(text, tokens.get(j - 1), tokens.get(j))) {
                String w = tokens.get(j).text();
                if (isNameWord(w)) {
                    j++;
                } else if ((PARTICLES.contains(w) || w.equals(OF)) && j + 1 < n && !used[j + 1]
                        && joined(text, tokens.get(j), tokens.get(j + 1)) && isNameWord(tokens.get(j + 1).text())) {
                    j += 2;
                } else {
                    break;
                }
            }
            addRun(text, tokens, i, j, out);
            i = j;
        }
        if (!pluralAcronyms.isEmpty()) {
            // MWP beside MWPs: a title or a thing counted, not a name
            out.removeIf(m -> m.glossary() == null && m.words().size() == 1 && pluralAcronyms.contains(m.name()));
        }
        if (!possessive.isEmpty()) {
            for (int k = 0; k < out.size(); k++) {
                Mention m = out.get(k);
                if (m.glossary() == null && possessive.contains(m.name()) && NameLexicon.apostropheS(text, m.end()) > 0) {
                    out.set(k, new Mention(m.name() + text.substring(m.end(), m.end() + 2), m.words(), m.start(),
                            m.end() + 2, m.sentenceInitial(), null));
                }
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /**
     * A web address (LiverpoolFC.com, weather.com, bbc.co.uk: a host name under a common top-level domain)
     * or a handle or hashtag (@MerPolCC, #MeToo), not inside a longer address or an e-mail address.
     */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "(?<![\\w@#./-])(?:[@#][A-Za-z][A-Za-z0-9_]*"
                    + "|(?:[A-Za-z0-9][A-Za-z0-9-]*\\.)+(?:com|org|net|gov|edu|info|io|tv|(?:co|org|ac|gov)\\.uk))"
                    + "(?![\\w@-]|\\.[A-Za-z0-9])");

    /** A cheap test before {@link #ADDRESS}: the text has a handle's sign or a dot before a letter. */
    private static boolean mayHaveAddress(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '#' || c == '.' && i > 0 && i + 2 < n && Character.isLetterOrDigit(text.charAt(i - 1))
                    && text.charAt(i + 1) >= 'a' && text.charAt(i + 1) <= 'z') {
                return true;
            }
        }
        return false;
    }

    /**
     * A longer name that mentions {@code first} to {@code last} (indexes into the list {@link #extract}
     * returned) may be part of: the words around them that the extractor leaves out because they are
     * usually no part of a name. Whether they are is for the Arabic to say ({@code NameCandidates}: the
     * longer name is taken when the translator transliterated the words it adds).
     */
    public record Join(int first, int last, Mention whole, boolean sure) {
        public Join(int first, int last, Mention whole) {
            this(first, last, whole, false);
        }
    }

    /**
     * Nouns that head a name after a possessive (Beacon's Beach, Rady Children's Hospital, the Coroner's
     * Office, St Patrick's Day): with a capital after {@code X's} they make one name with it, which the
     * Arabic turns round like a possessive (شاطئ بيكون), so the Arabic cannot tell.
     */
    private static final Set<String> HEADS = heads();

    private static Set<String> heads() {
        Set<String> h = new HashSet<>(GENERIC);
        h.addAll(List.of("beach", "hospital", "park", "school", "college", "university", "church", "cathedral", "chapel",
                "museum", "centre", "center", "hall", "institute", "foundation", "clinic", "stadium", "theatre", "theater",
                "library", "island", "bay", "lake", "garden", "gardens", "square", "road", "lane", "avenue", "bridge",
                "tower", "airport", "station", "cup", "day", "award", "awards", "prize", "trophy", "festival", "market",
                "inn", "hotel", "store", "shop", "restaurant", "bar", "pub", "farm", "field", "fields", "hill", "point",
                "islands"));
        return Set.copyOf(h);
    }

    /**
     * Nouns before which a title word is the name's adjective, not a person's title: General Assembly,
     * Defense Department, King Street (but General Mattis, King Abdullah).
     */
    private static final Set<String> BODIES = bodies();

    private static Set<String> bodies() {
        Set<String> h = new HashSet<>(HEADS);
        h.addAll(List.of("assembly", "department", "conference"));
        return Set.copyOf(h);
    }

    /** True when token {@code k} is a title word, capitalised, before a capitalised {@link #BODIES} noun. */
    private static boolean titleOfBody(List<Token> tokens, int k, int to) {
        if (k + 1 >= to || !isTitle(tokens.get(k).text()) || !Character.isUpperCase(tokens.get(k).text().charAt(0))) {
            return false;
        }
        String next = tokens.get(k + 1).text();
        return Character.isUpperCase(next.charAt(0)) && BODIES.contains(next.toLowerCase(Locale.ROOT));
    }

    /**
     * The longer names that the mentions of {@code text} may be part of:
     * <ul>
     *   <li>a day or month opening the capitalised run (Saturday Night Live, Sunday Times Culture);</li>
     *   <li>a capitalised function word closing it (Raymond So);</li>
     *   <li>a lower-case ending after a hyphen (Moon Jae-in, Kim Jong-un);</li>
     *   <li>two names joined by {@code 's} (Burt's Bees) or by one or two {@link #LINKS} (Newport on the Levee).</li>
     * </ul>
     * At most one join per mention, in text order; glossary terms take part in none.
     */
    public List<Join> joins(String text, List<Mention> mentions) {
        List<Join> out = new ArrayList<>(0);
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.glossary() != null || m.words().size() >= MAX_NAME_WORDS) {
                continue;
            }
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (next != null && next.glossary() == null && m.words().size() + next.words().size() <= MAX_NAME_WORDS) {
                String between = text.substring(m.end(), Math.max(m.end(), next.start()));
                boolean possessive = NameLexicon.apostropheS(text, m.end()) == 1
                        && (between.equals("'s ") || between.equals("\u2019s "));
                if (possessive || links(between)) {
                    List<String> w = new ArrayList<>(m.words());
                    w.addAll(next.words());
                    boolean head = possessive && next.words().size() == 1
                            && HEADS.contains(next.name().toLowerCase(Locale.ROOT)) && endsRun(text, next.end());
                    out.add(new Join(i, i + 1, new Mention(text.substring(m.start(), next.end()), w, m.start(),
                            next.end(), m.sentenceInitial(), null), head));
                    i++;
                    continue;
                }
            }
            if (NameLexicon.apostropheS(text, m.end()) == 1 && m.end() + 4 < text.length() && text.charAt(m.end() + 2) == ' ') {
                // X's Office, where the head is a stop word that ended the run: the Coroner's Office
                int b = m.end() + 3;
                int z = b;
                while (z < text.length() && Character.isLetter(text.charAt(z))) {
                    z++;
                }
                String h = text.substring(b, z);
                if (z > b + 1 && Character.isUpperCase(h.charAt(0)) && HEADS.contains(h.toLowerCase(Locale.ROOT))
                        && endsRun(text, z) && (next == null || next.start() >= z)) {
                    List<String> w = new ArrayList<>(m.words());
                    w.add(h);
                    out.add(new Join(i, i, new Mention(text.substring(m.start(), z), w, m.start(), z, m.sentenceInitial(),
                            null), true));
                    continue;
                }
            }
            int a = wordBefore(text, m.start());
            if (a >= 0 && m.start() - a >= 4 && DAYS.contains(text.substring(a, m.start() - 1).toLowerCase(Locale.ROOT))
                    && Character.isUpperCase(text.charAt(a))) {
                List<String> w = new ArrayList<>();
                w.add(text.substring(a, m.start() - 1));
                w.addAll(m.words());
                out.add(new Join(i, i, new Mention(text.substring(a, m.end()), w, a, m.end(), isSentenceStart(text, a),
                        null)));
                continue;
            }
            int e = m.end();
            if (e + 3 < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '-')) {
                int b = e + 1;
                int z = b;
                while (z < text.length() && Character.isLetter(text.charAt(z))) {
                    z++;
                }
                if (z - b < 2 || z < text.length() && (text.charAt(z) == '\'' || text.charAt(z) == '\u2019'
                        || text.charAt(z) == '-')) {
                    continue;
                }
                String w = text.substring(b, z);
                boolean capitalFunctionWord = text.charAt(e) == ' ' && Character.isUpperCase(w.charAt(0))
                        && FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)) && !w.equals("I");
                boolean hyphenEnding = text.charAt(e) == '-' && isLowerCaseWord(w);
                if (capitalFunctionWord || hyphenEnding) {
                    List<String> ws = new ArrayList<>(m.words());
                    ws.add(w);
                    out.add(new Join(i, i, new Mention(text.substring(m.start(), z), ws, m.start(), z,
                            m.sentenceInitial(), null)));
                }
            }
        }
        return out;
    }

    /** True when no capitalised word follows offset {@code at} in the same run (one space, then a capital). */
    private static boolean endsRun(String text, int at) {
        return at >= text.length() || !(text.charAt(at) == ' ' && at + 1 < text.length()
                && Character.isUpperCase(text.charAt(at + 1)))
                && !(text.charAt(at) == '\'' || text.charAt(at) == '\u2019' || text.charAt(at) == '-');
    }

    /** True when {@code between} is one or two {@link #LINKS} between single spaces (" on the "). */
    private static boolean links(String between) {
        if (between.length() < 3 || between.charAt(0) != ' ' || between.charAt(between.length() - 1) != ' ') {
            return false;
        }
        String[] w = between.substring(1, between.length() - 1).split(" ", -1);
        if (w.length > 2) {
            return false;
        }
        for (String x : w) {
            if (!LINKS.contains(x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The tokens with each dotted abbreviation of two or more capitals (U.N., U.S., U.K., D.C.: one capital
     * and a dot each, nothing between them) made one token that keeps its dots, so that it can open a name
     * (U.N. General Assembly, U.S. Drought Monitor). Alone it is dropped like the short acronyms ({@link #add}).
     */
    private static List<Token> withDottedAbbreviations(String text, List<Token> tokens) {
        if (text.indexOf('.') < 0) {
            return tokens;
        }
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            int j = i;
            while (j < tokens.size() && isDottedLetter(text, tokens.get(j))
                    && (j == i || tokens.get(j).start() == tokens.get(j - 1).end() + 1)) {
                j++;
            }
            Token a = tokens.get(i);
            if (j - i >= 2 && (a.start() == 0 || !Character.isLetterOrDigit(text.charAt(a.start() - 1))
                    && text.charAt(a.start() - 1) != '.')) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                int end = tokens.get(j - 1).end() + 1;
                out.add(new Token(text.substring(a.start(), end), a.start(), end, Token.Kind.WORD));
                i = j - 1;
            } else if (out != null) {
                out.add(a);
            }
        }
        return out == null ? tokens : out;
    }

    /** One capital letter with a dot right after it. */
    private static boolean isDottedLetter(String text, Token t) {
        return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0)) && t.end() < text.length()
                && text.charAt(t.end()) == '.';
    }

    /** A dotted abbreviation ({@link #withDottedAbbreviations}): U.N., U.S. */
    static boolean isDottedAbbreviation(String w) {
        return w.length() >= 4 && w.charAt(w.length() - 1) == '.' && w.charAt(1) == '.';
    }

    private static boolean isLowerCaseWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Start of the word that ends one space before offset {@code at}, or -1 (no such word, or not a whole word). */
    private static int wordBefore(String text, int at) {
        int k = at - 1;
        if (k < 1 || text.charAt(k) != ' ') {
            return -1;
        }
        int j = k;
        while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
            j--;
        }
        if (j == k || j > 0 && (Character.isLetterOrDigit(text.charAt(j - 1)) || text.charAt(j - 1) == '-'
                || text.charAt(j - 1) == '\'' || text.charAt(j - 1) == '.')) {
            return -1;
        }
        return j;
    }

    /** The name without a closing {@code 's} or {@code ’s} (Sainsbury's → Sainsbury); else the name itself. */
    public static String withoutApostropheS(String name) {
        int n = name.length();
        if (n > 2 && name.charAt(n - 1) == 's' && (name.charAt(n - 2) == '\'' || name.charAt(n - 2) == '\u2019')) {
            return name.substring(0, n - 2);
        }
        return name;
    }

    /**
     * Splits a run at stop words and adds what is left; a {@link #TRAILING} stop word right after a name
     * word stays in the name (Theresa May, Supreme Court).
     */
    private static void addRun(String text, List<Token> tokens, int from, int to, List<Mention> out) {
        int s = from;
        for (int k = from; k <= to; k++) {
            if (k < to && k == s && k + 1 < to && opensName(tokens, k)
                    && Character.isUpperCase(tokens.get(k).text().codePointAt(0)) && nameGoesOn(tokens, k + 1, to)) {
                continue; // New York, St. Martin's, United Nations General Assembly: the opener belongs to the name after it
            }
            if (k < to && k == s && surnameAfterTitle(tokens, from, k)) {
                continue; // British PM May, Prime Minister May: a month right after a title is the person's surname
            }
            if (k < to && k == s && k == from && givenNameFunctionWord(text, tokens, k, to)) {
                continue; // coach Will Wade: a capitalised "Will" inside a sentence before a name is a first name
            }
            if (k < to && titleOfBody(tokens, k, to)) {
                continue; // General Assembly, Defense Department: the title word is the body's adjective
            }
            if (k < to && k > s && TRAILING.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                    && Character.isUpperCase(tokens.get(k).text().codePointAt(0))) {
                continue; // the head of the name that started at s
            }
            if (k < to && tokens.get(k).text().equals(OF) && k > s && k + 1 < to && !isTitle(tokens.get(k - 1).text())
                    && !isStopWord(tokens.get(k + 1).text())) {
                continue; // "of" between a name word and a name: Game of Thrones, University of Michigan
            }
            if (k < to && k == s && k + 2 < to && GENERIC.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                    && tokens.get(k + 1).text().equals(OF) && !isStopWord(tokens.get(k + 2).text())) {
                continue; // a generic head before "of" + a name: University of Michigan, Bank of England
            }
            if (k < to && k > s && k + 1 < to && isInitial(text, tokens.get(k))) {
                continue; // an initial inside a name (Dionisio A. Lind), not the article
            }
            if (k == to || isStopWord(tokens.get(k).text())) {
                if (k > s) {
                    add(text, tokens, s, k, out);
                }
                s = k + 1;
            }
        }
    }

    /** The months: after a title, a capitalised one is a surname (May, as in "PM May"), not the date. */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** Honorifics that stand before a surname (with the titles of {@code stopwords-en.txt}). */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr");

    /**
     * True when token {@code k} is a capitalised month right after a capitalised title or honorific of the same
     * run: "British PM May accuses critics", "Mrs May": a date is not written after a title, a surname is.
     */
    private static boolean surnameAfterTitle(List<Token> tokens, int from, int k) {
        if (k <= from) {
            return false;
        }
        String w = tokens.get(k).text();
        String before = tokens.get(k - 1).text();
        return Character.isUpperCase(w.charAt(0)) && MONTHS.contains(w.toLowerCase(Locale.ROOT))
                && Character.isUpperCase(before.charAt(0))
                && (isTitle(before) || HONORIFICS.contains(before.toLowerCase(Locale.ROOT)));
    }

    /**
     * Function words that are also given names (Will, short for William): capitalised, opening a capitalised
     * run inside a sentence, and followed by a name word, they are the name's first word ("LSU basketball coach
     * Will Wade said"). At a sentence's start, or after another capitalised word (a Title Case heading: "Trump
     * Will Visit"), they are still the function word.
     */
    private static final Set<String> GIVEN_NAME_FUNCTION_WORDS = Set.of("Will");

    private static boolean givenNameFunctionWord(String text, List<Token> tokens, int k, int to) {
        Token t = tokens.get(k);
        if (k + 1 >= to || !GIVEN_NAME_FUNCTION_WORDS.contains(t.text()) || isSentenceStart(text, t.start())) {
            return false;
        }
        String next = tokens.get(k + 1).text();
        return isNameWord(next) && !isStopWord(next) && !isAllCaps(next);
    }

    /**
     * True when the run {@code k..to} goes on as a name: token {@code k} is no stop word, or is a title word
     * before a body ({@link #titleOfBody}), or is a generic noun before such a run (United Nations General
     * Assembly; but United Nations alone, Security Council, are no name words).
     */
    private static boolean nameGoesOn(List<Token> tokens, int k, int to) {
        for (; k < to; k++) {
            String w = tokens.get(k).text();
            if (!isStopWord(w) || titleOfBody(tokens, k, to)) {
                return true;
            }
            if (!GENERIC.contains(w.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A stop word that opens a name before a name word: a name opener (New, St.) or a generic noun
     * (National Weather Service, National Hurricane Center, City Hall), which is the translated part of
     * the name, not a word before it.
     */
    private static boolean opensName(List<Token> tokens, int k) {
        String lower = tokens.get(k).text().toLowerCase(Locale.ROOT);
        // after "of" a generic noun ends a title (Secretary of State Mike Pompeo), it opens no name
        return OPENERS.contains(lower) || GENERIC.contains(lower) && (k == 0 || !tokens.get(k - 1).text().equals(OF));
    }

    private static void add(String text, List<Token> tokens, int from, int to, List<Mention> out) {
        // particles never start or end a name
        while (from < to && !Character.isUpperCase(tokens.get(from).text().codePointAt(0))) {
            from++;
        }
        while (to > from && (!Character.isUpperCase(tokens.get(to - 1).text().codePointAt(0))
                || isAcronymPlural(tokens.get(to - 1).text()) || isDottedAbbreviation(tokens.get(to - 1).text()))) {
            to--; // a closing particle, the members of a body (Welsh AMs → Welsh), a country before a title (U.S. Sens.)
        }
        if (to - from > 1 && isDottedAbbreviation(tokens.get(from).text())
                && !BODIES.contains(tokens.get(to - 1).text().toLowerCase(Locale.ROOT))) {
            from++; // U.S. Desert Southwest: the country is a name of its own; U.N. Security Council is one name
        }
        if (from >= to || to - from > MAX_NAME_WORDS) {
            return;
        }
        List<String> words = new ArrayList<>(to - from);
        StringBuilder name = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            words.add(t.text());
            if (k > from) {
                int e = tokens.get(k - 1).end();
                char sep = text.charAt(e);
                if (sep == '.' && t.start() - e == 2) {
                    name.append(". "); // an initial or an abbreviation: Dionisio A. Lind, St. Martin's
                } else {
                    name.append(sep == '-' || sep == '\'' || sep == '\u2019' ? sep : ' ');
                }
            }
            name.append(t.text());
        }
        if (words.size() == 1 && (words.get(0).length() < 2 || isShortAcronym(words.get(0)) && words.get(0).length() < 3
                || isDottedAbbreviation(words.get(0)) || isAllCaps(words.get(0)) && isCommonAcronym(words.get(0)))) {
            // US, UN, EU: translated in Arabic (the three-letter ones, NBC, BST, are kept: spelt out by their
            // letters' names, إن بي سي, or learnt); HIV, ATM: acronyms of common nouns
            return;
        }
        Token a = tokens.get(from);
        out.add(new Mention(name.toString(), words, a.start(), tokens.get(to - 1).end(),
                isSentenceStart(text, a.start()), null));
    }

    private static boolean matchesTerm(List<Token> tokens, int i, GlossaryTerm g, boolean[] used) {
        List<String> w = g.words();
        for (int k = 0; k < w.size(); k++) {
            if (used[i + k]) {
                return false;
            }
            String t = tokens.get(i + k).text();
            if (g.caseSensitive() ? !t.equals(w.get(k)) : !t.equalsIgnoreCase(w.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Two or more capitals and a plural s: MPs, AMs, MSPs, CEOs. */
    static boolean isAcronymPlural(String w) {
        int n = w.length();
        if (n < 3 || w.charAt(n - 1) != 's') {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code w} is the acronym of a common noun ({@code acronyms-en.txt}: HIV, ATM, CEO). */
    static boolean isCommonAcronym(String w) {
        return COMMON_ACRONYMS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** All capitals, at most three letters. */
    static boolean isShortAcronym(String w) {
        return w.length() <= 3 && w.chars().allMatch(Character::isUpperCase);
    }

    /** A word that can be (part of) a name: starts with an upper-case Latin letter. */
    static boolean isNameWord(String w) {
        int c = w.codePointAt(0);
        return Character.isUpperCase(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** Two tokens separated by exactly one space or one hyphen, or an elided particle (O'Brien, D'Alema). */
    private static boolean joined(String text, Token a, Token b) {
        int gap = b.start() - a.end();
        if (gap < 1 || gap > 2) {
            return false;
        }
        char c = text.charAt(a.end());
        if (gap == 2 && c == '.' && Character.isWhitespace(text.charAt(a.end() + 1)) && isNameWord(b.text())
                && isAbbreviatedNameWord(text, a)) {
            return true; // Dionisio A. Lind, George W. Bush, St. Martin's
        }
        if (gap != 1) {
            return false;
        }
        if ((c == '\'' || c == '\u2019') && a.text().length() == 1) {
            return true;
        }
        return c == ' ' || c == '-' || c == '\u00A0';
    }

    /** One capital letter followed by a dot: an initial (A. in Dionisio A. Lind). */
    private static boolean isInitial(String text, Token t) {
        return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0)) && t.end() < text.length()
                && text.charAt(t.end()) == '.';
    }

    /**
     * A word that an abbreviation dot may follow inside a name: an initial (one capital letter that is
     * not itself the end of a dotted abbreviation such as U.S.) or a {@link #OPENERS name opener} (St.).
     */
    private static boolean isAbbreviatedNameWord(String text, Token a) {
        String w = a.text();
        if (OPENERS.contains(w.toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.charAt(0))) {
            return true;
        }
        return w.length() == 1 && Character.isUpperCase(w.charAt(0))
                && (a.start() == 0 || Character.isWhitespace(text.charAt(a.start() - 1)));
    }

    /** True when only opening punctuation separates offset {@code at} from the start of a sentence. */
    static boolean isSentenceStart(String text, int at) {
        int k = at - 1;
        while (k >= 0) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c) || c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '('
                    || c == '[' || c == '\u00AB' || c == '-' || c == '\u2014' || c == '\u2013') {
                k--;
                continue;
            }
            if (c == '.' && afterTitleAbbreviation(text, k)) {
                return false; // Mr. Sutopo, Dr. PawPaw: the dot ends a title, not a sentence
            }
            return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\u2026';
        }
        return true;
    }

    /** Titles written with an abbreviation dot before a name (Mr. Sutopo, Dr. PawPaw, Sen. Graham). */
    private static final Set<String> TITLE_ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
            "gen", "lt", "col", "capt", "sgt", "rev", "st", "mt");

    /** True when the dot at {@code dot} ends one of the {@link #TITLE_ABBREVIATIONS}, written with a capital. */
    private static boolean afterTitleAbbreviation(String text, int dot) {
        int j = dot;
        while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
            j--;
        }
        return j < dot && dot - j <= 4 && Character.isUpperCase(text.charAt(j))
                && (j == 0 || !Character.isLetterOrDigit(text.charAt(j - 1)) && text.charAt(j - 1) != '.')
                && TITLE_ABBREVIATIONS.contains(text.substring(j, dot).toLowerCase(Locale.ROOT));
    }

    /** The words of the given sections (a section runs from its "# …" heading line to the next heading). */
    private static Set<String> loadSections(String resource, String... headings) {
        Set<String> out = new HashSet<>();
        boolean in = false;
        try (java.io.InputStream is = NameExtractor.class.getResourceAsStream(resource)) {
            if (is == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            for (String line : new String(is.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.startsWith("#")) {
                    in = false;
                    for (String h : headings) {
                        in |= l.startsWith(h);
                    }
                } else if (in && !l.isEmpty()) {
                    out.add(l.toLowerCase(Locale.ROOT));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(resource + " lacks the sections " + String.join(", ", headings));
        }
        return out;
    }

    private static Set<String> load(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : org.tarjama.text.ResourceText.dataLines(NameExtractor.class, resource)) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
