#!/usr/bin/env python3
"""Writes the document fixtures of DocumentRoundTripTest: small but complete .docx, .odt and .html
files (styles, a bold and an italic run, a soft line break between two sentences, a heading), in
English and in Arabic, and the memory MEM.tsv of their sentence pairs. Run from this folder; the
output is deterministic (fixed zip timestamps). The sentences are written for these tests."""
import zipfile

EN = [
    ("h", [("Rescue at sea", None)]),
    ("p", [("He is a great captain.", None), (None, "br"), ("Hats off to Thomas.", None)]),
    ("p", [("The crew reached the ", None), ("harbour", "b"), (" before the storm.", None)]),
    ("p", [("Nobody was hurt. The ship will sail again in ", None), ("spring", "i"), (".", None)]),
]
AR = [
    ("h", [("إنقاذ في البحر", None)]),
    ("p", [("إنه قائد عظيم.", None), (None, "br"), ("رفعنا القبعات لتوماس.", None)]),
    ("p", [("وصل الطاقم إلى ", None), ("الميناء", "b"), (" قبل العاصفة.", None)]),
    ("p", [("لم يصب أحد بأذى. وستبحر السفينة مجددا في ", None), ("الربيع", "i"), (".", None)]),
]
MEM = [
    ("Rescue at sea", "إنقاذ في البحر"),
    ("He is a great captain.", "إنه قائد عظيم."),
    ("Hats off to Thomas.", "رفعنا القبعات لتوماس."),
    ("The crew reached the harbour before the storm.", "وصل الطاقم إلى الميناء قبل العاصفة."),
    ("Nobody was hurt. The ship will sail again in spring.", "لم يصب أحد بأذى، وستبحر السفينة مجددا في الربيع."),
]
STAMP = (2026, 12, 1, 0, 0, 0)


def add(z, name, data, stored=False):
    info = zipfile.ZipInfo(name, STAMP)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    z.writestr(info, data)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(path, paras, lang):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = []
    for kind, runs in paras:
        ppr = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' if kind == "h" else ""
        rs = []
        for text, fmt in runs:
            if fmt == "br":
                rs.append("<w:r><w:br/></w:r>")
                continue
            rpr = {"b": "<w:rPr><w:b/></w:rPr>", "i": "<w:rPr><w:i/></w:rPr>"}.get(fmt, "")
            rs.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, esc(text)))
        body.append("<w:p>%s%s</w:p>" % (ppr, "".join(rs)))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>') % (W, "".join(body))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:lang w:val="%s"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
              '<w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
              '<w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style></w:styles>') % (W, lang)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w") as z:
        add(z, "[Content_Types].xml", ct)
        add(z, "_rels/.rels", rels)
        add(z, "word/_rels/document.xml.rels", drels)
        add(z, "word/document.xml", document)
        add(z, "word/styles.xml", styles)


def odt(path, paras, lang):
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    body = []
    for kind, runs in paras:
        rs = []
        for text, fmt in runs:
            if fmt == "br":
                rs.append("<text:line-break/>")
            elif fmt:
                rs.append('<text:span text:style-name="%s">%s</text:span>' % ({"b": "T1", "i": "T2"}[fmt], esc(text)))
            else:
                rs.append(esc(text))
        if kind == "h":
            body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>' % "".join(rs))
        else:
            body.append('<text:p text:style-name="Standard">%s</text:p>' % "".join(rs))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2"><office:automatic-styles>'
               '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
               '</office:automatic-styles><office:body><office:text>%s</office:text></office:body></office:document-content>') % (NS, "".join(body))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2"><office:styles>'
              '<style:default-style style:family="paragraph"><style:text-properties fo:language="%s"/></style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard">'
              '<style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style></office:styles></office:document-styles>') % (NS, lang)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        add(z, "mimetype", "application/vnd.oasis.opendocument.text", stored=True)
        add(z, "content.xml", content)
        add(z, "styles.xml", styles)
        add(z, "META-INF/manifest.xml", manifest)


def html(path, paras, lang):
    out = []
    for kind, runs in paras:
        rs = []
        for text, fmt in runs:
            if fmt == "br":
                rs.append("<br>")
            elif fmt:
                rs.append("<%s>%s</%s>" % (fmt, esc(text), fmt))
            else:
                rs.append(esc(text))
        tag = "h1" if kind == "h" else "p"
        out.append("<%s>%s</%s>" % (tag, "".join(rs), tag))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write('<!DOCTYPE html>\n<html lang="%s">\n<head><meta charset="utf-8"><title>%s</title></head>\n<body>\n%s\n</body>\n</html>\n'
                % (lang, esc(paras[0][1][0][0]), "\n".join(out)))


for lang, paras in (("en", EN), ("ar", AR)):
    docx("rescue-%s.docx" % lang, paras, lang)
    odt("rescue-%s.odt" % lang, paras, lang)
    html("rescue-%s.html" % lang, paras, lang)
with open("MEM.tsv", "w", encoding="utf-8", newline="\n") as f:
    f.write("en\tar\n")
    for e, a in MEM:
        f.write("%s\t%s\n" % (e, a))
