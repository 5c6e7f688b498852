#include "ingest/biff_records.h"

#include "ingest/xml_escape.h"

#include <algorithm>
#include <cstring>

#include "ingest/number_format.h"
#include "ingest/read_error.h"

namespace sakip {

namespace {

// Record types (MS-XLS 2.3).
constexpr uint16_t kFormula = 0x0006;
constexpr uint16_t kEof = 0x000A;
constexpr uint16_t kFilePass = 0x002F;
constexpr uint16_t kDateMode = 0x0022;  // "Date1904"
constexpr uint16_t kColInfo = 0x007D;
constexpr uint16_t kBoundSheet = 0x0085;
constexpr uint16_t kMulRk = 0x00BD;
constexpr uint16_t kMulBlank = 0x00BE;
constexpr uint16_t kRString = 0x00D6;
constexpr uint16_t kXf = 0x00E0;
constexpr uint16_t kMergedCells = 0x00E5;
constexpr uint16_t kLabelSst = 0x00FD;
constexpr uint16_t kBlank = 0x0201;
constexpr uint16_t kNumber = 0x0203;
constexpr uint16_t kLabel = 0x0204;
constexpr uint16_t kBoolErr = 0x0205;
constexpr uint16_t kRow = 0x0208;
constexpr uint16_t kRk = 0x027E;
constexpr uint16_t kDimensions = 0x0200;
constexpr uint16_t kString = 0x0207;  // a formula's cached string result, after the FORMULA
constexpr uint16_t kFormat = 0x041E;
constexpr uint16_t kSst = 0x00FC;
constexpr uint16_t kContinue = 0x003C;
constexpr uint16_t kBof = 0x0809;
constexpr uint16_t kFormula4 = 0x0406;  // BIFF4 formula id some writers still use

constexpr size_t kMaxRecord = 8224;
constexpr uint32_t kMaxRow = 1048575;
constexpr uint32_t kMaxCol = 16383;

uint16_t u16(const unsigned char* p) { return static_cast<uint16_t>(p[0] | (p[1] << 8)); }
uint32_t u32(const unsigned char* p) {
  return static_cast<uint32_t>(p[0]) | (static_cast<uint32_t>(p[1]) << 8) |
         (static_cast<uint32_t>(p[2]) << 16) | (static_cast<uint32_t>(p[3]) << 24);
}
double f64(const unsigned char* p) {
  uint64_t bits = 0;
  for (int i = 7; i >= 0; --i) bits = (bits << 8) | p[i];
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

// Appends one UTF-16 code unit, pairing surrogates through `hi` (a lone surrogate becomes
// U+FFFD, as in every other reader here).
void append_utf16(uint32_t unit, uint32_t& hi, std::string& out) {
  if (hi != 0) {
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
      append_utf8(0x10000 + ((hi - 0xD800) << 10) + (unit - 0xDC00), out);
      hi = 0;
      return;
    }
    append_utf8(0xFFFD, out);
    hi = 0;
  }
  if (unit >= 0xD800 && unit <= 0xDBFF) { hi = unit; return; }
  if (unit >= 0xDC00 && unit <= 0xDFFF) unit = 0xFFFD;
  append_utf8(unit, out);
}

// `cch` characters after a flags byte at p[0], within [p, end): 8-bit ("compressed": the
// low bytes of UTF-16, i.e. Latin-1) or UTF-16LE. Stops at the end of the record.
std::string decode_chars(const unsigned char* p, const unsigned char* end, size_t cch) {
  std::string out;
  if (p >= end) return out;
  const bool high = (p[0] & 0x01) != 0;
  const bool rich = (p[0] & 0x08) != 0;
  const bool ext = (p[0] & 0x04) != 0;
  ++p;
  if (rich) p += 2;  // cRun
  if (ext) p += 4;   // cbExtRst
  if (p > end) return out;
  if (!high) {
    for (size_t i = 0; i < cch && p + i < end; ++i) append_utf8(p[i], out);
    return out;
  }
  uint32_t hi = 0;
  for (size_t i = 0; i < cch && p + 2 * i + 1 < end; ++i) append_utf16(u16(p + 2 * i), hi, out);
  if (hi != 0) append_utf8(0xFFFD, out);
  return out;
}

// The SST's bytes spread over its record and the CONTINUE records after it. Plain fields may
// run across a record boundary; a string's characters resume in the next record after a flags
// byte that says again whether they are 8-bit or UTF-16 (MS-XLS 2.4.265 SST, 2.5.293).
class SegmentedReader {
 public:
  explicit SegmentedReader(const std::vector<std::string_view>& segs) : segs_(segs) {}

