package org.tarjama.tmx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tarjama.model.BadInputException;
import org.tarjama.model.Diagnostic;
import org.tarjama.model.Languages;
import org.tarjama.model.Severity;
import org.tarjama.model.SourceLocation;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;

/**
 * Checks a TMX file and sorts what it finds into two kinds. <b>Errors</b> make the file invalid TMX:
 * not well-formed XML, not valid against the TMX 1.4b DTD (bundled, see {@link TmxDtd}; TMX 1.1–1.3
 * files are checked for the structure only), no unit readable. <b>Warnings</b> are interoperability
 * risks in a valid file, which the specification allows but some tools mishandle: the first
 * {@code <tuv>} not in the unit's source language ({@code <tu srclang>}, else the header's), no
 * variant in that language, duplicate or missing {@code tuid}s (TMX 1.4b: tuids "may or may not be
 * unique"), language codes that are not RFC 4646, dates not in {@code YYYYMMDDThhmmssZ}, empty
 * segments, single-variant units. Every finding is located (file, line, column, unit). Reading is
 * lenient so that every broken unit is reported, not just the first one.
 */
public final class TmxValidator {
    /** BCP 47 as used in TMX: a 2–3 letter language, then subtags of 1–8 letters or digits. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Set<String> SEGTYPES = Set.of("block", "paragraph", "sentence", "phrase");
    private static final int MAX_FINDINGS = 10_000;

    /** The findings for one file; valid when no finding is an error. */
    public record Report(String file, long units, List<Diagnostic> findings, long errors, long warnings) {
        public boolean valid() {
            return errors == 0;
        }

        /** Valid and without interoperability warnings ({@code tmx validate --strict}). */
        public boolean clean() {
            return errors == 0 && warnings == 0;
        }
    }

    private TmxValidator() {
    }

    public static Report validate(Path file) {
        List<Diagnostic> findings = new ArrayList<>();
        long[] counts = new long[2]; // errors, warnings
        String name = file.toString();
        java.util.function.Consumer<Diagnostic> add = d -> {
            if (d.severity() == Severity.ERROR) {
                counts[0]++;
            } else if (d.severity() == Severity.WARNING) {
                counts[1]++;
            }
            if (findings.size() < MAX_FINDINGS) {
                findings.add(d);
            }
        };
        long units = 0;
        try (TmxReader r = TmxReader.open(file, true, add)) {
            TmxHeader h;
            try {
                h = r.header();
            } catch (TmxFormatException e) {
                add.accept(new Diagnostic("TMX_MALFORMED", Severity.ERROR, e.location(), null, e.problem()));
                return new Report(name, 0, findings, counts[0], counts[1]);
            }
            SourceLocation top = r.headerLocation();
            header(r, h, top, add);
            String headerSrc = h.srcLang();
            Map<String, Integer> tuids = new HashMap<>();
            while (true) {
                TranslationUnit tu;
                try {
                    if (!r.hasNext()) {
                        break;
                    }
                    tu = r.next();
                } catch (TmxFormatException e) {
                    add.accept(new Diagnostic("TMX_MALFORMED", Severity.ERROR, e.location(), null, e.problem()));
                    break;
                }
                units++;
                SourceLocation at = r.location();
                if (tu.tuid().isEmpty()) {
                    add.accept(err(at, "TMX_NO_TUID", "<tu> without tuid: importers cannot tell units apart", Severity.WARNING));
                } else {
                    Integer first = tuids.putIfAbsent(tu.tuid(), at.line());
                    if (first != null) {
                        add.accept(err(at, "TMX_DUPLICATE_TUID", "tuid \"" + tu.tuid() + "\" already used by the <tu> at line " + first
                                + " (allowed by TMX 1.4b; tools that key units by tuid keep only one)", Severity.WARNING));
                    }
                }
                for (Variant v : tu.variants()) {
                    language(v.lang(), at, "<tuv xml:lang=\"" + v.lang() + "\">", add);
                    if (v.text().isBlank() && !v.hasMarkup()) {
                        add.accept(err(at, "TMX_EMPTY_SEGMENT", "empty <seg> in the " + v.lang() + " <tuv>", Severity.WARNING));
                    }
                }
                String tuSrc = tu.attributes().getOrDefault("srclang", "");
                String src = tuSrc.isEmpty() ? headerSrc : tuSrc;
                String whose = tuSrc.isEmpty() ? "the header's srclang " : "the unit's srclang ";
                if (!src.isEmpty() && !src.equals("*all*")) {
                    Variant first = tu.variants().get(0);
                    boolean exact = tu.variants().stream().anyMatch(v -> Languages.sameCode(v.lang(), src));
                    if (!exact && tu.variant(src).isEmpty()) {
                        add.accept(err(at, "TMX_SRCLANG", "no <tuv> in " + whose + src, Severity.WARNING));
                    } else if (!Languages.sameCode(first.lang(), src) && !(!exact && first.isLanguage(src))) {
                        add.accept(err(at, "TMX_SRCLANG", "the first <tuv> is " + first.lang() + ", not " + whose + src
                                + " (valid TMX; tools such as translate-toolkit take the first <tuv> as the source)", Severity.WARNING));
                    }
                }
                if (tu.variants().size() < 2) {
                    add.accept(err(at, "TMX_SINGLE_VARIANT", "<tu> with a single <tuv>: no translation", Severity.WARNING));
                }
            }
            for (Diagnostic d : r.skipped()) {
                add.accept(new Diagnostic("TMX_MALFORMED", Severity.ERROR, d.location(), null, d.message()));
            }
            for (Diagnostic d : r.trailingProblems()) {
                add.accept(new Diagnostic("TMX_MALFORMED", Severity.ERROR, d.location(), null, d.message()));
            }
            if (counts[0] == 0 && units == 0) {
                add.accept(err(top, "TMX_NO_UNITS", "no <tu> in the <body>: nothing to import", Severity.WARNING));
            }
            if (counts[0] == 0) {
                dtd(file, r.version(), top, add);
            }
        } catch (TmxFormatException e) {
            add.accept(new Diagnostic("TMX_MALFORMED", Severity.ERROR, e.location(), null, e.problem()));
        } catch (BadInputException e) {
            String m = e.getMessage();
            String prefix = e.location() == null ? "" : e.location() + ": ";
            add.accept(new Diagnostic("TMX_UNREADABLE", Severity.ERROR, e.location() == null ? SourceLocation.ofFile(name) : e.location(),
                    null, !prefix.equals(": ") && m.startsWith(prefix) ? m.substring(prefix.length()) : m));
        }
        findings.sort(java.util.Comparator.comparingInt((Diagnostic d) -> d.location().line())
                .thenComparingInt(d -> d.location().column()));
        return new Report(name, units, findings, counts[0], counts[1]);
    }

