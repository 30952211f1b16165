package org.tarjama.report;

import java.io.PrintWriter;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The one HTML renderer of Tarjama's reports ({@code check}, {@code names}, {@code align --report}):
 * a self-contained page with a table that works without a server. Bidi-correct: English cells are
 * {@code dir="ltr" lang="en"}, Arabic cells {@code dir="rtl" lang="ar"} with {@code unicode-bidi:
 * plaintext}, every other piece of user text is in {@code <bdi>}, and Arabic quoted inside an English
 * message is isolated ({@link #message}) so that a message starting with Arabic keeps its word order.
 * A small inline script filters (a search box and a choice per facet column), sorts (click a column
 * head) and pages the rows: the table is written in pages of {@value #PAGE} rows of which only one
 * is shown, so that the browser lays out a few hundred rows even for a report of 200,000 findings.
 * Without a script the first page shows, and the rest is one click of "show all" away. Streams;
 * not thread-safe.
 */
public final class HtmlPage {
    /** Rows per page. */
    public static final int PAGE = 500;

    /**
     * A column.
     *
     * @param label   its head
     * @param kind    how its cells read
     * @param facet   true to offer a choice of its values as a filter
     */
    public record Column(String label, Kind kind, boolean facet) {
    }

    /** What a column holds. */
    public enum Kind {
        /** Tool text (a code, a status): plain, left to right. */
        PLAIN,
        /** A number: sorts numerically. */
        NUMBER,
        /** English text of the user. */
        ENGLISH,
        /** Arabic text of the user. */
        ARABIC,
        /** A message in English that may quote Arabic. */
        MESSAGE,
        /** User text of either direction. */
        AUTO
    }

    private final PrintWriter w;
    private final List<Column> columns;
    private int rows;

    /** Starts the page: head, styles, title, controls and the table head. */
    public HtmlPage(PrintWriter w, String title, String heading, List<Column> columns) {
        this.w = w;
        this.columns = List.copyOf(columns);
        w.println("<!DOCTYPE html>");
        w.println("<html lang=\"en\" dir=\"ltr\">");
        w.println("<head>");
        w.println("<meta charset=\"utf-8\">");
        w.println("<title>" + escape(title) + "</title>");
        w.println("<style>");
        w.println("body{font-family:system-ui,sans-serif;margin:1.5em}");
        w.println("table{border-collapse:collapse;width:100%}");
        w.println("th,td{border:1px solid #ccc;padding:.35em .5em;vertical-align:top}");
        w.println("th{background:#f3f3f3;text-align:start;cursor:pointer;user-select:none}");
        w.println("th[aria-sort=ascending]::after{content:' \\25B2'}th[aria-sort=descending]::after{content:' \\25BC'}");
        w.println("td.ar{font-family:'Noto Naskh Arabic','Amiri','Traditional Arabic',serif;font-size:1.15em;"
                + "text-align:right;unicode-bidi:plaintext}");
        w.println("mark{background:#ffd54f;padding:0 .1em}");
        w.println("tr.error td.sev,tr.inconsistent td.sev{color:#b71c1c;font-weight:bold}");
        w.println("tr.warning td.sev,tr.spelling td.sev{color:#e65100;font-weight:bold}");
        w.println("tr.info td.sev,tr.unrendered td.sev{color:#1565c0}");
        w.println(".controls{display:flex;flex-wrap:wrap;gap:.6em;align-items:center;margin:.8em 0}");
        w.println(".partial{color:#b00;font-size:.85em}");
        w.println("nav.parts{margin:.6em 0}nav.parts a{margin-inline-end:.8em}");
        w.println("</style>");
        w.println("</head>");
        w.println("<body>");
        w.println("<h1>" + escape(heading) + "</h1>");
        w.print("<div class=\"controls\"><input type=\"search\" id=\"q\" dir=\"auto\" placeholder=\"Filter (English or Arabic)\" size=\"32\">");
        for (int i = 0; i < this.columns.size(); i++) {
            if (this.columns.get(i).facet()) {
                w.print("<select data-col=\"" + i + "\"><option value=\"\">" + escape(this.columns.get(i).label())
                        + ": all</option></select>");
            }
        }
        w.println("<span id=\"pager\"></span><button type=\"button\" id=\"all\">show all</button><span id=\"count\"></span></div>");
        w.println("<table id=\"report\">");
        w.print("<thead><tr>");
        for (Column c : this.columns) {
            w.print("<th" + (c.kind() == Kind.NUMBER ? " data-num" : "") + ">" + escape(c.label()) + "</th>");
        }
        w.println("</tr></thead>");
        w.println("<tbody>");
    }

    /**
     * One row; {@code cells} are already HTML ({@link #cell} makes them from text), one per column.
     *
     * @param cssClass the row's class (a severity or status, which colours it), or empty
     */
    public void row(String cssClass, List<String> cells) {
        if (rows > 0 && rows % PAGE == 0) {
            // later pages are hidden: the browser does not lay them out until the pager shows them
            w.println("</tbody>");
            w.println("<tbody hidden>");
        }
        rows++;
        StringBuilder sb = new StringBuilder(cssClass.isEmpty() ? "<tr>" : "<tr class=\"" + escape(cssClass) + "\">");
        for (String c : cells) {
            sb.append(c);
        }
        w.println(sb.append("</tr>"));
    }

    /** Rows written so far. */
    public int rows() {
        return rows;
    }

    /** A cell of {@code kind} holding {@code text} (escaped; {@code span} marked, or null). */
    public static String cell(Kind kind, String text, int[] span, String cssClass) {
        String body = span == null ? escape(text) : marked(text, span[0], span[1]);
        String cls = cssClass == null || cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"";
        return switch (kind) {
            case PLAIN -> "<td" + cls + ">" + body + "</td>";
            case NUMBER -> "<td" + cls + " data-sort=\"" + escape(text) + "\">" + body + "</td>";
            case ENGLISH -> "<td" + cls + " dir=\"ltr\" lang=\"en\">" + body + "</td>";
            case ARABIC -> "<td class=\"ar" + (cssClass == null || cssClass.isEmpty() ? "" : " " + cssClass)
                    + "\" dir=\"rtl\" lang=\"ar\">" + body + "</td>";
            case MESSAGE -> "<td" + cls + " dir=\"ltr\">" + message(text) + "</td>";
            case AUTO -> "<td" + cls + ">" + (text.isEmpty() ? "" : "<bdi>" + body + "</bdi>") + "</td>";
        };
    }

    /**
     * The links between the files of a report split into several ({@link ReportWriter#htmlParts}): the
     * previous and next part (null for none) and the index, as relative file names.
     */
    public static String partsNav(int part, String previous, String next, String index) {
        StringBuilder sb = new StringBuilder("<nav class=\"parts\">");
        if (previous != null) {
            sb.append("<a href=\"").append(escape(previous)).append("\" rel=\"prev\">\u2039 part ").append(part - 1)
                    .append("</a>");
        }
        sb.append("<a href=\"").append(escape(index)).append("\">all parts and the summary</a>");
        if (next != null) {
            sb.append("<a href=\"").append(escape(next)).append("\" rel=\"next\">part ").append(part + 1)
                    .append(" \u203A</a>");
        }
        return sb.append("<span>This is part ").append(part)
                .append("; the filter and the sort work inside this part.</span></nav>").toString();
    }

    /** Ends the table, adds {@code after} (HTML) and the script, and ends the page. */
    public void finish(String after) {
        w.println("</tbody>");
        w.println("</table>");
        if (rows == 0) {
            w.println("<p>No findings.</p>");
        }
        w.println(after);
        w.println("<script>");
        w.println(SCRIPT);
        w.println("</script>");
        w.println("</body>");
        w.println("</html>");
        w.flush();
    }

    /**
     * HTML-escaped text, the one escaper of the report pages (commons-text's XML 1.0 escaping:
     * {@code & < > " '} only, since the pages are UTF-8 and Arabic, guillemets and accents stay
     * readable in the source; characters XML 1.0 forbids are left out).
     */
    public static String escape(String s) {
        return StringEscapeUtils.escapeXml10(s);
    }

    /** Escaped text with [start, end) in {@code <mark>}. */
    public static String marked(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            return escape(text);
        }
        return escape(text.substring(0, start)) + "<mark>" + escape(text.substring(start, end)) + "</mark>"
                + escape(text.substring(end));
    }

    /**
     * An English message that may quote Arabic, escaped, each stretch of Arabic (letters and the
     * spaces, digits and marks between them) in {@code <bdi dir="rtl" lang="ar">}: in a left-to-right
     * cell, a message like «جون رام» is in the Arabic … keeps its words in order.
     */
    public static String message(String text) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!arabic(cp)) {
                sb.append(escape(new String(Character.toChars(cp))));
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int lastArabic = i;
            int j = i;
            while (j < n) {
                int c = text.codePointAt(j);
                if (arabic(c)) {
                    lastArabic = j + Character.charCount(c);
                } else if (!(Character.isWhitespace(c) || Character.isDigit(c) || c == '-' || c == '.'
                        || Character.getType(c) == Character.NON_SPACING_MARK || c == 0x200C || c == 0x200D)) {
                    break;
                }
                j += Character.charCount(c);
            }
            sb.append("<bdi dir=\"rtl\" lang=\"ar\">").append(escape(text.substring(start, lastArabic))).append("</bdi>");
            i = lastArabic;
        }
        return sb.toString();
    }

    private static boolean arabic(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC && Character.isLetterOrDigit(cp)
                || cp == 0x060C || cp == 0x061B || cp == 0x061F;
    }

    /** Filter, facets, sort and pages over the table's rows; plain DOM, no library. */
    private static final String SCRIPT = String.join("\n",
            "(function(){",
            "var t=document.getElementById('report');if(!t)return;",
            "var nv=document.querySelector('nav.parts');var ctl=document.querySelector('.controls');",
            "if(nv&&ctl)ctl.parentNode.insertBefore(nv.cloneNode(true),ctl);",
            "var rows=[];t.querySelectorAll('tbody tr').forEach(function(r){rows.push(r);});",
            "var body=t.tBodies[0];var PAGE=" + PAGE + ";var page=0,shown=rows,all=false;",
            "var q=document.getElementById('q'),pager=document.getElementById('pager'),count=document.getElementById('count');",
            "var sels=[].slice.call(document.querySelectorAll('select[data-col]'));",
            "sels.forEach(function(s){var c=+s.dataset.col,seen={};rows.forEach(function(r){var v=r.cells[c].textContent;",
            " if(!seen[v]){seen[v]=1;}});Object.keys(seen).sort().forEach(function(v){var o=document.createElement('option');",
            " o.value=v;o.textContent=v;s.appendChild(o);});s.onchange=apply;});",
            "function apply(){var f=q.value.toLowerCase();shown=rows.filter(function(r){",
            " for(var i=0;i<sels.length;i++){var s=sels[i];if(s.value&&r.cells[+s.dataset.col].textContent!==s.value)return false;}",
            " return !f||r.textContent.toLowerCase().indexOf(f)>=0;});page=0;draw();}",
            "function draw(){while(t.tBodies.length>1)t.removeChild(t.tBodies[1]);body.hidden=false;body.textContent='';",
            " var from=all?0:page*PAGE,to=all?shown.length:Math.min(shown.length,from+PAGE);",
            " for(var i=from;i<to;i++)body.appendChild(shown[i]);",
            " var pages=Math.max(1,Math.ceil(shown.length/PAGE));pager.textContent='';",
            " if(!all&&pages>1){var p=document.createElement('button');p.textContent='\\u2039 previous';p.disabled=page==0;",
            "  p.onclick=function(){page--;draw();};var n=document.createElement('button');n.textContent='next \\u203A';",
            "  n.disabled=page>=pages-1;n.onclick=function(){page++;draw();};pager.appendChild(p);",
            "  pager.appendChild(document.createTextNode(' page '+(page+1)+' of '+pages+' '));pager.appendChild(n);}",
            " count.textContent=shown.length+' of '+rows.length+' rows';}",
            "document.getElementById('all').onclick=function(){all=!all;this.textContent=all?'show pages':'show all';draw();};",
            "q.oninput=apply;",
            "[].forEach.call(t.tHead.rows[0].cells,function(th,c){th.onclick=function(){",
            " var asc=th.getAttribute('aria-sort')!=='ascending';[].forEach.call(t.tHead.rows[0].cells,function(h){h.removeAttribute('aria-sort');});",
            " th.setAttribute('aria-sort',asc?'ascending':'descending');var num=th.hasAttribute('data-num');",
            " shown.sort(function(a,b){var x=a.cells[c],y=b.cells[c];var u=num?parseFloat(x.dataset.sort||x.textContent)||0:x.textContent,",
            "  v=num?parseFloat(y.dataset.sort||y.textContent)||0:y.textContent;var d=num?u-v:u.localeCompare(v);return asc?d:-d;});",
            " page=0;draw();};});",
            "draw();",
            "})();");
}
