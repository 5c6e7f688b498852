#!/usr/bin/python3
"""Writes the hand-made xlsx fixtures: what libxlsxwriter cannot produce. The XML is written by
hand here, so each file is exactly what its README line says. Usage:
    /usr/bin/python3 tools/make_handmade_xlsx.py fixtures/xlsx
writes fixtures/xlsx/handmade/*.xlsx (read by the reader tests and the openpyxl differential
test) and fixtures/xlsx/bad/* (files that must be rejected or that openpyxl itself refuses).
Deterministic: fixed zip timestamps, so rerunning gives identical bytes."""
import os
import sys
import zipfile

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def content_types(sheet_count, sst=False, styles=False):
    over = "".join(
        '<Override PartName="/xl/worksheets/sheet%d.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1)
        for i in range(sheet_count))
    return (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + over +
            ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' if sst else '') +
            ('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' if styles else '') +
            '</Types>')


def root_rels(target="xl/workbook.xml"):
    return (DECL + '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" Target="%s"/>'
            '</Relationships>' % (PKG_REL, REL, target))


def workbook_xml(sheets, pr=""):
    """sheets: list of (name, state or None)"""
    s = "".join('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' % (
        name, i + 1, (' state="%s"' % state) if state else "", i + 1) for i, (name, state) in enumerate(sheets))
    return DECL + '<workbook %s %s>%s<sheets>%s</sheets></workbook>' % (NS, NS_R, pr, s)


def workbook_rels(n, sst=False, styles=False, absolute=False):
    prefix = "/xl/" if absolute else ""
    rels = "".join('<Relationship Id="rId%d" Type="%s/worksheet" Target="%sworksheets/sheet%d.xml"/>' % (
        i + 1, REL, prefix, i + 1) for i in range(n))
    if sst:
        rels += '<Relationship Id="rId%d" Type="%s/sharedStrings" Target="%ssharedStrings.xml"/>' % (n + 1, REL, prefix)
    if styles:
        rels += '<Relationship Id="rId%d" Type="%s/styles" Target="%sstyles.xml"/>' % (n + 2, REL, prefix)
    return DECL + '<Relationships xmlns="%s">%s</Relationships>' % (PKG_REL, rels)


def sheet_xml(data, extra_after=""):
    return DECL + '<worksheet %s %s><sheetData>%s</sheetData>%s</worksheet>' % (NS, NS_R, data, extra_after)


STYLES_DATE = (DECL + '<styleSheet %s><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
               '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/>'
               '<xf numFmtId="10" applyNumberFormat="1"/></cellXfs></styleSheet>' % NS)


def write_zip(path, parts):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def package(path, sheets, sheet_data, sst=None, styles=None, pr="", absolute=False, extra_parts=()):
    parts = [("[Content_Types].xml", content_types(len(sheets), sst is not None, styles is not None)),
             ("_rels/.rels", root_rels("/xl/workbook.xml" if absolute else "xl/workbook.xml")),
             ("xl/workbook.xml", workbook_xml(sheets, pr)),
             ("xl/_rels/workbook.xml.rels", workbook_rels(len(sheets), sst is not None, styles is not None, absolute))]
    for i, d in enumerate(sheet_data):
        if d is not None:
            parts.append(("xl/worksheets/sheet%d.xml" % (i + 1), d))
    if sst is not None:
        parts.append(("xl/sharedStrings.xml", sst))
    if styles is not None:
        parts.append(("xl/styles.xml", styles))
    parts.extend(extra_parts)
    write_zip(path, parts)