  bool byte(uint8_t& v) {
    if (!settle()) return false;
    v = static_cast<uint8_t>(segs_[seg_][off_++]);
    return true;
  }
  bool u16(uint16_t& v) {
    uint8_t a, b;
    if (!byte(a) || !byte(b)) return false;
    v = static_cast<uint16_t>(a | (b << 8));
    return true;
  }
  bool u32(uint32_t& v) {
    uint16_t a, b;
    if (!u16(a) || !u16(b)) return false;
    v = a | (static_cast<uint32_t>(b) << 16);
    return true;
  }
  bool skip(uint64_t n) {
    while (n > 0) {
      if (!settle()) return false;
      const uint64_t take = std::min<uint64_t>(n, segs_[seg_].size() - off_);
      off_ += static_cast<size_t>(take);
      n -= take;
    }
    return true;
  }
  // `cch` characters, `high` = UTF-16 to start with. Characters beyond `keep` bytes of output
  // are read but not kept.
  bool chars(size_t cch, bool high, size_t keep, std::string& out) {
    uint32_t hi = 0;
    size_t got = 0;
    while (got < cch) {
      if (off_ >= cur_size()) {  // the characters continue in the next record
        if (seg_ + 1 >= segs_.size()) return false;
        ++seg_;
        off_ = 0;
        if (segs_[seg_].empty()) return false;
        high = (static_cast<uint8_t>(segs_[seg_][off_++]) & 0x01) != 0;
        continue;
      }
      const std::string_view s = segs_[seg_];
      if (high) {
        if (off_ + 1 >= s.size()) { off_ = s.size(); continue; }  // half a unit: malformed, drop it
        const uint32_t unit = static_cast<uint8_t>(s[off_]) | (static_cast<uint8_t>(s[off_ + 1]) << 8);
        off_ += 2;
        if (out.size() < keep) append_utf16(unit, hi, out);
      } else {
        if (out.size() < keep) append_utf8(static_cast<uint8_t>(s[off_]), out);
        ++off_;
      }
      ++got;
    }
    if (hi != 0 && out.size() < keep) append_utf8(0xFFFD, out);
    return true;
  }

 private:
  size_t cur_size() const { return seg_ < segs_.size() ? segs_[seg_].size() : 0; }
  bool settle() {
    while (seg_ < segs_.size() && off_ >= segs_[seg_].size()) { ++seg_; off_ = 0; }
    return seg_ < segs_.size();
  }
  const std::vector<std::string_view>& segs_;
  size_t seg_ = 0;
  size_t off_ = 0;
};

struct Record {
  uint16_t type;
  const unsigned char* data;
  size_t size;
};

// Walks records from `pos`; returns false at the end of the stream. Throws on a record that
// runs past the stream.
class RecordReader {
 public:
  RecordReader(std::string_view s, size_t pos)
      : p_(reinterpret_cast<const unsigned char*>(s.data())), n_(s.size()), pos_(pos) {}
  bool next(Record& r) {
    if (pos_ + 4 > n_) return false;
    r.type = u16(p_ + pos_);
    r.size = u16(p_ + pos_ + 2);
    if (r.size > kMaxRecord || pos_ + 4 + r.size > n_)
      throw ReadError(ReadErrorCode::CorruptXls,
                      "biff: record 0x" + hex(r.type) + " at " + std::to_string(pos_) + " runs past the stream");
    r.data = p_ + pos_ + 4;
    pos_ += 4 + r.size;
    return true;
  }
  size_t pos() const { return pos_; }

