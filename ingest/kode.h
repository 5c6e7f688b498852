// Codes (kode rekening, program/kegiatan/sub kegiatan codes, row numbering "1.1.2") as TEXT:
// canonical form and parent by prefix (domain.md §2.4).
#pragma once
#include <string>
#include <utility>
#include <string_view>

#include "ingest/table.h"

namespace sakip {

// "2,01" -> "2.01"; "1.01 . 1.01.01 . 01 . 07 . 5 . 2 . 1 . 01 . 01" -> "1.01.1.01.01.01.07.5.2.1.01.01";
// "2.1. 1" -> "2.1.1"; "1.4." -> "1.4"; "x.xx.01" -> "X.XX.01". Empty when the text is not a
// code (letters, "(1)", an empty cell).
std::string canonical_code(std::string_view text);
// canonical_code written into `out` (cleared first; empty when not a code): one buffer reused
// for many cells. `text` must not view `out`.
void canonical_code_into(std::string_view text, std::string& out);
// A dotless DJPK akun code by the segment widths 1.1.2.2.2.4: "4101" -> "4.1.01",
// "51020101" -> "5.1.02.01.01". Empty when the length fits no prefix of the widths.
std::string expand_dotless_account(std::string_view digits);
// True when `child` extends `parent` by whole segments ("1.01" is a prefix of "1.01.02", not of "1.010").
bool code_is_prefix(std::string_view parent, std::string_view child);
// "1.01.02" -> "1.01"; "" for a one-segment code.
std::string_view code_parent(std::string_view code);
int code_segments(std::string_view code);
// The level a current (Permendagri 90/2019) program or account code names, from its shape:
// U.BB.PP = program, U.BB.PP.K.KK = kegiatan, + .SSSS = sub kegiatan; A.K.JJ... = rekening.
// None when the shape says nothing (legacy codes, numbering).
RowLevel level_from_code_shape(std::string_view code);
// A leading code in a label: "1.01.01 Program Penunjang" -> {"1.01.01", "Program Penunjang"}.
// Empty code when the label does not start with one (a plain "1" counts only with a dot: "1. ").
std::pair<std::string, std::string_view> split_leading_code(std::string_view label);

}  // namespace sakip
