#!/usr/bin/python3
"""Independent recomputation of the "Known real defects" in ../shared/realdata/README.md.

Usage: /usr/bin/python3 tests/tools/realdata_recompute.py <realdata_dir>

This script does NOT use sakipcheck. It reads each real file with Python's own parsers
(csv, openpyxl, xlrd, html.parser), recomputes every relation the README (written by a person)
states, and asserts the README's counts. Exit 0 = the README's truth holds on the files as
they are; exit 1 = some statement did not hold (printed); exit 2 = a file is missing.

The golden files fixtures/expected-realdata/*.json cite the numbers printed here.
Money is exact (decimal.Decimal), never float sums.
"""
import csv
import io
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, getcontext
from html.parser import HTMLParser

getcontext().prec = 50
FAILS = []


def check(cond, what):
    print(("ok    " if cond else "FAIL  ") + what)
    if not cond:
        FAILS.append(what)


def dec(s):
    if s is None:
        return None
    if isinstance(s, (int, float)):
        if isinstance(s, float):
            if s != int(s):
                return Decimal(repr(s))
            return Decimal(int(s))
        return Decimal(s)
    s = str(s).strip()
    if s == "":
        return None
    try:
        return Decimal(s)
    except Exception:
        return None


def segs(code):
    """Legacy Permendagri 13/2006 code -> tuple of segments ('1.20 . 1.20.03 . 01.01 . 5.2' ->
    ('1','20','1','20','03','01','01','5','2')). Spaces around the separators are ignored."""
    code = re.sub(r"\s+", "", code or "").strip(".")
    return tuple(p for p in code.split(".") if p != "") if code else ()


def prefix_hierarchy(rows, columns):
    """rows: list of dicts with 'seg', 'line', columns. Parent of a row = the row whose code is the
    longest proper prefix of its code. Returns (parents_checked, mismatched parent rows)."""
    by_code = {}
    for r in rows:
        if r["seg"]:
            by_code.setdefault(r["seg"], r)
    children = {}
    for r in rows:
        s = r["seg"]
        for k in range(len(s) - 1, 0, -1):
            p = by_code.get(s[:k])
            if p is not None:
                children.setdefault(p["seg"], []).append(r)
                break
    mism = []
    for pseg, kids in children.items():
        p = by_code[pseg]
        bad = [c for c in columns if p[c] is not None and p[c] != sum((k[c] or Decimal(0)) for k in kids)]
        if bad:
            mism.append((p, bad))
    return len(children), mism


