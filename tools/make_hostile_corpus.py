#!/usr/bin/python3
"""Writes fixtures/hostile/: small files that attack the readers (issue 8).

Run: /usr/bin/python3 tools/make_hostile_corpus.py [OUTDIR]
Deterministic (fixed zip timestamps), standard library only. Every file written here has a line
in fixtures/hostile/README.md saying what it attacks and what the tool must do with it.
Files that would be big (a 50 MB CSV field, 100,000 nested <table>s, FIFOs, unreadable files)
are NOT written here: tests/tools/hostile_corpus_test.cpp makes them in a temp dir at run time.
"""
import os
import struct
import sys
import zipfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "fixtures", "hostile")
STAMP = (2020, 1, 1, 0, 0, 0)

# --------------------------------------------------------------------------------------------
# xlsx building blocks

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>')
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def workbook_xml(sheets=("Sheet1",)):
    s = "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (n, i + 1, i + 1)
                for i, n in enumerate(sheets))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook %s><sheets>%s</sheets></workbook>' % (NS, s))


def workbook_rels(targets=("worksheets/sheet1.xml",), shared=True):
    r = "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="%s"/>'
                % (i + 1, t) for i, t in enumerate(targets))
    if shared:
        r += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              % (len(targets) + 1))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % r)


def sheet_xml(body, prolog="", dimension=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n%s'
            '<worksheet %s>%s<sheetData>%s</sheetData></worksheet>' % (prolog, NS, dimension, body))


def sst_xml(strings, prolog="", count=None, unique=None):
    count = len(strings) if count is None else count
    unique = len(strings) if unique is None else unique
    si = "".join("<si><t>%s</t></si>" % s for s in strings)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n%s'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%s" uniqueCount="%s">%s</sst>'
            % (prolog, count, unique, si))


def zinfo(name, compress=zipfile.ZIP_DEFLATED):
    zi = zipfile.ZipInfo(name, STAMP)
    zi.compress_type = compress
    zi.external_attr = 0o644 << 16
    return zi


def write_zip(path, entries, level=6):
    """entries: list of (name, bytes|str). Duplicate names are written as given."""
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns on duplicate names: that is the point
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
            for name, data in entries:
                if isinstance(data, str):
                    data = data.encode("utf-8")
                z.writestr(zinfo(name), data)


def xlsx_entries(sheet, sst=None, sheets=None, targets=None):
    """A minimal valid xlsx: one sheet (or several), optional sharedStrings."""
    sheets = sheets or ("Sheet1",)
    targets = targets or ("worksheets/sheet1.xml",)
    ct = CT if sst is not None else CT.replace(
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>', "")
    e = [("[Content_Types].xml", ct), ("_rels/.rels", RELS),
         ("xl/workbook.xml", workbook_xml(sheets)),
         ("xl/_rels/workbook.xml.rels", workbook_rels(targets, shared=sst is not None)),
         ("xl/worksheets/sheet1.xml", sheet)]
    if sst is not None:
        e.append(("xl/sharedStrings.xml", sst))
    return e


def cell(ref, value, t=None):
    if t == "inlineStr":
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, value)
    if t:
        return '<c r="%s" t="%s"><v>%s</v></c>' % (ref, t, value)
    return '<c r="%s"><v>%s</v></c>' % (ref, value)


def row(r, cells):
    return '<row r="%d">%s</row>' % (r, "".join(cells))


NORMAL_ROWS = (row(1, [cell("A1", "Indikator", "inlineStr"), cell("B1", "Target", "inlineStr")]) +
               row(2, [cell("A2", "Persentase jalan mantap", "inlineStr"), cell("B2", "87.5")]))

# --------------------------------------------------------------------------------------------
# A minimal Compound File Binary (MS-CFB, version 3, 512-byte sectors) writer. Every stream is
# padded to the 4096-byte mini-stream cutoff so that all of them live in regular sectors and no
# mini stream is needed; that is still a valid compound file.

FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
SECTOR = 512


