package org.tarjama.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tarjama.model.BadInputException;
import org.tarjama.model.Languages;
import org.tarjama.model.SourceLocation;

/**
 * Reads TBX termbases: TBX-Basic / TBX v2 ({@code <martif>}: termEntry / langSet / tig or ntig/termGrp)
 * and TBX v3 ({@code <tbx>}: conceptEntry / langSec / termSec, DCA style with {@code <termNote type=…>}
 * or DCT style with namespaced elements such as {@code <basic:administrativeStatus>}).
 *
 * <p>Mapping: in the English section the preferred (or first) term is the entry's term and the other
 * admitted terms are English variants; in the Arabic section {@code preferredTerm-admn-sts} (or no
 * status) is approved, {@code admittedTerm-admn-sts} an accepted variant,
 * {@code deprecatedTerm-admn-sts}/{@code supersededTerm-admn-sts} forbidden. An Arabic-section note
 * starting with {@value #DERIVED_NOTE} lists derived forms; an English-section note
 * {@value #CASE_NOTE} makes the entry case-sensitive; one starting with {@value #EXCEPTIONS_NOTE}
 * lists the entry's context exceptions (English phrases in which the term is not this name,
 * {@code exceptions: Jordan Spieth|Michael Jordan}). Other notes become the entry note.
 *
 * <p>The XML is parsed with StAX with DTD processing and external entities switched off: a
 * {@code <!DOCTYPE>} is skipped, never fetched.
 */
final class TbxReader {
    /** Prefix of an Arabic-section note that lists derived forms, {@code |}-separated. */
    static final String DERIVED_NOTE = "derived:";
    /** English-section note that makes the English term case-sensitive. */
    static final String CASE_NOTE = "case-sensitive";
    /** Prefix of an English-section note that lists context exceptions ("exceptions: Jordan Spieth"), {@code |}-separated. */
    static final String EXCEPTIONS_NOTE = "exceptions:";

    private TbxReader() {
    }

    /** A minimal element tree: enough for TBX, with the line each element starts on. */
    record Node(String name, String lang, String type, int line, List<Node> children, StringBuilder text) {
        Node child(String n) {
            for (Node c : children) {
                if (c.name.equals(n)) {
                    return c;
                }
            }
            return null;
        }

        String textValue() {
            return text.toString().strip().replaceAll("\\s+", " ");
        }
    }