# ----------------------------------------------------------------------------------------- KP
def kulonprogo(path):
    print("== " + os.path.basename(path))
    with open(path, encoding="utf-8", newline="") as f:
        recs = list(csv.reader(f, delimiter=";"))
    rows = []
    wrapped = hybrid = 0
    for i, rec in enumerate(recs, start=1):
        if i <= 8:
            continue
        rec = rec + [""] * (7 - len(rec))
        first = rec[0]
        if "," in first and all(x.strip() == "" for x in rec[1:]):
            inner = next(csv.reader([first], delimiter=","))
            inner = inner + [""] * (7 - len(inner))
            wrapped += 1
            rec = inner[:7]
        elif "," in first and any(x.strip() for x in rec[1:]):
            inner = next(csv.reader([first], delimiter=","))
            hybrid += 1
            # code from the inner record, Uraian and amounts from the outer `;` fields
            rec = [inner[0]] + rec[1:7]
        code, uraian, seb, ses, ang, pro = rec[0], rec[1].strip(), dec(rec[2]), dec(rec[3]), dec(rec[4]), rec[5].strip()
        if seb is None and ses is None and ang is None:
            continue
        rows.append({"line": i, "seg": segs(code), "code": code.strip(), "uraian": uraian, "sebelum": seb,
                     "sesudah": ses, "angka": ang, "pro": pro})
    check(wrapped == 149 and hybrid == 1, "KP: 149 wrapped comma records + 1 hybrid (line 13): got %d + %d" % (wrapped, hybrid))
    check(len(rows) == 1645, "KP: 1645 amount rows (got %d)" % len(rows))
    bad_angka = [r["line"] for r in rows if r["sesudah"] - r["sebelum"] != r["angka"]]
    check(not bad_angka, "KP: Angka = Sesudah - Sebelum on every amount row (violations at lines %s)" % bad_angka[:10])
    n_pct = 0
    bad_pct = []
    zero_rows = []
    for r in rows:
        if r["sebelum"] == 0:
            zero_rows.append(r)
            continue
        if r["pro"] == "":
            continue
        n_pct += 1
        want = (r["angka"] * 100 / r["sebelum"]).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        if want != Decimal(r["pro"]):
            bad_pct.append((r["line"], r["pro"], str(want)))
    check(n_pct == 1536, "KP: 1536 rows with Sebelum != 0 and a Prosentase (got %d)" % n_pct)
    check(not bad_pct, "KP: Prosentase = Angka/Sebelum*100 half-up 2 dp on all of them (violations %s)" % bad_pct[:5])
    check(len(zero_rows) == 108 and all(r["pro"] == "0.00" for r in zero_rows),
          "KP: 108 rows with Sebelum = 0, all with Prosentase 0.00 (got %d, lines %s...)" % (
              len(zero_rows), [r["line"] for r in zero_rows[:5]]))
    cols = ("sebelum", "sesudah", "angka")
    n_par, mism = prefix_hierarchy([r for r in rows if r["seg"]], cols)
    names = sorted("%d %s" % (p["line"], p["uraian"]) for p, _ in mism)
    print("      pure code-prefix hierarchy: %d parents, mismatches: %s" % (n_par, names))
    check(len(mism) == 4 and {p["uraian"] for p, _ in mism} == {"BELANJA", "Non Kegiatan", "BELANJA LANGSUNG",
                                                                 "Penyediaan Jasa Surat Menyurat"},
          "KP: a pure code-prefix hierarchy gives exactly 4 false mismatches, all caused by the borrowed codes "
          "(BELANJA ...00.00.5 and BELANJA LANGSUNG ...01.01.5.2)")
    # the true structure: BELANJA = BTL + BL, BL = sum of programs, SURPLUS = PENDAPATAN - BELANJA
    byname = {}
    for r in rows:
        byname.setdefault(r["uraian"], r)
    bel, btl, bl, pend = byname["BELANJA"], byname["BELANJA TIDAK LANGSUNG"], byname["BELANJA LANGSUNG"], byname["PENDAPATAN"]
    sur = byname["SURPLUS / (DEFISIT)"]
    progs = [r for r in rows if len(r["seg"]) == 6]  # urusan(2) . org(3) . program(1)
    for c in cols:
        check(bel[c] == btl[c] + bl[c], "KP: BELANJA %s = BTL + BL (%s = %s + %s)" % (c, bel[c], btl[c], bl[c]))
        check(bl[c] == sum(p[c] for p in progs), "KP: BELANJA LANGSUNG %s = sum of the %d program rows" % (c, len(progs)))
        check(sur[c] == pend[c] - bel[c], "KP: SURPLUS/(DEFISIT) %s = PENDAPATAN - BELANJA (%s)" % (c, sur[c]))
    check(sur["seg"] == (), "KP: the SURPLUS / (DEFISIT) row has no code (line %d)" % sur["line"])
    # the same hierarchy with the borrowed-code totals taken out holds everywhere
    rest = [r for r in rows if r["seg"] and r["uraian"] not in ("BELANJA", "BELANJA LANGSUNG")]
    n2, mism2 = prefix_hierarchy(rest, cols)
    # Non Kegiatan (…00.00) then has PENDAPATAN (…00.00.4) and BTL (…00.00.5.1) as prefix children
    left = [p["uraian"] for p, _ in mism2]
    check(left == ["Non Kegiatan"] or not left,
          "KP: without the two borrowed-code rows, parent = sum of children on all %d other parents "
          "(only 'Non Kegiatan', whose code is also PENDAPATAN's prefix, differs: %s)" % (n2, left))
    nk = byname["Non Kegiatan"]
    check(all(nk[c] == btl[c] for c in cols), "KP: Non Kegiatan = BELANJA TIDAK LANGSUNG")
    meta = {r[0]: r[1] for r in recs[:6] if len(r) > 1}
    print("      metadata: Kode Organisasi %s, Nama Organisasi %r (README: the figures are the Sekretariat "
          "Daerah's; not arithmetic)" % (meta.get("Kode Organisasi"), meta.get("Nama Organisasi")))