def dir_entry(name, kind, start, size, left=NOSTREAM, right=NOSTREAM, child=NOSTREAM):
    if name is None:
        return b"\0" * 64 + struct.pack("<HBBIII", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM) + \
            b"\0" * 16 + b"\0" * 4 + b"\0" * 16 + struct.pack("<IQ", 0, 0)
    n = name.encode("utf-16-le") + b"\0\0"
    assert len(n) <= 64
    return (n.ljust(64, b"\0") + struct.pack("<HBBIII", len(n), kind, 1, left, right, child) +
            b"\0" * 16 + b"\0" * 4 + b"\0" * 16 + struct.pack("<IQ", start, size))


def cfb(streams, fat_override=None, dir_first=True):
    """streams: list of (name, bytes) (each becomes >= 4096 bytes). Returns the file bytes.
    fat_override: {sector: next} to corrupt the chains (loops, out-of-range sectors)."""
    assert len(streams) <= 3
    data_sectors = []
    chains = []
    next_sector = 2  # 0 = FAT, 1 = directory
    for name, payload in streams:
        payload = payload.ljust(max(4096, len(payload)), b"\0")
        nsec = (len(payload) + SECTOR - 1) // SECTOR
        payload = payload.ljust(nsec * SECTOR, b"\0")
        chains.append((next_sector, nsec, len(payload)))
        data_sectors.append(payload)
        next_sector += nsec
    total = next_sector
    assert total <= SECTOR // 4, "one FAT sector only"
    fat = [FREESECT] * (SECTOR // 4)
    fat[0] = FATSECT
    fat[1] = ENDOFCHAIN
    for start, nsec, _ in chains:
        for i in range(nsec):
            fat[start + i] = start + i + 1 if i + 1 < nsec else ENDOFCHAIN
    for k, v in (fat_override or {}).items():
        fat[k] = v
    # Directory: root, then the streams as a right-leaning chain (sorted by length, then name).
    order = sorted(range(len(streams)), key=lambda i: (len(streams[i][0]), streams[i][0].upper()))
    entries = [None] * (1 + len(streams))
    for pos, i in enumerate(order):
        right = order[pos + 1] + 1 if pos + 1 < len(order) else NOSTREAM
        start, _, size = chains[i]
        entries[i + 1] = dir_entry(streams[i][0], 2, start, size, right=right)
    entries[0] = dir_entry("Root Entry", 5, ENDOFCHAIN, 0, child=order[0] + 1 if order else NOSTREAM)
    # Unused directory slots must be empty entries (all zero with NOSTREAM links).
    d = b"".join(entries) + b"".join(dir_entry(None, 0, 0, 0) for _ in range(4 - len(entries)))
    header = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 16
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
    difat = [0] + [FREESECT] * 108
    header += struct.pack("<109I", *difat)
    assert len(header) == 512
    return header + struct.pack("<128I", *fat) + d + b"".join(data_sectors)


# --------------------------------------------------------------------------------------------

LAUGHS = ('<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n' +
          "".join('<!ENTITY lol%d "%s">\n' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10)
                  for i in range(1, 10)) + "]>\n")
XXE = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'

files = {}  # name -> bytes


def put(name, data):
    files[name] = data if isinstance(data, bytes) else data.encode("utf-8")


def zip_bytes(entries, level=6):
    import io
    import warnings
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
            for name, data in entries:
                if isinstance(data, str):
                    data = data.encode("utf-8")
                z.writestr(zinfo(name), data)
    return buf.getvalue()


def zip_bomb():
    # A worksheet of 200 MiB: valid XML (a <sheetData> full of spaces), deflated ~1000:1.
    # Streamed into the archive with zlib so the generator never holds 200 MiB in memory.
    import io
    head = sheet_xml("@@").split("@@")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in xlsx_entries("")[:4]:
            z.writestr(zinfo(name), data)
        with z.open(zinfo("xl/worksheets/sheet1.xml"), "w", force_zip64=True) as w:
            w.write(head[0].encode())
            chunk = b" " * (1 << 20)
            for _ in range(200):
                w.write(chunk)
            w.write(head[1].encode())
    return buf.getvalue()