  static std::string hex(uint16_t v) {
    static const char* d = "0123456789ABCDEF";
    std::string s(4, '0');
    for (int i = 3; i >= 0; --i) { s[i] = d[v & 0xF]; v >>= 4; }
    return s;
  }

 private:
  const unsigned char* p_;
  size_t n_;
  size_t pos_;
};

class SheetCollector {
 public:
  SheetCollector(BiffSheet& sheet, const ReadLimits& limits, uint64_t& total_cells)
      : s_(sheet), limits_(limits), total_(total_cells) {}

  void cell(uint32_t row, uint32_t col, uint16_t xf, BiffCellKind kind, double number = 0,
            uint8_t error = 0, bool formula = false) {
    added_ = false;
    if (row > kMaxRow || col > kMaxCol) return;
    if (++total_ > limits_.max_cells)
      throw ReadError(ReadErrorCode::LimitExceeded, "cells > " + std::to_string(limits_.max_cells));
    BiffCell c;
    c.row = row;
    c.col = col;
    c.xf = xf;
    c.kind = kind;
    c.number = number;
    c.error = error;
    c.formula = formula;
    s_.cells.push_back(c);
    added_ = true;
  }

  void record(const Record& r) {
    const unsigned char* d = r.data;
    const size_t n = r.size;
    if (r.type == kString) {
      // belongs to the FORMULA just before it (when that one announced a string result)
      if (pending_string_ && !s_.cells.empty() && n >= 3) {
        const size_t cch = u16(d);
        if (cch <= limits_.max_cell_bytes) {
          s_.texts.push_back(decode_chars(d + 2, d + n, cch));
          s_.cells.back().text = static_cast<uint32_t>(s_.texts.size());
        }
      }
      pending_string_ = false;
      return;
    }
    // SHRFMLA, ARRAY and TABLE may sit between a FORMULA and its STRING
    if (r.type != 0x04BC && r.type != 0x0221 && r.type != 0x0236) pending_string_ = false;
    switch (r.type) {
      case kBlank:
        if (n >= 6) cell(u16(d), u16(d + 2), u16(d + 4), BiffCellKind::Blank);
        break;
      case kNumber:
        if (n >= 14) cell(u16(d), u16(d + 2), u16(d + 4), BiffCellKind::Number, f64(d + 6));
        break;
      case kRk:
        if (n >= 10) cell(u16(d), u16(d + 2), u16(d + 4), BiffCellKind::Number, decode_rk(u32(d + 6)));
        break;
      case kLabelSst:
        if (n >= 10) {
          cell(u16(d), u16(d + 2), u16(d + 4), BiffCellKind::Text);
          if (added_) {
            s_.cells.back().from_sst = true;
            s_.cells.back().sst = u32(d + 6);
          }
        }
        break;
      case kLabel:
      case kRString:  // XLUnicodeString (cch, flags, characters); RSTRING's runs follow, unused
        if (n >= 9) {
          cell(u16(d), u16(d + 2), u16(d + 4), BiffCellKind::Text);
          if (added_) {
            std::string t = decode_chars(d + 8, d + n, u16(d + 6));
            if (t.size() > limits_.max_cell_bytes + 4) t.resize(limits_.max_cell_bytes + 4);
            s_.texts.push_back(std::move(t));
            s_.cells.back().text = static_cast<uint32_t>(s_.texts.size());
          }
        }
        break;
      case kBoolErr:
        if (n >= 8) {
          if (d[7] == 0) cell(u16(d), u16(d + 2), u16(d + 4), BiffCellKind::Boolean, d[6] ? 1 : 0);
          else cell(u16(d), u16(d + 2), u16(d + 4), BiffCellKind::Error, 0, d[6]);
        }
        break;
      case kMulRk:
        if (n >= 6) {
          const uint32_t row = u16(d);
          const uint32_t first = u16(d + 2);
          const size_t count = (n - 6) / 6;
          for (size_t i = 0; i < count; ++i) {
            const unsigned char* e = d + 4 + 6 * i;
            cell(row, first + static_cast<uint32_t>(i), u16(e), BiffCellKind::Number, decode_rk(u32(e + 2)));
          }
        }
        break;
      case kMulBlank:
        if (n >= 6) {
          const uint32_t row = u16(d);
          const uint32_t first = u16(d + 2);
          const size_t count = (n - 6) / 2;
          for (size_t i = 0; i < count; ++i)
            cell(row, first + static_cast<uint32_t>(i), u16(d + 4 + 2 * i), BiffCellKind::Blank);
        }
        break;
      case kFormula:
      case kFormula4:
        if (n >= 14) {
          const unsigned char* v = d + 6;
          if (u16(v + 6) != 0xFFFF) {
            cell(u16(d), u16(d + 2), u16(d + 4), BiffCellKind::Number, f64(v), 0, true);
          } else if (v[0] == 0 || v[0] == 3) {
            cell(u16(d), u16(d + 2), u16(d + 4), BiffCellKind::Text, 0, 0, true);
            pending_string_ = v[0] == 0;
          } else if (v[0] == 1) {
            cell(u16(d), u16(d + 2), u16(d + 4), BiffCellKind::Boolean, v[2] ? 1 : 0, 0, true);
          } else if (v[0] == 2) {
            cell(u16(d), u16(d + 2), u16(d + 4), BiffCellKind::Error, 0, v[2], true);
          }
        }
        break;
      case kDimensions:
        if (n >= 14) {
          // FreeXL sizes its grid from rwMac/colMac (exclusive ends), not from the difference
          s_.dim_rows = u32(d + 4);
          s_.dim_cols = u16(d + 10);
        }
        break;
      case kRow:
        if (n >= 16) {
          const uint32_t row = u16(d);
          const uint32_t flags = u32(d + 12);
          if (flags & 0x20) s_.hidden_rows.push_back(row);
          if (flags & 0x07) s_.row_outline.emplace_back(row, static_cast<uint8_t>(flags & 0x07));
        }
        break;
      case kColInfo:
        if (n >= 10 && (u16(d + 8) & 0x01)) {
          const uint32_t first = u16(d);
          const uint32_t last = std::min<uint32_t>(u16(d + 2), kMaxCol);
          for (uint32_t c = first; c <= last; ++c) s_.hidden_cols.push_back(c);
        }
        break;
      case kMergedCells:
        if (n >= 2) {
          const size_t count = std::min<size_t>(u16(d), (n - 2) / 8);
          for (size_t i = 0; i < count; ++i) {
            if (s_.merges.size() >= limits_.max_merges)
              throw ReadError(ReadErrorCode::LimitExceeded, "merges > " + std::to_string(limits_.max_merges));
            const unsigned char* m = d + 2 + 8 * i;
            RangeRef rr;
            rr.first.row = u16(m);
            rr.last.row = u16(m + 2);
            rr.first.col = u16(m + 4);
            rr.last.col = u16(m + 6);
            if (rr.first.row > rr.last.row || rr.first.col > rr.last.col) continue;
            if (rr.first.row == rr.last.row && rr.first.col == rr.last.col) continue;
            s_.merges.push_back(rr);
          }
        }
        break;
      default:
        break;
    }
  }