# ------------------------------------------------------------------------------------- Bantul
def bantul_rows(path):
    if path.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        ws = wb.worksheets[0]
        raw = [(r[0].row, [c.value for c in r[:3]]) for r in ws.iter_rows(min_row=1, max_col=3)]
    else:
        import xlrd
        wb = xlrd.open_workbook(path)
        sh = wb.sheet_by_index(0)
        raw = [(i + 1, sh.row_values(i)[:3]) for i in range(sh.nrows)]
    rows = []
    for line, (a, b, c) in raw:
        if line <= 7:
            continue
        v = dec(c)
        if v is None:
            continue
        rows.append({"line": line, "seg": segs(a if isinstance(a, str) else ""), "uraian": str(b or "").strip(), "jumlah": v})
    return rows


def bantul(path, n_parents, surplus_sign_ok):
    name = os.path.basename(path)
    print("== " + name)
    rows = bantul_rows(path)
    n_par, mism = prefix_hierarchy([r for r in rows if r["seg"]], ("jumlah",))
    names = sorted(p["uraian"] for p, _ in mism)
    print("      pure code-prefix hierarchy: %d parents, mismatches: %s" % (n_par, ["%d %s" % (p["line"], p["uraian"]) for p, _ in mism]))
    check(n_par == n_parents and len(mism) == 4
          and set(names) == {"BELANJA", "BELANJA LANGSUNG", "Non Kegiatan", "Penyediaan jasa surat menyurat"},
          "%s: %d parents by code prefix (README: %d); the only 4 mismatches are the borrowed-code rows BELANJA, "
          "BELANJA LANGSUNG and the two rows whose code they borrow (%s)" % (name, n_par, n_parents, names))
    rest = [r for r in rows if r["seg"] and r["uraian"] not in ("BELANJA", "BELANJA LANGSUNG")]
    n2, mism2 = prefix_hierarchy(rest, ("jumlah",))
    check(not mism2, "%s: without the borrowed-code rows, parent = sum of children on all %d remaining parents "
          "(mismatches %s)" % (name, n2, [(p["line"], p["uraian"]) for p, _ in mism2]))
    byname = {}
    for r in rows:
        byname.setdefault(r["uraian"], r)
    bel, btl, bl = byname["BELANJA"], byname["BELANJA TIDAK LANGSUNG"], byname["BELANJA LANGSUNG"]
    progs = [r for r in rows if len(r["seg"]) == 6]
    check(bel["jumlah"] == btl["jumlah"] + bl["jumlah"],
          "%s: BELANJA = BTL + BL (%s = %s + %s)" % (name, bel["jumlah"], btl["jumlah"], bl["jumlah"]))
    check(bl["jumlah"] == sum(p["jumlah"] for p in progs),
          "%s: BELANJA LANGSUNG = sum of the %d program rows" % (name, len(progs)))
    pend = byname.get("PENDAPATAN")
    check(pend is None, "%s: no PENDAPATAN row (the organisation has no revenue)" % name)
    sur = byname["SURPLUS / (DEFISIT)"]
    want = (pend["jumlah"] if pend else Decimal(0)) - bel["jumlah"]
    print("      SURPLUS / (DEFISIT) at C%d = %s; PENDAPATAN - BELANJA = %s" % (sur["line"], sur["jumlah"], want))
    check((sur["jumlah"] == want) == surplus_sign_ok,
          "%s: SURPLUS / (DEFISIT) %s PENDAPATAN - BELANJA (README: %s)" % (
              name, "=" if surplus_sign_ok else "!=", "correct" if surplus_sign_ok else "sign error"))
    if not surplus_sign_ok:
        check(sur["jumlah"] == -want, "%s: ... and it is exactly the negation (sign error)" % name)


