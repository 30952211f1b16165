package org.tarjama.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The content of an XLIFF 1.2 {@code <source>} or {@code <target>}: text and inline elements
 * ({@code g x bx ex} for document tags; {@code bpt ept it ph} with their native code as text, and
 * {@code mrk}, for TMX inline codes), as a small tree that {@link XliffWriter} writes.
 *
 * @param nodes the content in order
 */
public record XliffContent(List<Node> nodes) {
    public XliffContent {
        nodes = List.copyOf(nodes);
    }

    /** Text or an inline element. */
    public sealed interface Node permits Text, Element {
    }

    /** Character data. */
    public record Text(String text) implements Node {
    }

    /**
     * An inline element.
     *
     * @param name       its local name ({@code g}, {@code x}, {@code bpt}, …)
     * @param attributes name/value pairs in order
     * @param children   its content (empty for {@code x}, {@code bx}, {@code ex})
     */
    public record Element(String name, List<String[]> attributes, List<Node> children) implements Node {
        public Element {
            attributes = List.copyOf(attributes);
            children = List.copyOf(children);
        }
    }

    /** Plain text as content. */
    public static XliffContent of(String text) {
        return new XliffContent(text.isEmpty() ? List.of() : List.of(new Text(text)));
    }

    /**
     * A document's content in XLIFF inline codes: a tag pair inside the content is {@code <g id>…</g>},
     * an opening or closing tag whose partner is outside it is {@code <bx/>} or {@code <ex/>}, a
     * standalone tag {@code <x/>}; each with the tag's {@code ctype} when known.
     */
    public static XliffContent of(InlineText content) {
        List<InlineText.Part> parts = content.parts();
        Set<Integer> closed = new HashSet<>();
        Set<Integer> opened = new HashSet<>();
        for (InlineText.Part p : parts) {
            if (p instanceof InlineText.Tag t && t.kind() == InlineText.TagKind.OPEN) {
                opened.add(t.id());
            } else if (p instanceof InlineText.Tag t && t.kind() == InlineText.TagKind.CLOSE && opened.contains(t.id())) {
                closed.add(t.id());
            }
        }
        // A stack of open <g> elements: children are collected into the innermost.
        List<List<Node>> stack = new ArrayList<>();
        List<InlineText.Tag> openTags = new ArrayList<>();
        stack.add(new ArrayList<>());
        for (InlineText.Part p : parts) {
            List<Node> top = stack.get(stack.size() - 1);
            if (p instanceof InlineText.Text t) {
                top.add(new Text(t.text()));
                continue;
            }
            InlineText.Tag t = (InlineText.Tag) p;
            switch (t.kind()) {
                case OPEN -> {
                    if (closed.contains(t.id())) {
                        stack.add(new ArrayList<>());
                        openTags.add(t);
                    } else {
                        top.add(empty("bx", t));
                    }
                }
                case CLOSE -> {
                    int at = indexOf(openTags, t.id());
                    if (at < 0) {
                        top.add(empty("ex", t));
                    } else {
                        // Close everything opened after it as well (improperly nested tags): those become bx.
                        while (openTags.size() > at) {
                            InlineText.Tag o = openTags.remove(openTags.size() - 1);
                            List<Node> kids = stack.remove(stack.size() - 1);
                            List<Node> parent = stack.get(stack.size() - 1);
                            if (o.id() == t.id()) {
                                parent.add(new Element("g", attrs(o), kids));
                            } else {
                                parent.add(empty("bx", o));
                                parent.addAll(kids);
                            }
                        }
                    }
                }
                default -> top.add(empty("x", t));
            }
        }
        while (stack.size() > 1) {
            InlineText.Tag o = openTags.remove(openTags.size() - 1);
            List<Node> kids = stack.remove(stack.size() - 1);
            stack.get(stack.size() - 1).add(empty("bx", o));
            stack.get(stack.size() - 1).addAll(kids);
        }
        return new XliffContent(stack.get(0));
    }

