package org.tarjama.tmx;

import java.util.Locale;
import java.util.Map;
import org.tarjama.model.Languages;

/**
 * The CAT tool a TMX file is written for. All profiles write hyphenated codes ({@code en-US}, never
 * {@code en_US}); they differ in whether a bare language is given a region and in how unit
 * properties are typed. See the TMX section of docs/reference.md for why each tool needs what it gets.
 */
public enum TmxProfile {
    /** Bare language codes as given ({@code en}, {@code ar}), every prop and note as is. */
    GENERIC(false, false),
    /** OmegaT: bare codes (OmegaT matches TMX languages to the project's), props and notes as is. */
    OMEGAT(false, false),
    /**
     * Trados Studio: region codes ({@code en-US}, {@code ar-SA}) because Studio TMs are created for
     * locales and the import skips other variants; props typed as Studio fields ({@code x-name:SingleString}).
     */
    TRADOS(true, true),
    /** memoQ: region codes ({@code en-US}, {@code ar-SA}) as memoQ's default TM languages, props as is. */
    MEMOQ(true, false),
    /** Phrase (Memsource): bare codes, props and notes as is. */
    PHRASE(false, false);

    /** The region given to a bare language code by the profiles that need one. */
    private static final Map<String, String> DEFAULT_REGION = Map.ofEntries(
            Map.entry("en", "en-US"), Map.entry("ar", "ar-SA"), Map.entry("fr", "fr-FR"), Map.entry("de", "de-DE"),
            Map.entry("es", "es-ES"), Map.entry("it", "it-IT"), Map.entry("pt", "pt-PT"), Map.entry("ru", "ru-RU"),
            Map.entry("zh", "zh-CN"), Map.entry("ja", "ja-JP"), Map.entry("tr", "tr-TR"), Map.entry("fa", "fa-IR"),
            Map.entry("he", "he-IL"), Map.entry("ur", "ur-PK"), Map.entry("nl", "nl-NL"));

    private final boolean regional;
    private final boolean typedFields;

    TmxProfile(boolean regional, boolean typedFields) {
        this.regional = regional;
        this.typedFields = typedFields;
    }

    /** {@code generic}, {@code omegat}, … as on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code generic|omegat|trados|memoq|phrase} (case-insensitive). */
    public static TmxProfile parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** The language code this profile writes for {@code code}: hyphenated, canonical case, region added if needed. */
    public String languageCode(String code) {
        if (code.equals("*all*")) {
            return code;
        }
        String c = Languages.canonical(code);
        if (regional && c.indexOf('-') < 0) {
            return DEFAULT_REGION.getOrDefault(c, c);
        }
        return c;
    }

    /** The {@code type} this profile writes for a unit property. */
    public String propType(String type) {
        if (typedFields && type.startsWith("x-") && type.indexOf(':') < 0) {
            return type + ":SingleString";
        }
        return type;
    }
}