# ---------------------------------------------------------------------------------- Deli Serdang
def deliserdang(path):
    import openpyxl
    print("== " + os.path.basename(path))
    wf = openpyxl.load_workbook(path).worksheets[0]
    wv = openpyxl.load_workbook(path, data_only=True).worksheets[0]
    check(wv.title == "Realisasi TW IV", "DS: sheet 'Realisasi TW IV'")

    def v(ref):
        return wv[ref].value

    def n(ref):
        x = v(ref)
        return dec(x) if isinstance(x, (int, float)) else None

    data = range(11, 114)
    pct_rows = [r for r in data if str(v("I%d" % r) or "").strip() == "%" and n("AD%d" % r) is not None]
    pct200 = [r for r in pct_rows if n("AD%d" % r) > 100]
    print("      %% rows whose column 14 K (AD = L + AB) exceeds 100: %s" % pct200)
    check(len(pct200) == 18 and n("AD14") == 200 and n("L14") == 100,
          "DS: 18 '%%' rows where column 14 K = 7 + 13 adds two percentages to more than 100 (row 14: 100 + 100 = 200) (got %d)" % len(pct200))
    over = [r for r in data if n("AF%d" % r) is not None and n("AF%d" % r) > 100]
    print("      capaian Renstra (AF) > 100 in rows %s" % over)
    check(len(over) == 71, "DS: capaian Renstra column 15 K (AF) > 100 in 71 rows (got %d)" % len(over))
    check(n("AF23").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) == Decimal("1388.89")
          and n("L23") == 580 and n("J23") == 45, "DS: AF23 = 1388.89 (L23 580 vs J23 45)")
    mx = max(over, key=lambda r: n("AF%d" % r))
    print("      NOTE: the README says 'up to 1388.89 %%', but the largest is AF%d = %s (L%d %s, J%d %s)" % (
        mx, n("AF%d" % mx), mx, n("L%d" % mx), mx, n("J%d" % mx)))
    big = [r for r in over if n("AF%d" % r) > 200]
    print("      AF > 200 (the tool's default plausibility range 0-200) in rows %s" % big)
    # AB51 hard-coded 0
    tw = sum(n("%s51" % c) for c in ("P", "S", "V", "Y"))
    check(wf["AB51"].value == 0 and v("AB51") == 0 and tw == 35,
          "DS: AB51 is the constant 0 (formula %r), P51+S51+V51+Y51 = %s" % (wf["AB51"].value, tw))
    # AE64 = M64 + AF64
    check(str(wf["AE64"].value).replace(" ", "") == "=M64+AF64" and n("AE64") == 81825849
          and n("M64") + n("AC64") == 177868883,
          "DS: AE64 = %s = %s, but M64 + AC64 = %s" % (wf["AE64"].value, n("AE64"), n("M64") + n("AC64")))
    for r in (11, 12, 113):
        tws = sum(n("%s%d" % (c, r)) for c in ("R", "U", "X", "AA"))
        check(tws - n("AC%d" % r) == 104990014 and (r == 12 or (n("AC%d" % r) == 12023973159 and tws == 12128963173)),
              "DS: AC%d = %s while R+U+X+AA = %s (diff %s)" % (r, n("AC%d" % r), tws, tws - n("AC%d" % r)))
    # the column-15 Rp cell is 14 Rp / 6 Rp x 100 (AE / K), which the numbering row states
    bad_ag = [r for r in data if n("AG%d" % r) is not None and n("K%d" % r) and n("AE%d" % r) is not None
              and abs(n("AE%d" % r) / n("K%d" % r) * 100 - n("AG%d" % r)) > Decimal("0.005")]
    n_ag = len([r for r in data if n("AG%d" % r) is not None and n("K%d" % r)])
    check(not bad_ag, "DS: AG = AE / K x 100 ('15 = 14 / 6 x 100') holds on all %d rows with AG and K (violations %s)" % (n_ag, bad_ag))
    # the column-13 Rp cell AC = R + U + X + AA on every row but 11, 12, 113
    bad_ac = [r for r in data if n("AC%d" % r) is not None and None not in [n("%s%d" % (c, r)) for c in ("R", "U", "X", "AA")]
              and n("AC%d" % r) != sum(n("%s%d" % (c, r)) for c in ("R", "U", "X", "AA"))]
    check(bad_ac == [11, 12, 113], "DS: AC = R+U+X+AA fails exactly on rows 11, 12, 113 (got %s)" % bad_ac)
    bad_ae = [r for r in data if n("AE%d" % r) is not None and n("M%d" % r) is not None and n("AC%d" % r) is not None
              and n("AE%d" % r) != n("M%d" % r) + n("AC%d" % r)]
    check(bad_ae == [64], "DS: AE = M + AC ('14 = 7 + 13', Rp) fails only on row 64 (got %s)" % bad_ae)
    bad_ab = [r for r in data if n("AB%d" % r) is not None and None not in [n("%s%d" % (c, r)) for c in ("P", "S", "V", "Y")]
              and abs(n("AB%d" % r) - sum(n("%s%d" % (c, r)) for c in ("P", "S", "V", "Y"))) > Decimal("1e-6")]
    check(bad_ab == [51], "DS: AB = P+S+V+Y ('13 = 9+10+11+12', K) fails only on row 51 (got %s)" % bad_ab)
    bad_af = [r for r in data if n("AF%d" % r) is not None and n("J%d" % r) and n("AD%d" % r) is not None
              and abs(n("AD%d" % r) / n("J%d" % r) * 100 - n("AF%d" % r)) > Decimal("0.005")]
    check(not bad_af, "DS: AF = AD / J x 100 ('15 = 14 / 6 x 100', K) holds on every row (violations %s)" % bad_af)
    # R/U/X/AA of row 12 (PERENCANAAN, whose K/M/O/AC formulas sum rows 13, 55, 70) also add rows 91 and 96
    diffs = {}
    for c in ("R", "U", "X", "AA"):
        kids = n("%s13" % c) + n("%s55" % c) + n("%s70" % c)
        diffs[c] = (n("%s12" % c), kids)
        print("      %s12 = %s (formula %s), %s13 + %s55 + %s70 = %s, diff %s" % (
            c, n("%s12" % c), wf["%s12" % c].value, c, c, c, kids, n("%s12" % c) - kids))
    check(all(n("%s12" % c) == n("%s13" % c) + n("%s55" % c) + n("%s70" % c) for c in ("K", "M", "O", "AC", "AE")),
          "DS: row 12 K, M, O, AC, AE = rows 13 + 55 + 70 (its children, by its own K12 formula %s)" % wf["K12"].value)
    check(sum(a - b for a, b in diffs.values()) == 104990014,
          "DS: the R/U/X/AA excess of row 12 over rows 13+55+70 adds up to the 104,990,014 of AC11")
    over_o = [r for r in data if n("AC%d" % r) is not None and n("O%d" % r) is not None and n("AC%d" % r) > n("O%d" % r)]
    print("      realisasi 2025 Rp (AC) > Renja 2025 anggaran (O) in rows %s" % over_o)
    over_k = [r for r in data if n("AC%d" % r) is not None and n("K%d" % r) is not None and n("AC%d" % r) > n("K%d" % r)]
    print("      realisasi 2025 Rp (AC) > Renstra 2030 target Rp (K) in rows %s" % over_k)
    over_ae = [r for r in data if n("AE%d" % r) is not None and n("K%d" % r) is not None and n("AE%d" % r) > n("K%d" % r)]
    print("      realisasi Renstra s/d 2025 Rp (AE = M + AC) > Renstra target Rp (K) in %d rows: %s" % (len(over_ae), over_ae))