    private static int indexOf(List<InlineText.Tag> open, int id) {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (open.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static Element empty(String name, InlineText.Tag t) {
        return new Element(name, attrs(t), List.of());
    }

    private static List<String[]> attrs(InlineText.Tag t) {
        List<String[]> a = new ArrayList<>();
        a.add(new String[] {"id", String.valueOf(t.id())});
        String ctype = switch (t.type()) {
            case "bold", "italic", "underlined", "link" -> t.type();
            case "lb" -> "lb";
            default -> "";
        };
        if (!ctype.isEmpty()) {
            a.add(new String[] {"ctype", ctype});
        }
        return a;
    }

    /**
     * This content back as document tags: {@code g} is an opening and a closing tag around its
     * content, {@code x}/{@code ph} standalone, {@code bx}/{@code bpt} opening, {@code ex}/{@code ept}
     * closing (each by its {@code id}, which must be a number; {@code it} by its {@code pos}); the
     * native code inside {@code bpt ept it ph} is dropped, {@code mrk} and {@code sub} are transparent.
     */
    public InlineText toInline() {
        List<InlineText.Part> out = new ArrayList<>();
        inline(nodes, out);
        return new InlineText(out);
    }

    private static void inline(List<Node> nodes, List<InlineText.Part> out) {
        for (Node n : nodes) {
            if (n instanceof Text t) {
                if (!out.isEmpty() && out.get(out.size() - 1) instanceof InlineText.Text prev) {
                    out.set(out.size() - 1, new InlineText.Text(prev.text() + t.text()));
                } else if (!t.text().isEmpty()) {
                    out.add(new InlineText.Text(t.text()));
                }
                continue;
            }
            Element e = (Element) n;
            int id = id(e);
            String ctype = attr(e, "ctype");
            String type = ctype == null ? "" : ctype;
            switch (e.name()) {
                case "g" -> {
                    out.add(new InlineText.Tag(InlineText.TagKind.OPEN, id, type));
                    inline(e.children(), out);
                    out.add(new InlineText.Tag(InlineText.TagKind.CLOSE, id, type));
                }
                case "x", "ph" -> out.add(new InlineText.Tag(InlineText.TagKind.STANDALONE, id, type));
                case "bx", "bpt" -> out.add(new InlineText.Tag(InlineText.TagKind.OPEN, id, type));
                case "ex", "ept" -> out.add(new InlineText.Tag(InlineText.TagKind.CLOSE, id, type));
                case "it" -> out.add(new InlineText.Tag("close".equals(attr(e, "pos")) ? InlineText.TagKind.CLOSE
                        : InlineText.TagKind.OPEN, id, type));
                default -> inline(e.children(), out);
            }
        }
    }

    private static int id(Element e) {
        String v = attr(e, "bx".equals(e.name()) || "ex".equals(e.name()) ? "rid" : "id");
        if (v == null) {
            v = attr(e, "id");
        }
        try {
            return v == null ? -1 : Integer.parseInt(v.strip());
        } catch (NumberFormatException x) {
            return -1;
        }
    }

    private static String attr(Element e, String name) {
        for (String[] a : e.attributes()) {
            if (a[0].equals(name)) {
                return a[1];
            }
        }
        return null;
    }

    /** The text without the inline elements' native code. */
    public String plain() {
        StringBuilder sb = new StringBuilder();
        plain(nodes, sb);
        return sb.toString();
    }

    private static void plain(List<Node> nodes, StringBuilder sb) {
        for (Node n : nodes) {
            if (n instanceof Text t) {
                sb.append(t.text());
            } else {
                Element e = (Element) n;
                switch (e.name()) {
                    case "bpt", "ept", "it", "ph", "x", "bx", "ex" -> {
                    }
                    default -> plain(e.children(), sb);
                }
            }
        }
    }
}