    static XMLInputFactory safeFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        // the glossary-cell limit (docs/limits.md), enforced by Woodstox while it reads a text node
        if (f.isPropertySupported("com.ctc.wstx.maxTextLength")) {
            f.setProperty("com.ctc.wstx.maxTextLength", org.tarjama.model.Limits.cellChars());
        }
        return f;
    }

    /** Entries and warnings of a TBX file. */
    record Result(List<GlossaryEntry> entries, List<String> warnings) {
    }

    static Result read(Path file) {
        String name = file.toString();
        Node root;
        try (InputStream in = Files.newInputStream(file)) {
            root = parse(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        List<Node> concepts = new ArrayList<>();
        String rootName = root.name;
        if (!rootName.equals("martif") && !rootName.equals("tbx")) {
            throw new BadInputException(SourceLocation.ofLine(name, root.line),
                    "not a TBX file: the root element is <" + rootName + ">, expected <martif> (TBX v2) or <tbx> (TBX v3)");
        }
        Node text = root.child("text");
        Node body = text == null ? null : text.child("body");
        if (body == null) {
            throw new BadInputException(SourceLocation.ofLine(name, root.line), "TBX without <text><body>");
        }
        for (Node c : body.children) {
            if (c.name.equals("termEntry") || c.name.equals("conceptEntry")) {
                concepts.add(c);
            }
        }
        List<GlossaryEntry> out = new ArrayList<>();
        TreeSet<String> languages = new TreeSet<>();
        List<String> skipped = new ArrayList<>();
        for (Node concept : concepts) {
            GlossaryEntry e = entry(concept, name, languages);
            if (e != null) {
                out.add(e);
            } else {
                skipped.add("line " + concept.line);
            }
        }
        if (out.isEmpty()) {
            throw new BadInputException(SourceLocation.ofFile(name), concepts.isEmpty()
                    ? "the TBX file has no termEntry/conceptEntry"
                    : "none of the " + concepts.size() + " concept entries has both an English and an Arabic term"
                            + " (languages found: " + String.join(", ", languages) + ")");
        }
        List<String> warnings = new ArrayList<>();
        if (!skipped.isEmpty()) {
            warnings.add(name + ": " + skipped.size() + " of " + concepts.size() + " concept entries have no English or"
                    + " no Arabic term and were skipped (" + String.join(", ", skipped.subList(0, Math.min(10,
                    skipped.size()))) + (skipped.size() > 10 ? ", …" : "") + ")");
        }
        return new Result(out, warnings);
    }

    private static GlossaryEntry entry(Node concept, String file, TreeSet<String> languages) {
        List<String> notes = new ArrayList<>();
        String en = null;
        List<String> enVariants = new ArrayList<>();
        List<String> approved = new ArrayList<>();
        List<String> variants = new ArrayList<>();
        List<String> forbidden = new ArrayList<>();
        List<String> derived = new ArrayList<>();
        List<String> exceptions = new ArrayList<>();
        boolean caseSensitive = false;
        for (Node c : concept.children) {
            if (isNote(c)) {
                notes.add(c.textValue());
            }
        }
        for (Node lang : concept.children) {
            if (!lang.name.equals("langSet") && !lang.name.equals("langSec")) {
                continue;
            }
            if (lang.lang == null || lang.lang.isBlank()) {
                throw new BadInputException(SourceLocation.ofLine(file, lang.line), "<" + lang.name + "> without xml:lang");
            }
            languages.add(lang.lang);
            boolean isEn = Languages.sameLanguage(lang.lang, "en");
            boolean isAr = Languages.sameLanguage(lang.lang, "ar");
            if (!isEn && !isAr) {
                continue;
            }
            for (Node c : lang.children) {
                if (isNote(c)) {
                    String v = c.textValue();
                    if (isAr && v.toLowerCase(Locale.ROOT).startsWith(DERIVED_NOTE)) {
                        derived.addAll(GlossaryLoader.multi(v.substring(DERIVED_NOTE.length())));
                    } else if (isEn && v.toLowerCase(Locale.ROOT).startsWith(EXCEPTIONS_NOTE)) {
                        exceptions.addAll(GlossaryLoader.multi(v.substring(EXCEPTIONS_NOTE.length())));
                    } else if (isEn && v.equalsIgnoreCase(CASE_NOTE)) {
                        caseSensitive = true;
                    } else {
                        notes.add(v);
                    }
                }
            }
            List<Node> terms = new ArrayList<>();
            collectTerms(lang, terms);
            // English: preferred first
            List<String[]> found = new ArrayList<>();
            for (Node t : terms) {
                Node term = findTerm(t);
                if (term == null) {
                    throw new BadInputException(SourceLocation.ofLine(file, t.line), "<" + t.name + "> without <term>");
                }
                String value = term.textValue();
                if (value.isEmpty()) {
                    throw new BadInputException(SourceLocation.ofLine(file, term.line), "empty <term>");
                }
                found.add(new String[] {value, status(t)});
            }
            if (isEn) {
                for (String[] t : found) {
                    if (t[1].startsWith("preferred") && en == null) {
                        en = t[0];
                    }
                }
                for (String[] t : found) {
                    if (t[0].equals(en)) {
                        continue;
                    }
                    if (t[1].startsWith("deprecated") || t[1].startsWith("superseded")) {
                        notes.add("deprecated English: " + t[0]);
                    } else if (en == null) {
                        en = t[0];
                    } else {
                        enVariants.add(t[0]);
                    }
                }
            } else {
                for (String[] t : found) {
                    String s = t[1];
                    if (s.startsWith("deprecated") || s.startsWith("superseded")) {
                        forbidden.add(t[0]);
                    } else if (s.startsWith("admitted")) {
                        variants.add(t[0]);
                    } else {
                        approved.add(t[0]);
                    }
                }
            }
        }
        if (en == null || approved.isEmpty() && variants.isEmpty()) {
            return null;
        }
        if (approved.isEmpty()) {
            approved.add(variants.remove(0));
        }
        return new GlossaryEntry(en, caseSensitive, approved, variants, forbidden, derived,
                String.join("; ", notes), concept.line, enVariants, exceptions);
    }

    private static boolean isNote(Node c) {
        return c.name.equals("note") || (c.name.equals("descrip") && "definition".equals(c.type));
    }

    /** tig / ntig (v2) or termSec (v3) children of a language section. */
    private static void collectTerms(Node lang, List<Node> out) {
        for (Node c : lang.children) {
            if (c.name.equals("tig") || c.name.equals("ntig") || c.name.equals("termSec")) {
                out.add(c);
            }
        }
    }

    private static Node findTerm(Node t) {
        Node term = t.child("term");
        if (term == null && t.child("termGrp") != null) {
            term = t.child("termGrp").child("term");
        }
        return term;
    }

    /** The administrative status of a term group, lower-cased, "" when none. */
    private static String status(Node t) {
        List<Node> notes = new ArrayList<>(t.children);
        if (t.child("termGrp") != null) {
            notes.addAll(t.child("termGrp").children);
        }
        for (Node n : notes) {
            if (n.name.equals("termNote") && ("administrativeStatus".equals(n.type)
                    || "normativeAuthorization".equals(n.type))) {
                return n.textValue().toLowerCase(Locale.ROOT);
            }
            if (n.name.equals("administrativeStatus")) { // TBX v3 DCT style
                return n.textValue().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static Node parse(InputStream in, String name) {
        XMLStreamReader r = null;
        try {
            r = safeFactory().createXMLStreamReader(in);
            List<Node> stack = new ArrayList<>();
            Node root = null;
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String lang = r.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
                        String type = r.getAttributeValue(null, "type");
                        Node n = new Node(r.getLocalName(), lang, type, r.getLocation().getLineNumber(),
                                new ArrayList<>(), new StringBuilder());
                        if (stack.isEmpty()) {
                            root = n;
                        } else {
                            stack.get(stack.size() - 1).children.add(n);
                        }
                        stack.add(n);
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            // inline markup inside <term> (<hi>, <foreign>) adds its text to every ancestor
                            for (Node s : stack) {
                                if (s.name.equals("term") || s.name.equals("note") || s.name.equals("termNote")
                                        || s.name.equals("descrip") || s.name.equals("administrativeStatus")) {
                                    s.text.append(r.getText());
                                    if (s.text.length() > org.tarjama.model.Limits.cellChars()) {
                                        throw new BadInputException(SourceLocation.ofLine(name, s.line()), "a <" + s.name()
                                                + "> longer than " + org.tarjama.model.Limits.count(org.tarjama.model.Limits.cellChars())
                                                + " characters (" + org.tarjama.model.Limits.raise("cellChars") + ")");
                                    }
                                }
                            }
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new BadInputException(
                            SourceLocation.ofPosition(name, r.getLocation().getLineNumber(),
                                    r.getLocation().getColumnNumber()),
                            "entity reference &" + r.getLocalName() + "; is not allowed (DTDs are not read)");
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new BadInputException(SourceLocation.ofFile(name), "empty XML document");
            }
            return root;
        } catch (XMLStreamException e) {
            throw tooLong(name, r, e) != null ? tooLong(name, r, e) : malformed(name, e);
        } catch (RuntimeException e) {
            // Woodstox reports some errors (an undeclared entity in text) lazily, from getText()
            if (e.getCause() instanceof XMLStreamException x) {
                throw tooLong(name, r, x) != null ? tooLong(name, r, x) : malformed(name, x);
            }
            throw e;
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // read-only
                }
            }
        }
    }

    /** Woodstox's text-size limit (the glossary-cell limit) said with the line where the text is, or null. */
    private static BadInputException tooLong(String name, XMLStreamReader r, XMLStreamException e) {
        if (e.getMessage() == null || !e.getMessage().contains("Text size limit")) {
            return null;
        }
        int line = r == null ? 0 : r.getLocation().getLineNumber();
        return new BadInputException(line > 0 ? SourceLocation.ofLine(name, line) : SourceLocation.ofFile(name),
                "a text longer than " + org.tarjama.model.Limits.count(org.tarjama.model.Limits.cellChars())
                        + " characters (" + org.tarjama.model.Limits.raise("cellChars") + ")");
    }

    /** One located line: the parser's message without the location Woodstox appends on a second line. */
    private static BadInputException malformed(String name, XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
        String msg = e.getMessage() == null ? "" : e.getMessage();
        int i = msg.indexOf("Message: ");
        if (i >= 0) {
            msg = msg.substring(i + 9);
        }
        int at = msg.indexOf("\n at [row,col");
        if (at >= 0) {
            msg = msg.substring(0, at);
        }
        return new BadInputException(SourceLocation.ofPosition(name, Math.max(line, 0), Math.max(col, 0)),
                "malformed XML: " + msg.strip(), e);
    }
}