def normal_xlsx(nrows=200):
    rows = []
    for r in range(1, nrows + 1):
        rows.append(row(r, [cell("A%d" % r, "Program %d peningkatan" % r, "inlineStr"),
                            cell("B%d" % r, str(r * 1000)), cell("C%d" % r, "%d.5" % r)]))
    return zip_bytes(xlsx_entries(sheet_xml("".join(rows))))


def ods_bytes(body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="Sheet1">%s</table:table>'
               '</office:spreadsheet></office:body></office:document-content>' % body)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zinfo("mimetype", zipfile.ZIP_STORED), b"application/vnd.oasis.opendocument.spreadsheet")
        z.writestr(zinfo("META-INF/manifest.xml"), manifest)
        z.writestr(zinfo("content.xml"), content)
    return buf.getvalue()


def ods_cell(v):
    return ('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
            % (v, v))


def build():
    # --- zip containers ---
    put("zip_bomb.xlsx", zip_bomb())
    put("zip_dotdot_names.xlsx", zip_bytes(xlsx_entries(sheet_xml(NORMAL_ROWS)) + [
        ("../x", "escaped"), ("../../tmp/sakip_hostile_escape", "escaped"), ("/etc/sakip_abs", "abs"),
        ("xl/../../x.xml", "<x/>")]))
    put("zip_duplicate_names.xlsx", zip_bytes(xlsx_entries(sheet_xml(NORMAL_ROWS)) + [
        ("xl/worksheets/sheet1.xml", sheet_xml(row(1, [cell("A1", "second copy", "inlineStr")]))),
        ("xl/workbook.xml", workbook_xml(("Dup",)))]))
    base = normal_xlsx()
    for pct in (10, 50, 90):
        put("truncated_%02d.xlsx" % pct, base[: len(base) * pct // 100])
    cd = base.find(b"PK\x01\x02")
    put("no_central_directory.xlsx", base[:cd])
    put("zip_garbage_after_magic.xlsx", b"PK\x03\x04" + bytes((i * 37 + 11) % 256 for i in range(2000)))
    # Sheet pointed at by a relationship that climbs out of the package / to an absolute path.
    put("rels_escape.xlsx", zip_bytes(xlsx_entries(sheet_xml(NORMAL_ROWS), sheets=("A", "B"),
                                                   targets=("../../../../etc/passwd", "/etc/passwd"))))
    # --- encrypted and unsupported ---
    enc_info = struct.pack("<HHI", 4, 4, 0x40) + b"<?xml version=\"1.0\"?><encryption/>"
    enc_pkg = struct.pack("<Q", 5000) + bytes((i * 131 + 7) % 256 for i in range(5000))
    put("encrypted.xlsx", cfb([("EncryptionInfo", enc_info), ("EncryptedPackage", enc_pkg)]))
    put("xlsb_workbook.xlsx", zip_bytes([
        ("[Content_Types].xml", CT.replace("workbook.xml", "workbook.bin")),
        ("_rels/.rels", RELS.replace("workbook.xml", "workbook.bin")),
        ("xl/workbook.bin", b"\x83\x01\x00\x84\x01\x00"),
        ("xl/worksheets/sheet1.bin", b"\x81\x01\x00\x82\x01\x00")]))
    # --- legacy xls (OLE) that lies ---
    biff_garbage = struct.pack("<HH", 0x0809, 16) + struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0)
    biff_garbage += bytes((i * 53 + 3) % 256 for i in range(3000))
    put("xls_garbage_biff.xls", cfb([("Workbook", biff_garbage)]))
    # The Workbook stream's sector chain loops back on itself (2 -> 3 -> 2 ...): a reader that
    # follows FAT chains without a step cap never ends.
    put("xls_fat_loop.xls", cfb([("Workbook", biff_garbage)], fat_override={5: 2}))
    # Chain points past the end of the file.
    put("xls_fat_out_of_range.xls", cfb([("Workbook", biff_garbage)], fat_override={3: 0x00FFFFF0}))
    put("ole_header_only.xls", cfb([("Workbook", biff_garbage)])[:512])
    # --- XML entities ---
    put("billion_laughs_sst.xlsx", zip_bytes(xlsx_entries(
        sheet_xml(row(1, [cell("A1", "0", "s")])), sst_xml(["&lol9;"], prolog=LAUGHS))))
    put("billion_laughs_sheet.xlsx", zip_bytes(xlsx_entries(
        sheet_xml(row(1, [cell("A1", "&lol9;", "inlineStr")]), prolog=LAUGHS))))
    put("xxe_sheet.xlsx", zip_bytes(xlsx_entries(
        sheet_xml(row(1, [cell("A1", "&xxe;", "inlineStr")]), prolog=XXE))))
    put("xxe_sst.xlsx", zip_bytes(xlsx_entries(
        sheet_xml(row(1, [cell("A1", "0", "s")])), sst_xml(["&xxe;"], prolog=XXE))))
    put("billion_laughs_content.ods", ods_with_prolog(LAUGHS, '<table:table-row><table:table-cell office:value-type="string"><text:p>&lol9;</text:p></table:table-cell></table:table-row>'))
    # --- the grid's edges ---
    put("cell_xfd1048576.xlsx", zip_bytes(xlsx_entries(sheet_xml(
        row(1, [cell("A1", "pojok", "inlineStr")]) + row(1048576, [cell("XFD1048576", "42")])))))
    put("refs_beyond_grid.xlsx", zip_bytes(xlsx_entries(sheet_xml(
        row(1, [cell("A1", "ok", "inlineStr"), cell("XFE1", "1"), cell("ZZZZ1", "2")]) +
        '<row r="0">' + cell("A0", "3") + "</row>" +
        row(1048577, [cell("A1048577", "4")]) +
        '<row r="4294967297">' + cell("B4294967297", "5") + "</row>" +
        row(2, [cell("A99999999999999999999", "6"), cell("", "7"), '<c r="1A"><v>8</v></c>'])))))
    put("lying_dimension.xlsx", zip_bytes(xlsx_entries(sheet_xml(
        row(1, [cell("A1", "1")]) + row(2, [cell("B2", "2")]),
        dimension='<dimension ref="A1:XFD1048576"/>'))))
    merges = "".join('<mergeCell ref="A%d:B%d"/>' % (i, i) for i in range(1, 100001))
    put("merges_100k.xlsx", zip_bytes(xlsx_entries(
        sheet_xml(row(1, [cell("A1", "1")])).replace(
            "</sheetData>", '</sheetData><mergeCells count="100000">%s</mergeCells>' % merges)), level=9))
    put("sst_count_2_31.xlsx", zip_bytes(xlsx_entries(
        sheet_xml(row(1, [cell("A1", "0", "s"), cell("B1", "1", "s")])),
        sst_xml(["Sasaran", "Indikator"], count=2147483648, unique=2147483648))))
    put("sst_index_2_31.xlsx", zip_bytes(xlsx_entries(
        sheet_xml(row(1, [cell("A1", "0", "s"), cell("B1", "2147483648", "s"), cell("C1", "4294967295", "s"),
                          cell("D1", "4294967296", "s"), cell("E1", "-1", "s"), cell("F1", "1e10", "s"),
                          cell("G1", "abc", "s"), cell("H1", "", "s"), cell("I1", "2", "s")])),
        sst_xml(["Sasaran", "Indikator"]))))
    put("huge_style_and_col_attrs.xlsx", zip_bytes(xlsx_entries(sheet_xml(
        '<row r="1" spans="1:99999999999" ht="1e308" outlineLevel="255">' +
        '<c r="A1" s="4294967295"><v>1</v></c><c r="B1" s="-1"><v>2</v></c>' +
        '<c r="C1" t="n"><v>1e999999</v></c><c r="D1" t="b"><v>7</v></c><c r="E1" t="e"><v>#WHAT</v></c>' +
        '<c r="F1" t="d"><v>not-a-date</v></c><c r="G1" t="zz"><v>1</v></c></row>'))))
    # --- ods repetition ---
    put("ods_cols_repeated_empty.ods", ods_bytes(
        '<table:table-row><table:table-cell table:number-columns-repeated="1000000000"/>'
        + ods_cell(1) + '</table:table-row>'))
    put("ods_cols_repeated_value.ods", ods_bytes(
        '<table:table-row><table:table-cell table:number-columns-repeated="1000000000" '
        'office:value-type="float" office:value="7"><text:p>7</text:p></table:table-cell></table:table-row>'))
    put("ods_rows_repeated_empty.ods", ods_bytes(
        '<table:table-row table:number-rows-repeated="1000000000"><table:table-cell/></table:table-row>'
        '<table:table-row>' + ods_cell(1) + '</table:table-row>'))
    put("ods_rows_repeated_value.ods", ods_bytes(
        '<table:table-row table:number-rows-repeated="1000000000">' + ods_cell(3) + ods_cell(4) +
        '</table:table-row>'))
    put("ods_repeated_both.ods", ods_bytes(
        '<table:table-row table:number-rows-repeated="1000000000">'
        '<table:table-cell table:number-columns-repeated="1000000000" office:value-type="float" '
        'office:value="9"><text:p>9</text:p></table:table-cell></table:table-row>'))
    put("ods_spanned_huge.ods", ods_bytes(
        '<table:table-row><table:table-cell table:number-columns-spanned="2000000000" '
        'table:number-rows-spanned="2000000000" office:value-type="float" office:value="1">'
        '<text:p>1</text:p></table:table-cell></table:table-row>'))
    # --- html ---
    # 100,000 nested <div>/<table> are ~1 MB each: the test writes them at run time.
    put("html_nested_div_5000.html", "<html><body>" + "<div>" * 5000 +
        "<table><tr><td>1</td></tr></table>" + "</div>" * 5000 + "</body></html>")
    put("html_unclosed_tags.html", "<html><body><table>" + "<tr><td>1<td>2" * 2000 +
        "<td colspan=99999999 rowspan=99999999>x" + "<td colspan=-5 rowspan=abc>y</table")
    # --- text ---
    put("invalid_utf8.csv", b"Indikator,Target\n\xc3\x28,\xa0\xa1\n\xed\xa0\x80,\xf8\x88\x80\x80\x80\n"
        b"ok,\xff\xfe\xfd\n\xe2\x82,12\n")
    put("utf16le_no_bom.csv", "Indikator,Target\r\nJalan mantap,87,5\r\n".encode("utf-16-le"))
    put("utf16be_no_bom.csv", "Indikator;Target\r\nJalan mantap;87,5\r\n".encode("utf-16-be"))
    put("csv_unterminated_quote.csv", 'a,b\n"never closed,1\n' + "x,y\n" * 2000)
    put("csv_nul_bytes.csv", b"a,b\n1\x00,2\n\x00\x00\x00,3\n")
    put("csv_only_separators.csv", ";" * 20000 + "\n" + "," * 20000 + "\n")
    put("empty.xlsx", b"")
    # --- renamed formats: the extension lies, content decides ---
    put("xlsx_named.csv", zip_bytes(xlsx_entries(sheet_xml(NORMAL_ROWS))))
    put("csv_named.xlsx", "Indikator,Target\nJalan mantap,87.5\n")
    put("html_named.xls", "<html><body><table><tr><td>Indikator</td><td>5</td></tr></table></body></html>")


def ods_with_prolog(prolog, body):
    import io
    src = zipfile.ZipFile(io.BytesIO(ods_bytes(body)))
    entries = []
    for n in src.namelist():
        d = src.read(n)
        if n == "content.xml":
            d = d.replace(b"?>\n", b"?>\n" + prolog.encode(), 1)
        entries.append((n, d))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, d in entries:
            z.writestr(zinfo(n, zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED), d)
    return buf.getvalue()


def main():
    os.makedirs(OUT, exist_ok=True)
    build()
    total = 0
    for name, data in sorted(files.items()):
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        total += len(data)
    print("wrote %d files, %d bytes, into %s" % (len(files), total, OUT))
    assert total < 2_000_000, "fixtures/hostile must stay under 2 MB"


if __name__ == "__main__":
    main()
