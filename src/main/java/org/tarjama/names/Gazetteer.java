package org.tarjama.names;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryEntry;
import org.tarjama.glossary.TermMatcher;

/**
 * Standard Arabic exonyms, from the CLDR data that ICU4J ships: the Arabic display names of countries
 * and regions (China → الصين, Germany → ألمانيا, United States → الولايات المتحدة), of languages
 * (English → الإنجليزية) and the exemplar cities of time zones (London → لندن, Mexico City →
 * مكسيكو سيتي). These are translations by convention, so a letter-similarity scorer does not find them;
 * the names check looks for them (with proclitics, the article and nisba forms, like a glossary) before
 * it scores transliterations. Built once, immutable.
 */
public final class Gazetteer {
    /** UN M.49 regions that CLDR names (Europe, Middle East …), beside the ISO countries. */
    private static final List<String> REGIONS = List.of("001", "002", "005", "009", "011", "013", "014", "015",
            "017", "018", "019", "021", "029", "030", "034", "035", "039", "053", "054", "057", "061", "142", "143",
            "145", "150", "151", "154", "155", "202", "419", "EU", "UN");

    private static final Gazetteer CLDR = fromCldr();

    private final Map<String, GlossaryEntry> byName;
    private final TermMatcher matcher;

    private Gazetteer(Map<String, GlossaryEntry> byName) {
        this.byName = byName;
        this.matcher = TermMatcher.of(new Glossary("CLDR", List.copyOf(byName.values())));
    }

    /** The exonyms of CLDR (countries, languages, exemplar cities). */
    public static Gazetteer cldr() {
        return CLDR;
    }

    /** The entry for an English name (case-insensitive), if CLDR has one. */
    public Optional<GlossaryEntry> find(String en) {
        return Optional.ofNullable(byName.get(en.toLowerCase(Locale.ROOT)));
    }

    /** A matcher over every exonym, to find them in Arabic text. */
    public TermMatcher matcher() {
        return matcher;
    }

    /** Number of names. */
    public int size() {
        return byName.size();
    }

    private static Gazetteer fromCldr() {
        ULocale en = ULocale.ENGLISH;
        ULocale ar = new ULocale("ar");
        Map<String, List<String>> forms = new LinkedHashMap<>();
        for (String cc : ULocale.getISOCountries()) {
            ULocale l = new ULocale("", cc);
            add(forms, l.getDisplayCountry(en), l.getDisplayCountry(ar));
        }
        for (String region : REGIONS) {
            ULocale l = new ULocale("", region);
            add(forms, l.getDisplayCountry(en), l.getDisplayCountry(ar));
        }
        for (String lang : ULocale.getISOLanguages()) {
            ULocale l = new ULocale(lang);
            add(forms, l.getDisplayLanguage(en), l.getDisplayLanguage(ar));
        }
        TimeZoneNames enZones = TimeZoneNames.getInstance(en);
        TimeZoneNames arZones = TimeZoneNames.getInstance(ar);
        for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String e = enZones.getExemplarLocationName(id);
            String a = arZones.getExemplarLocationName(id);
            if (e != null && a != null) {
                add(forms, e, a);
            }
        }
        Map<String, GlossaryEntry> out = new LinkedHashMap<>();
        int line = 0;
        for (var e : forms.entrySet()) {
            List<String> ars = e.getValue();
            out.put(e.getKey().toLowerCase(Locale.ROOT), new GlossaryEntry(e.getKey(), false, List.of(ars.get(0)),
                    ars.subList(1, ars.size()), List.of(), List.of(), "CLDR", ++line));
        }
        return new Gazetteer(out);
    }

    private static void add(Map<String, List<String>> forms, String en, String ar) {
        if (en == null || ar == null || en.isBlank() || ar.isBlank() || !isArabic(ar) || !isLatinName(en)) {
            return;
        }
        List<String> have = forms.computeIfAbsent(en, k -> new ArrayList<>());
        if (!have.contains(ar)) {
            have.add(ar);
        }
    }

    private static boolean isArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.ARABIC) {
                return false;
            }
            if (c == '(' || c == ')') {
                return false; // qualified names ("الكونغو (برازافيل)") are not how the text names them
            }
        }
        return true;
    }

    private static boolean isLatinName(String s) {
        if (!Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == ')' || c == '&' || Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }
}
