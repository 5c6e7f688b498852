#!/usr/bin/python3
"""Independent reference for the xlsx differential test: what openpyxl reads from a workbook.

Usage: openpyxl_cells.py FILE.xlsx  -> JSON on stdout:
  {"sheets": [{"name": ..., "state": ..., "cells": {"A1": {"t": "n"|"s"|"b"|"e", "v": ..., "date": bool,
                                                           "f": "formula without =" (when any)}}}],
   "epoch": "1900"|"1904"}

Values come from load_workbook(data_only=True) (the cached values), formulas from a second
load with data_only=False. Both loads use read_only=True so that every stored cell is seen
(the normal mode blanks the cells covered by a merge). openpyxl turns numbers with a date
format into datetime objects; they are turned back into serials with openpyxl's own to_excel
and flagged "date" so the comparison can allow the microsecond rounding of that round trip.
Exits 2 with a message on stderr when openpyxl is missing, 1 when it cannot read the file.
"""
import datetime
import json
import sys

try:
    import openpyxl
    from openpyxl.utils.datetime import to_excel, CALENDAR_MAC_1904
except ImportError as e:  # the test must fail loudly, not skip
    sys.stderr.write("openpyxl is not installed (apt-get install python3-openpyxl; tools/setup.sh test): %s\n" % e)
    sys.exit(2)


def cell_value(value, epoch):
    if isinstance(value, bool):
        return "b", value, False
    if isinstance(value, (int, float)):
        return "n", float(value), False
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time, datetime.timedelta)):
        return "n", float(to_excel(value, epoch)), True
    return "s", str(value), False


def main(path):
    try:
        values = openpyxl.load_workbook(path, read_only=True, data_only=True)
        formulas = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as e:  # noqa: BLE001 - any failure is reported as such
        sys.stderr.write("openpyxl cannot read %s: %s\n" % (path, e))
        return 1
    out = {"epoch": "1904" if values.epoch == CALENDAR_MAC_1904 else "1900", "sheets": []}
    for ws in values.worksheets:
        fws = formulas[ws.title]
        cells = {}
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()
            fws.reset_dimensions()
        for row in ws.iter_rows():
            for c in row:
                if c.value is None or not hasattr(c, "coordinate"):
                    continue
                t, v, is_date = cell_value(c.value, values.epoch)
                if getattr(c, "data_type", None) == "e":
                    t = "e"
                cells[c.coordinate] = {"t": t, "v": v, "date": is_date}
        for row in fws.iter_rows():
            for c in row:
                if getattr(c, "data_type", None) != "f" or c.value is None:
                    continue
                text = c.value if isinstance(c.value, str) else getattr(c.value, "text", str(c.value))
                if text.startswith("="):
                    text = text[1:]
                cells.setdefault(c.coordinate, {"t": "blank", "v": None, "date": False})["f"] = text
        out["sheets"].append({"name": ws.title, "state": ws.sheet_state, "cells": cells})
    json.dump(out, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.stderr.write(__doc__)
        sys.exit(64)
    sys.exit(main(sys.argv[1]))