def main(out):
    hm = os.path.join(out, "handmade")
    bad = os.path.join(out, "bad")

    # inline strings: plain, empty (two spellings), CDATA, rich runs, phonetic run, escape
    package(os.path.join(hm, "inline_strings.xlsx"), [("Inline", None)], [sheet_xml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Belanja Modal</t></is></c>'
        '<c r="B1" t="inlineStr"/>'
        '<c r="C1" t="inlineStr"><is><t/></is></c>'
        '<c r="D1" t="inlineStr"><is><t><![CDATA[a < b & c]]></t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><r><t>Ang</t></r><r><rPr><b/></rPr><t xml:space="preserve">garan </t></r>'
        '<r><t>Murni</t></r></is></c>'
        '<c r="B2" t="inlineStr"><is><t>Kab.</t><rPh sb="0" eb="1"><t>KAB</t></rPh></is></c>'
        '<c r="C2" t="inlineStr"><is><t>baris1_x000D_\nbaris2</t></is></c></row>')])

    # rows and cells without r: the next row / the next column
    package(os.path.join(hm, "no_refs.xlsx"), [("TanpaRef", None)], [sheet_xml(
        '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>'
        '<row><c t="inlineStr"><is><t>dua</t></is></c></row>'
        '<row r="5"><c><v>50</v></c></row>'
        '<row><c r="B6"><v>62</v></c></row>')])

    # the 1904 date system, a date-formatted serial and an ISO t="d" cell
    package(os.path.join(hm, "date1904.xlsx"), [("Tanggal", None)], [sheet_xml(
        '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43904</v></c>'
        '<c r="C1" t="d" s="1"><v>2024-03-15T00:00:00</v></c><c r="D1" s="2"><v>0.25</v></c></row>')],
        styles=STYLES_DATE, pr='<workbookPr date1904="1"/>')

    # shared strings: rich runs, phonetic runs, escapes, a literal escape, an empty <si/>,
    # count/uniqueCount that are wrong
    sst = (DECL + '<sst %s count="3" uniqueCount="2">'
           '<si><t>Dinas Pendidikan</t></si>'                                        # 0
           '<si><r><t>Belanja </t></r><r><rPr><b/><sz val="11"/></rPr><t>Langsung</t></r></si>'  # 1
           '<si><t>Kab.</t><rPh sb="0" eb="4"><t>KABUPATEN</t></rPh><phoneticPr fontId="1"/></si>'  # 2
           '<si><t>baris1_x000D_\nbaris2</t></si>'                                   # 3
           '<si><t>_x005F_x000D_ tetap</t></si>'                                     # 4
           '<si/>'                                                                   # 5
           '<si><t xml:space="preserve">  spasi  </t></si>'                          # 6
           '<si><t>tab_x0009_akhir</t></si>'                                         # 7
           '</sst>') % NS
    package(os.path.join(hm, "rich_shared_strings.xlsx"), [("Teks", None)], [sheet_xml(
        "".join('<row r="%d"><c r="A%d" t="s"><v>%d</v></c></row>' % (i + 1, i + 1, i) for i in range(8)))],
        sst=sst)

    # shared formulas (master + dependents, one master in another column), array formula
    package(os.path.join(hm, "shared_formulas.xlsx"), [("Rumus", None)], [sheet_xml(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>10</v></c>'
        '<c r="C1"><f t="shared" ref="C1:C3" si="0">A1+B1</f><v>11</v></c>'
        '<c r="D1"><f t="shared" ref="D1:F1" si="1">$A$1*A1</f><v>1</v></c>'
        '<c r="E1"><f t="shared" si="1"/><v>10</v></c><c r="F1"><f t="shared" si="1"/><v>11</v></c></row>'
        '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><v>20</v></c><c r="C2"><f t="shared" si="0"/><v>22</v></c></row>'
        '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><v>30</v></c><c r="C3"><f t="shared" si="0"/><v>33</v></c></row>'
        '<row r="4"><c r="C4"><f>SUM(C1:C3)</f><v>66</v></c>'
        '<c r="D4"><f t="array" ref="D4">SUM(A1:A3*B1:B3)</f><v>140</v></c></row>')])

    # absolute relationship targets ("/xl/...") in both .rels parts
    package(os.path.join(hm, "absolute_targets.xlsx"), [("Absolut", None)], [sheet_xml(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>7</v></c></row>')],
        sst=DECL + '<sst %s><si><t>Target absolut</t></si></sst>' % NS, absolute=True)

    # every element with a namespace prefix (x:), as some generators write
    XNS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    pref_wb = (DECL + '<x:workbook %s %s><x:sheets><x:sheet name="Prefiks" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>'
               % (XNS, NS_R))
    pref_sheet = (DECL + '<x:worksheet %s><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c>'
                  '<x:c r="B1"><x:v>2.5</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>sebaris</x:t></x:is></x:c>'
                  '</x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A3:B3"/></x:mergeCells></x:worksheet>' % XNS)
    pref_sst = DECL + '<x:sst %s><x:si><x:t>Nama</x:t></x:si></x:sst>' % XNS
    write_zip(os.path.join(hm, "prefixed_namespace.xlsx"), [
        ("[Content_Types].xml", content_types(1, sst=True)), ("_rels/.rels", root_rels()),
        ("xl/workbook.xml", pref_wb), ("xl/_rels/workbook.xml.rels", workbook_rels(1, sst=True)),
        ("xl/worksheets/sheet1.xml", pref_sheet), ("xl/sharedStrings.xml", pref_sst)])

    # sheet states, booleans and error values
    package(os.path.join(hm, "states_and_errors.xlsx"),
            [("Terlihat", None), ("Tersembunyi", "hidden"), ("SangatTersembunyi", "veryHidden")],
            [sheet_xml('<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c>'
                       '<c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D1" t="e"><v>#N/A</v></c>'
                       '<c r="E1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>'),
             sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row>'),
             sheet_xml('<row r="1"><c r="A1"><v>2</v></c></row>')])

    # an xlsm: same parts plus a (dummy) VBA project
    package(os.path.join(hm, "macro.xlsm"), [("Makro", None)], [sheet_xml(
        '<row r="1"><c r="A1"><v>3.5</v></c></row>')], extra_parts=[("xl/vbaProject.bin", b"\x00dummy vba")])

    # ---- bad inputs (not compared with openpyxl) ----
    os.makedirs(bad, exist_ok=True)
    with open(os.path.join(bad, "not_a_zip.xlsx"), "wb") as f:
        f.write(b"PK\x03\x04 this is not really a zip archive, only its magic\n" * 4)
    package(os.path.join(bad, "missing_sheet_part.xlsx"), [("Ada", None), ("Hilang", None)],
            [sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row>'), None])
    package(os.path.join(bad, "corrupt_sheet_xml.xlsx"), [("Rusak", None)],
            [DECL + '<worksheet %s><sheetData>\n<row r="1"><c r="A1"><v>1</v></c></row>\n'
             '<row r="2"><c r="A2"><v>2</v></row>\n</sheetData></worksheet>' % NS])
    package(os.path.join(bad, "doctype_sheet.xlsx"), [("Dtd", None)],
            ['<?xml version="1.0"?>\n<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]>\n'
             '<worksheet %s><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a;</t></is></c></row>'
             '</sheetData></worksheet>' % NS])
    write_zip(os.path.join(bad, "no_workbook_part.xlsx"), [
        ("[Content_Types].xml", content_types(1)), ("_rels/.rels", root_rels()),
        ("xl/worksheets/sheet1.xml", sheet_xml(""))])
    write_zip(os.path.join(bad, "binary_workbook.xlsb"), [
        ("[Content_Types].xml", content_types(0)), ("xl/workbook.bin", b"\x83\x01\x00")])
    package(os.path.join(bad, "corrupt_styles_and_missing_sst.xlsx"), [("Sebagian", None)],
            [sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>9</v></c></row>')],
            styles=DECL + '<styleSheet %s><cellXfs><xf numFmtId="10"></cellXfs>' % NS)
    # the sst is referenced by workbook.xml.rels but absent (package() adds the rel when sst given;
    # here it is removed again by writing the rels by hand)
    write_zip(os.path.join(bad, "missing_shared_strings.xlsx"), [
        ("[Content_Types].xml", content_types(1, sst=True)), ("_rels/.rels", root_rels()),
        ("xl/workbook.xml", workbook_xml([("Teks", None)])),
        ("xl/_rels/workbook.xml.rels", workbook_rels(1, sst=True)),
        ("xl/worksheets/sheet1.xml", sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>4</v></c></row>'))])
    # no xl/_rels/workbook.xml.rels at all: sheets found by their conventional names
    write_zip(os.path.join(bad, "no_workbook_rels.xlsx"), [
        ("[Content_Types].xml", content_types(1)), ("_rels/.rels", root_rels()),
        ("xl/workbook.xml", workbook_xml([("TanpaRels", None)])),
        ("xl/worksheets/sheet1.xml", sheet_xml('<row r="1"><c r="A1"><v>8</v></c></row>'))])
    # no _rels/.rels and the workbook under another name, declared only in [Content_Types].xml
    # (the sniffer looks for xl/workbook.xml, so only read_xlsx itself reads this one)
    ct = content_types(1).replace("/xl/workbook.xml", "/xl/buku.xml")
    write_zip(os.path.join(bad, "workbook_by_content_type.xlsx"), [
        ("[Content_Types].xml", ct),
        ("xl/buku.xml", workbook_xml([("Buku", None)])),
        ("xl/_rels/buku.xml.rels", workbook_rels(1)),
        ("xl/worksheets/sheet1.xml", sheet_xml('<row r="1"><c r="A1"><v>11</v></c></row>'))])
    # shared strings that break off after two entries: those two still read
    package(os.path.join(bad, "broken_shared_strings.xlsx"), [("Teks", None)], [sheet_xml(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>')],
        sst=DECL + '<sst %s><si><t>satu</t></si><si><t>dua</t></si><si><t>tiga</si></sst>' % NS)
    package(os.path.join(bad, "out_of_grid.xlsx"), [("Luar", None)], [sheet_xml(
        '<row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c><c r="B1"><v>3</v></c></row>'
        '<row r="1048576"><c r="A1048576"><v>4</v></c></row>'
        '<row r="1048577"><c r="A1048577"><v>5</v></c></row>')])
    # a zip bomb in miniature: 8 MiB of spaces inside sheet1.xml deflate to a few KiB
    bomb = DECL + '<worksheet %s><sheetData>' % NS + " " * (8 << 20) + '</sheetData></worksheet>'
    package(os.path.join(bad, "bomb.xlsx"), [("Bom", None)], [bomb])
    # an encrypted OOXML workbook: an OLE compound file whose directory names EncryptionInfo
    ole = bytearray(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\x00" * 504)
    ole += "EncryptionInfo".encode("utf-16-le") + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le")
    ole += b"\x00" * (1024 - len(ole) % 512)
    with open(os.path.join(bad, "encrypted.xlsx"), "wb") as f:
        f.write(bytes(ole))
    open(os.path.join(bad, "empty.xlsx"), "wb").close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "fixtures/xlsx")
