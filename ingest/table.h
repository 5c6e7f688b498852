// Typed tables recognised in a sheet: what the rules read. ingest/ produces them (table
// recognition), rules/ only reads them. A rule never looks at raw cells except through the
// references kept here.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/cell_ref.h"
#include "ingest/table_cells.h"
#include "ingest/value.h"

namespace sakip {

enum class TableKind : uint8_t {
  Tc25,               // tujuan/sasaran/indikator with targets per year
  Renstra,            // target matrices incl. T-C.27 (Target/Rp per year + kondisi akhir)
  Pk,                 // Perjanjian Kinerja targets
  PkAnggaran,         // PK program budgets (APBD / P-APBD, Jumlah)
  Rkt,                // Rencana Kinerja Tahunan: one year's targets per sasaran/program/sub kegiatan with their anggaran
  Capaian,            // target, realisasi, % capaian (+ quarters, earlier years, Renstra end target)
  RealisasiAnggaran,  // program/kegiatan/sub kegiatan with anggaran, realisasi, % serapan
  Dpa,                // kode rekening, uraian, jumlah; DPPA with sebelum/sesudah, bertambah/berkurang
  Pergeseran,         // awal -> pergeseran -> perubahan (+ bertambah/berkurang)
  Efisiensi,          // kinerja % vs anggaran %
  Komposisi,          // counts by category: SDM by education/rank (Kebutuhan/Bezetting), sarpras inventories
  Unknown,            // anything else, still typed and kept
};
std::string_view to_string(TableKind k);  // "tc25", "renstra", "pk", "pk_anggaran", ...

enum class ColumnRole : uint8_t {
  Unknown,
  No,
  Kode,
  Uraian,          // uraian / program / kegiatan / sub kegiatan names
  Tujuan,
  Sasaran,
  Indikator,
  Satuan,
  Target,
  Realisasi,
  Capaian,         // % capaian
  Anggaran,        // anggaran / pagu / Rp / jumlah (money)
  RealisasiAnggaran,
  Serapan,         // % serapan / capaian realisasi anggaran
  Sebelum,         // sebelum perubahan / awal / murni
  Sesudah,         // sesudah/setelah perubahan / perubahan
  Selisih,         // bertambah/(berkurang), angka
  SelisihPersen,   // prosentase of the change
  Pergeseran,
  Sisa,
  Kriteria,        // kriteria / predikat / kategori
  Polaritas,       // polarisasi / tren indicator direction
  Baseline,        // kondisi awal / baseline
  Keterangan,
  Jumlah,          // komposisi: a count that totals its row's category columns, or an item count
  Komponen,        // komposisi: a category count (SD, SMA, S1, golongan III) adding up into its group's Jumlah
  Kondisi,         // komposisi: the condition of items (Baik / Rusak), text
};
std::string_view to_string(ColumnRole r);  // "no", "kode", "uraian", ...
// Roles whose values are rupiah (anggaran, realisasi anggaran, sebelum/sesudah, selisih, ...).
bool is_money_role(ColumnRole r);

struct Column {
  uint32_t col = 0;           // sheet column (0-based)
  ColumnRole role = ColumnRole::Unknown;
  std::string header;         // the header band's text for this column, levels joined with " / "
  int year = 0;               // a year the column is about (2025), 0 when none
  int period = 0;             // "Tahun ke-n" (n), 0 when none
  int quarter = 0;            // TW I..IV (1..4), 0 when none
  bool end_of_period = false; // Target Akhir Renstra / Kondisi akhir periode
  bool is_money = false;      // values are rupiah
  std::string numbering;      // the column-number row's cell: "6 = 5/4*100", "(3)"
  bool sums_rows = false;     // its cells add up rows below (SUM formulas) and state the rows' parents
  ColumnHint hint = ColumnHint::Unknown;
};

enum class RowType : uint8_t {
  Data,
  Total,     // Jumlah / Total / Grand total closing the table
  Subtotal,  // Sub Total / Jumlah of a section
  Average,   // Rata-rata
  Section,   // a label-only row that opens a block (Beban Perbaikan, RUTIN)
};
std::string_view to_string(RowType t);

enum class RowLevel : uint8_t {
  None,
  Tujuan,
  Sasaran,
  Indikator,
  Program,
  Kegiatan,
  SubKegiatan,
  Rekening,  // kode rekening levels below sub kegiatan (akun, kelompok, jenis, ...)
};
std::string_view to_string(RowLevel l);

struct Row {
  uint32_t sheet_row = 0;               // the row's first sheet row (0-based)
  std::vector<uint32_t> continuation;   // sheet rows joined into this one (label spill-over)
  RowType type = RowType::Data;
  RowLevel level = RowLevel::None;
  int depth = 0;                        // 0 = top of the hierarchy; children are depth + 1
  int parent = -1;                      // index into Table::rows, -1 at the top
  std::string label;                    // the row's name (uraian / indikator), joined continuations
  std::string code;                     // canonical code ("1.01.01.2.01.0001", "1.1.2"), may be empty
  // One per Table::columns entry (Empty when blank), kept in the table's `cells` store.
  std::span<Value> values;
  std::span<CellRef> refs;              // one per column: the cell the value came from (merge anchor)
};

struct Table {
  std::string sheet;                 // sheet name as stored
  uint32_t sheet_index = 0;
  TableKind kind = TableKind::Unknown;
  double confidence = 0;             // 0..1
  std::string title;                 // "Tabel 3.10 Realisasi Anggaran pada tahun 2025"
  std::vector<CellRef> title_cells;
  RangeRef range;                    // the whole table incl. header and footer
  std::vector<uint32_t> header_rows; // sheet rows of the header band (incl. repeats)
  std::optional<uint32_t> numbering_row;
  std::vector<Column> columns;
  std::vector<Row> rows;             // data, section and total rows in sheet order
  std::vector<CellRef> footer_cells; // signature block, notes: kept, not data
  // The texts the values view (Value::original, a quantity's unit): shared by copies of the
  // table, so a Value read from a Table stays valid while any copy of that Table lives.
  std::shared_ptr<TextStore> text;
  // The rows' values and refs (Row::values, Row::refs view it): shared by copies of the table.
  std::shared_ptr<TableCells> cells;

  int column_index(ColumnRole role, int year = 0) const;  // first match, -1 when none
  // Copies a row's values and refs into this table's `cells` (created on first use) and points
  // the row at them: for tables built by hand (tests, tools).
  void set_cells(Row& row, std::span<const Value> values, std::span<const CellRef> refs);
};

}  // namespace sakip

namespace sakip {

struct Workbook;

struct RecognizeOptions {
  double min_confidence = 0.0;  // tables below are still returned, as kind Unknown
  bool two_threads = true;      // type a large table's columns on two threads (same result)
};

// Finds, classifies and types every table of every sheet (ingest/table_recognizer.cpp).
// Never throws on odd content: what it cannot place stays out of the tables (and appears as
// unassigned cells in the clean JSON).
std::vector<Table> recognize_tables(const Workbook& wb, const RecognizeOptions& options = {});

}  // namespace sakip