# ------------------------------------------------------------------------------------ Sumedang
class Grid(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.cur, self.cell, self.taken = [], None, None, {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr":
            self.cur = []
            self.rows.append(self.cur)
            self.col = 0
        elif tag in ("td", "th") and self.cur is not None:
            r = len(self.rows) - 1
            while (r, self.col) in self.taken:
                self.col += 1
            cs, rs = int(a.get("colspan", 1)), int(a.get("rowspan", 1))
            self.cell = {"col": self.col, "sdval": a.get("sdval"), "text": ""}
            for dr in range(rs):
                for dc in range(cs):
                    self.taken[(r + dr, self.col + dc)] = True
            self.cur.append(self.cell)
            self.col += cs

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.cell = None

    def handle_data(self, d):
        if self.cell is not None:
            self.cell["text"] += d


def sumedang(path):
    print("== " + os.path.basename(path))
    g = Grid()
    with open(path, encoding="utf-8", errors="replace") as f:
        g.feed(f.read())
    grid = []
    for r in g.rows:
        m = {c["col"]: c for c in r}
        grid.append(m)
    # columns (0-based, after the 5-cell Kode): A Tujuan, B Sasaran, C-G Kode, H Uraian, I Indikator,
    # J baseline, K..T five years (Target, Rp), U/V kondisi akhir (Target, Rp)
    def sd(m, c):
        x = m.get(c)
        if x is None:
            return None
        if x["sdval"] is not None:
            return Decimal(x["sdval"])
        t = " ".join(x["text"].split())
        return Decimal(0) if t == "-" else None

    money = []
    for i, m in enumerate(grid, start=1):
        if i <= 4:
            continue
        years = [sd(m, c) for c in (11, 13, 15, 17, 19)]
        akhir = sd(m, 21)
        if akhir is None or any(y is None for y in years):
            continue
        if akhir == 0 and all(y == 0 for y in years):
            continue
        code = tuple(" ".join(m[c]["text"].split()) for c in range(2, 7) if c in m)
        money.append((i, code, years, akhir, " ".join(m.get(7, {"text": ""})["text"].split())))
    bad = [(i, a, sum(y)) for i, _, y, a, _ in money if sum(y) != a]
    check(len(money) == 19 and not bad, "SU: kondisi akhir Rp (V) = sum of yearly Rp on all 19 money rows (got %d rows, violations %s)" % (len(money), bad))
    check(all(y[0] == 0 and y[1] == 0 for _, _, y, _, _ in money), "SU: 2019 and 2020 Rp are 0/'-' on every money row")
    # program = sum of kegiatan (program rows have a 3-part code, kegiatan rows a 4th part)
    progs = [x for x in money if len([c for c in x[1] if c]) == 3]
    keg = [x for x in money if len([c for c in x[1] if c]) == 4]
    comma = [x[1][3] for x in keg if "," in x[1][3]]
    print("      program rows with money: %s; kegiatan rows: %d (codes with a decimal comma: %s)" % (
        [(i, ".".join(c for c in code if c)) for i, code, _, _, _ in progs], len(keg), comma))
    check(len(comma) > 0 and all(re.fullmatch(r"2,0\d", c) for c in comma), "SU: kegiatan codes written '2,0x' exist (read as 2.0x)")
    for i, code, years, akhir, _ in progs:
        kids = [x for x in keg if x[1][:3] == code[:3]]
        for k in range(5):
            check(years[k] == sum(x[2][k] for x in kids),
                  "SU: program %s (row %d) year %d Rp = sum of its %d kegiatan" % (".".join(code[:3]), i, 2019 + k, len(kids)))
        check(akhir == sum(x[3] for x in kids), "SU: program %s (row %d) kondisi akhir Rp = sum of its kegiatan" % (".".join(code[:3]), i))


# ------------------------------------------------------------------------------------- ref CSV
def refcsv(path):
    print("== " + os.path.basename(path))
    with open(path, encoding="utf-8-sig", newline="") as f:
        recs = list(csv.reader(f, delimiter=";"))
    check(len(recs) == 3240 and recs[0] == [""] * 8, "REF: 3240 records, the first empty (got %d)" % len(recs))
    codes = [r[1] for r in recs[1:]]
    six = [c for c in codes if len(c.split(".")) == 6]
    seven = [c for c in codes if len(c.split(".")) == 7]
    check(len(six) == 3191 and len(seven) == 48 and all(c.startswith("2.09.00") for c in seven),
          "REF: 3191 six-part and 48 seven-part codes, all seven-part under 2.09.00 (got %d, %d)" % (len(six), len(seven)))
    # numeric fields: ids only (no money/percent to check)
    print("      the only numbers are sequence numbers and ids (fields 1, 4-7): nothing to add up")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    d = sys.argv[1]
    files = {
        "kp": "kulonprogo_2014_penjabaran_perubahan_apbd_1.20.03.csv",
        "b15": "bantul_2015_penjabaran_apbd_dikdas.xlsx",
        "b16": "bantul_2016_penjabaran_apbd_dikdas.xls",
        "ds": "deliserdang_2025_evaluasi_renja_bappedalitbang.xlsx",
        "su": "sumedang_renstra_tc27_bappppeda_2019-2023.html",
        "ref": "ref_subkegiatan_nomenklatur_deliserdang.csv",
    }
    missing = [f for f in files.values() if not os.path.isfile(os.path.join(d, f))]
    if missing:
        print("missing real files in %s: %s" % (d, missing))
        return 2
    p = lambda k: os.path.join(d, files[k])
    kulonprogo(p("kp"))
    bantul(p("b15"), 594, True)
    bantul(p("b16"), 486, False)
    deliserdang(p("ds"))
    sumedang(p("su"))
    refcsv(p("ref"))
    print("\n%d statement(s) failed" % len(FAILS))
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
