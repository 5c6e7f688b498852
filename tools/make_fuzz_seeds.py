#!/usr/bin/python3
"""Writes the seed corpora of the fuzz targets, fuzz/corpus/<name>/, from small fixtures.

Run: /usr/bin/python3 tools/make_fuzz_seeds.py
Sources: fixtures/ (csv, html, crossformat, demo, hostile, xlsx, workbooks) and, when present,
../shared/realdata (the real files; their big XML parts are cut to ~12 KB at an element
boundary and closed, so a seed stays small and well-formed). Each corpus dir stays under 1 MB:
large seeds slow every campaign down. Crashers that a campaign finds and that are fixed are
added by hand under their own names (crash-*); this script never deletes files it did not write.
"""
import glob
import hashlib
import io
import os
import re
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIX = os.path.join(ROOT, "fixtures")
REAL = os.environ.get("SAKIP_REALDATA", os.path.join(os.path.dirname(ROOT), "shared", "realdata"))
OUT = os.path.join(ROOT, "fuzz", "corpus")
MAX_SEED = 64 * 1024
MAX_DIR = 1000 * 1024
PART_CUT = 12 * 1024

corpora = {}


def add(target, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX_SEED:
        return
    corpora.setdefault(target, {})
    corpora[target]["seed-" + re.sub(r"[^A-Za-z0-9._-]", "_", name)] = data


def files(*patterns):
    out = []
    for p in patterns:
        out += glob.glob(os.path.join(FIX, p)) + glob.glob(os.path.join(REAL, p))
    return sorted(set(out))


def read(path):
    with open(path, "rb") as f:
        return f.read()


def cut_xml(xml, close_tag, tail):
    """First ~PART_CUT bytes of `xml`, cut after a `close_tag`, then `tail` closes the document."""
    if len(xml) <= PART_CUT:
        return xml
    end = xml.rfind(close_tag, 0, PART_CUT)
    if end < 0:
        return xml[:PART_CUT]
    return xml[: end + len(close_tag)] + tail


def zip_parts(path):
    try:
        z = zipfile.ZipFile(path)
        return {n: z.read(n) for n in z.namelist()}
    except Exception:
        return {}


def main():
    base = lambda p: os.path.basename(p)
    # csv: every small csv/tsv fixture, the hostile text files, a cut of the real CSVs
    for p in files("csv/*", "crossformat/*.csv", "hostile/*.csv", "*.csv"):
        d = read(p)
        add("csv", base(p), d if len(d) <= MAX_SEED else d[:PART_CUT])
    # html: fixtures + hostile + a cut of the real export
    for p in files("html/*", "hostile/*.html", "hostile/html_named.xls", "*.html"):
        d = read(p)
        add("html", base(p), d if len(d) <= MAX_SEED else d[:PART_CUT])
    # xls: OLE files (cross-format source, hostile CFBs, encrypted); the real .xls is 200 KB:
    # too big for a seed, the campaign grows its own from these.
    for p in files("crossformat/*.xls", "hostile/*.xls", "hostile/encrypted.xlsx", "workbooks/*.xls"):
        add("xls", base(p), read(p))
    # zip: small xlsx/ods containers
    for p in files("crossformat/*.xlsx", "crossformat/*.ods", "demo/*.xlsx", "xlsx/*.xlsx",
                   "workbooks/*.xlsx", "hostile/*.xlsx", "hostile/*.ods"):
        if base(p) == "zip_bomb.xlsx":
            continue
        add("zip", base(p), read(p))
    # parts of xlsx files: worksheets, shared strings, styles
    for p in files("crossformat/*.xlsx", "demo/*.xlsx", "xlsx/*.xlsx", "workbooks/*.xlsx",
                   "hostile/*.xlsx", "*.xlsx"):
        if base(p) in ("zip_bomb.xlsx", "merges_100k.xlsx"):
            continue
        for n, d in zip_parts(p).items():
            tag = base(p) + "-" + base(n)
            if re.match(r"xl/worksheets/sheet\d+\.xml$", n):
                add("xlsx_sheet", tag, cut_xml(d, b"</row>", b"</sheetData></worksheet>"))
            elif n == "xl/sharedStrings.xml":
                add("shared_strings", tag, cut_xml(d, b"</si>", b"</sst>"))
            elif n == "xl/styles.xml":
                add("styles", tag, cut_xml(d, b"</xf>", b"</cellXfs></styleSheet>"))
    # ods: content.xml of the ods files
    for p in files("crossformat/*.ods", "workbooks/*.ods", "hostile/*.ods", "*.ods"):
        d = zip_parts(p).get("content.xml")
        if d:
            add("ods", base(p) + "-content.xml",
                cut_xml(d, b"</table:table-row>", b"</table:table></office:spreadsheet></office:body></office:document-content>"))
    # check: whole small files of every format (the pipeline sniffs them itself)
    for p in files("crossformat/*", "demo/*.xlsx", "csv/comma.csv", "csv/semicolon_idid.csv",
                   "html/*.html", "hostile/cell_xfd1048576.xlsx", "hostile/refs_beyond_grid.xlsx",
                   "hostile/ods_cols_repeated_empty.ods", "hostile/invalid_utf8.csv"):
        add("check", base(p), read(p))

    for target, seeds in sorted(corpora.items()):
        d = os.path.join(OUT, target)
        os.makedirs(d, exist_ok=True)
        for old in glob.glob(os.path.join(d, "seed-*")):
            os.remove(old)
        total = 0
        # dedupe by content, keep the dir under MAX_DIR (smallest first)
        seen = set()
        for name, data in sorted(seeds.items(), key=lambda kv: (len(kv[1]), kv[0])):
            h = hashlib.sha1(data).hexdigest()
            if h in seen or total + len(data) > MAX_DIR:
                continue
            seen.add(h)
            total += len(data)
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
        print("%-15s %3d seeds %7d bytes" % (target, len(seen), total))


if __name__ == "__main__":
    main()