    /** Validates a well-formed TMX 1.4 file against the TMX 1.4b DTD; older versions are not (their DTDs differ). */
    private static void dtd(Path file, String version, SourceLocation top, java.util.function.Consumer<Diagnostic> add) {
        if (!version.equals("1.4")) {
            add.accept(err(top, "TMX_DTD", "TMX " + version + ": not checked against the TMX 1.4b DTD (it declares version 1.4)", Severity.INFO));
            return;
        }
        try {
            for (TmxDtd.Problem p : TmxDtd.validate(file, MAX_FINDINGS)) {
                add.accept(new Diagnostic(p.fatal() ? "TMX_MALFORMED" : "TMX_DTD", Severity.ERROR,
                        SourceLocation.ofPosition(file.toString(), p.line(), p.column()), null,
                        p.fatal() ? p.message() : p.message() + " (TMX 1.4b DTD)"));
            }
        } catch (java.io.IOException e) {
            add.accept(err(SourceLocation.ofFile(file.toString()), "TMX_UNREADABLE", "cannot read: " + e.getMessage(), Severity.ERROR));
        }
    }

    private static void header(TmxReader r, TmxHeader h, SourceLocation at, java.util.function.Consumer<Diagnostic> add) {
        String v = r.version();
        if (v.isEmpty()) {
            add.accept(err(at, "TMX_VERSION", "<tmx> without the required version attribute", Severity.ERROR));
        } else if (!v.equals("1.4")) {
            add.accept(err(at, "TMX_VERSION", "TMX version " + v + " (TMX 1.4b is version=\"1.4\")", Severity.WARNING));
        }
        String[][] required = {{"creationtool", h.creationTool()}, {"creationtoolversion", h.creationToolVersion()},
            {"segtype", h.segType()}, {"o-tmf", h.oTmf()}, {"adminlang", h.adminLang()}, {"srclang", h.srcLang()},
            {"datatype", h.dataType()}};
        for (String[] a : required) {
            if (a[1].isEmpty() && !v.equals("1.4")) { // for TMX 1.4 the DTD check reports it
                add.accept(err(at, "TMX_HEADER", "<header> without the required " + a[0] + " attribute", Severity.ERROR));
            }
        }
        if (!h.segType().isEmpty() && !SEGTYPES.contains(h.segType()) && !v.equals("1.4")) {
            add.accept(err(at, "TMX_HEADER", "<header segtype=\"" + h.segType() + "\">: must be block, paragraph, sentence or phrase", Severity.ERROR));
        }
        if (!h.creationDate().isEmpty() && !UnitParser.validDate(h.creationDate())) {
            add.accept(err(at, "TMX_DATE", "<header creationdate=\"" + h.creationDate() + "\">: dates must be YYYYMMDDThhmmssZ (UTC)", Severity.WARNING));
        }
        if (!h.srcLang().isEmpty() && !h.srcLang().equals("*all*")) {
            language(h.srcLang(), at, "<header srclang=\"" + h.srcLang() + "\">", add);
        }
        if (!h.adminLang().isEmpty()) {
            language(h.adminLang(), at, "<header adminlang=\"" + h.adminLang() + "\">", add);
        }
        if (r.hadDoctype()) {
            add.accept(err(at, "TMX_DOCTYPE", "the DOCTYPE was ignored: Tarjama never loads DTDs or entities", Severity.INFO));
        }
    }

    private static void language(String code, SourceLocation at, String what, java.util.function.Consumer<Diagnostic> add) {
        if (code.indexOf('_') >= 0 && LANGUAGE.matcher(code.replace('_', '-')).matches()) {
            add.accept(err(at, "TMX_LANGUAGE", what + ": language codes use a hyphen (" + Languages.canonical(code)
                    + "); many importers skip " + code, Severity.WARNING));
        } else if (!LANGUAGE.matcher(code).matches()) {
            add.accept(err(at, "TMX_LANGUAGE", what + ": not a language code (RFC 4646/BCP 47, e.g. en, ar-SA)", Severity.WARNING));
        }
    }

    private static Diagnostic err(SourceLocation at, String code, String msg, Severity s) {
        return new Diagnostic(code, s, at, null, msg);
    }
}