  void finish() {
    std::stable_sort(s_.cells.begin(), s_.cells.end(), [](const BiffCell& a, const BiffCell& b) {
      return a.row < b.row || (a.row == b.row && a.col < b.col);
    });
    // keep the last record written for a position
    std::vector<BiffCell> out;
    out.reserve(s_.cells.size());
    for (const BiffCell& c : s_.cells) {
      if (!out.empty() && out.back().row == c.row && out.back().col == c.col) out.back() = c;
      else out.push_back(c);
    }
    s_.cells.swap(out);
    std::sort(s_.hidden_rows.begin(), s_.hidden_rows.end());
    s_.hidden_rows.erase(std::unique(s_.hidden_rows.begin(), s_.hidden_rows.end()), s_.hidden_rows.end());
    std::sort(s_.hidden_cols.begin(), s_.hidden_cols.end());
    s_.hidden_cols.erase(std::unique(s_.hidden_cols.begin(), s_.hidden_cols.end()), s_.hidden_cols.end());
    std::sort(s_.row_outline.begin(), s_.row_outline.end());
  }

 private:
  BiffSheet& s_;
  const ReadLimits& limits_;
  uint64_t& total_;
  bool pending_string_ = false;
  bool added_ = false;  // the last cell() call appended a cell
};

}  // namespace

std::vector<std::string> decode_sst(const std::vector<std::string_view>& segments, const ReadLimits& limits,
                                    std::string& problem) {
  std::vector<std::string> out;
  SegmentedReader in(segments);
  uint32_t total = 0, unique = 0;
  if (!in.u32(total) || !in.u32(unique)) {
    problem = "SST header cut short";
    return out;
  }
  uint64_t bytes = 0;
  for (std::string_view s : segments) bytes += s.size();
  // each string takes at least 3 bytes: a lying count cannot make us reserve more than the data
  out.reserve(static_cast<size_t>(std::min<uint64_t>(unique, bytes / 3)));
  for (uint32_t i = 0; i < unique; ++i) {
    if (out.size() >= limits.max_strings)
      throw ReadError(ReadErrorCode::LimitExceeded, "shared strings > " + std::to_string(limits.max_strings));
    uint16_t cch = 0;
    uint8_t flags = 0;
    if (!in.u16(cch) || !in.byte(flags)) {
      problem = "SST holds " + std::to_string(out.size()) + " of the " + std::to_string(unique) + " strings it announces";
      return out;
    }
    uint16_t runs = 0;
    uint32_t ext = 0;
    if ((flags & 0x08) && !in.u16(runs)) break;
    if ((flags & 0x04) && !in.u32(ext)) break;
    std::string text;
    if (!in.chars(cch, (flags & 0x01) != 0, static_cast<size_t>(limits.max_cell_bytes) + 4, text)) {
      out.push_back(std::move(text));
      problem = "SST string " + std::to_string(out.size() - 1) + " cut short";
      return out;
    }
    out.push_back(std::move(text));
    if (!in.skip(4ull * runs + ext)) {
      if (i + 1 < unique) problem = "SST cut short after string " + std::to_string(out.size() - 1);
      return out;
    }
  }
  if (out.size() < unique && problem.empty())
    problem = "SST holds " + std::to_string(out.size()) + " of the " + std::to_string(unique) + " strings it announces";
  return out;
}

double decode_rk(uint32_t rk) {
  double v;
  if (rk & 0x02) {
    v = static_cast<double>(static_cast<int32_t>(rk) >> 2);
  } else {
    const uint64_t bits = static_cast<uint64_t>(rk & 0xFFFFFFFCu) << 32;
    std::memcpy(&v, &bits, sizeof v);
  }
  if (rk & 0x01) v /= 100;
  return v;
}

std::string_view biff_error_text(uint8_t code) {
  switch (code) {
    case 0x00: return "#NULL!";
    case 0x07: return "#DIV/0!";
    case 0x0F: return "#VALUE!";
    case 0x17: return "#REF!";
    case 0x1D: return "#NAME?";
    case 0x24: return "#NUM!";
    case 0x2A: return "#N/A";
    case 0x2B: return "#GETTING_DATA";
  }
  return "#ERR";
}

std::string BiffWorkbook::format_code(uint16_t xf) const {
  if (xf >= xf_format.size()) return "General";
  const uint16_t ifmt = xf_format[xf];
  if (auto it = formats.find(ifmt); it != formats.end()) return it->second;
  if (auto b = builtin_number_format(ifmt)) return *b;
  return "General";
}

BiffWorkbook parse_biff_workbook(std::string_view stream, const ReadLimits& limits) {
  BiffWorkbook wb;
  RecordReader rr(stream, 0);
  Record r{};
  if (!rr.next(r) || r.type != kBof || r.size < 4)
    throw ReadError(ReadErrorCode::CorruptXls, "biff: no BOF at the start of the Workbook stream");
  if (u16(r.data) != 0x0600)
    throw ReadError(ReadErrorCode::CorruptXls, "biff: not BIFF8 (version 0x" + RecordReader::hex(u16(r.data)) + ")");

  bool globals_done = false;
  std::vector<std::string_view> sst_segments;
  bool in_sst = false;
  while (!globals_done && rr.next(r)) {
    const unsigned char* d = r.data;
    const bool was_in_sst = in_sst;
    in_sst = false;
    switch (r.type) {
      case kEof: globals_done = true; break;
      case kFilePass: wb.encrypted = true; return wb;
      case kDateMode: if (r.size >= 2) wb.date1904 = u16(d) != 0; break;
      case kFormat:
        if (r.size >= 5) wb.formats[u16(d)] = decode_chars(d + 4, d + r.size, u16(d + 2));
        break;
      case kXf:
        if (r.size >= 4) wb.xf_format.push_back(u16(d + 2));
        break;
      case kSst:
        sst_segments.clear();
        sst_segments.emplace_back(reinterpret_cast<const char*>(d), r.size);
        in_sst = true;
        continue;  // keep in_sst for the CONTINUE records right after it
      case kContinue:
        if (was_in_sst) {
          sst_segments.emplace_back(reinterpret_cast<const char*>(d), r.size);
          in_sst = true;
          continue;
        }
        break;
      case kBoundSheet:
        if (r.size >= 8) {
          if (wb.sheets.size() >= limits.max_sheets)
            throw ReadError(ReadErrorCode::LimitExceeded, "sheets > " + std::to_string(limits.max_sheets));
          BiffSheet s;
          s.offset = u32(d);
          s.state = d[4] & 0x03;
          s.type = d[5];
          s.name = decode_chars(d + 7, d + r.size, d[6]);
          wb.sheets.push_back(std::move(s));
        }
        break;
      default: break;
    }
  }
  if (!globals_done) throw ReadError(ReadErrorCode::CorruptXls, "biff: globals without EOF");
  if (!sst_segments.empty()) wb.sst = decode_sst(sst_segments, limits, wb.sst_problem);

  uint64_t total_cells = 0;
  for (BiffSheet& s : wb.sheets) {
    if (s.type != 0) continue;  // charts, macro sheets, VB modules hold no cells for us
    SheetCollector col(s, limits, total_cells);
    if (s.offset >= stream.size()) {
      s.problem = "offset " + std::to_string(s.offset) + " beyond the stream";
      continue;
    }
    try {
      RecordReader sr(stream, s.offset);
      if (!sr.next(r) || r.type != kBof) {
        s.problem = "no BOF at " + std::to_string(s.offset);
        continue;
      }
      int depth = 1;  // embedded chart substreams nest BOF..EOF
      bool ended = false;
      while (sr.next(r)) {
        if (r.type == kBof) { ++depth; continue; }
        if (r.type == kEof) {
          if (--depth == 0) { ended = true; break; }
          continue;
        }
        if (depth == 1) col.record(r);
      }
      if (!ended) s.problem = "sheet without EOF";
    } catch (const ReadError& e) {
      if (e.code() == ReadErrorCode::LimitExceeded) throw;
      s.problem = e.detail();
    }
    col.finish();
  }
  return wb;
}

}  // namespace sakip
