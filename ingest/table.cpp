// Names of the table model's enums (stable ids used in JSON and by the CLI) and the small
// lookups of Table.
#include "ingest/table.h"

#include <algorithm>

namespace sakip {

std::string_view to_string(TableKind k) {
  switch (k) {
    case TableKind::Tc25: return "tc25";
    case TableKind::Renstra: return "renstra";
    case TableKind::Pk: return "pk";
    case TableKind::PkAnggaran: return "pk_anggaran";
    case TableKind::Rkt: return "rkt";
    case TableKind::Capaian: return "capaian";
    case TableKind::RealisasiAnggaran: return "realisasi_anggaran";
    case TableKind::Dpa: return "dpa";
    case TableKind::Pergeseran: return "pergeseran";
    case TableKind::Efisiensi: return "efisiensi";
    case TableKind::Komposisi: return "komposisi";
    case TableKind::Unknown: return "unknown";
  }
  return "unknown";
}

std::string_view to_string(ColumnRole r) {
  switch (r) {
    case ColumnRole::Unknown: return "unknown";
    case ColumnRole::No: return "no";
    case ColumnRole::Kode: return "kode";
    case ColumnRole::Uraian: return "uraian";
    case ColumnRole::Tujuan: return "tujuan";
    case ColumnRole::Sasaran: return "sasaran";
    case ColumnRole::Indikator: return "indikator";
    case ColumnRole::Satuan: return "satuan";
    case ColumnRole::Target: return "target";
    case ColumnRole::Realisasi: return "realisasi";
    case ColumnRole::Capaian: return "capaian";
    case ColumnRole::Anggaran: return "anggaran";
    case ColumnRole::RealisasiAnggaran: return "realisasi_anggaran";
    case ColumnRole::Serapan: return "serapan";
    case ColumnRole::Sebelum: return "sebelum";
    case ColumnRole::Sesudah: return "sesudah";
    case ColumnRole::Selisih: return "selisih";
    case ColumnRole::SelisihPersen: return "selisih_persen";
    case ColumnRole::Pergeseran: return "pergeseran";
    case ColumnRole::Sisa: return "sisa";
    case ColumnRole::Kriteria: return "kriteria";
    case ColumnRole::Polaritas: return "polaritas";
    case ColumnRole::Baseline: return "baseline";
    case ColumnRole::Keterangan: return "keterangan";
    case ColumnRole::Jumlah: return "jumlah";
    case ColumnRole::Komponen: return "komponen";
    case ColumnRole::Kondisi: return "kondisi";
  }
  return "unknown";
}

std::string_view to_string(RowType t) {
  switch (t) {
    case RowType::Data: return "data";
    case RowType::Total: return "total";
    case RowType::Subtotal: return "subtotal";
    case RowType::Average: return "average";
    case RowType::Section: return "section";
  }
  return "data";
}

std::string_view to_string(RowLevel l) {
  switch (l) {
    case RowLevel::None: return "none";
    case RowLevel::Tujuan: return "tujuan";
    case RowLevel::Sasaran: return "sasaran";
    case RowLevel::Indikator: return "indikator";
    case RowLevel::Program: return "program";
    case RowLevel::Kegiatan: return "kegiatan";
    case RowLevel::SubKegiatan: return "sub_kegiatan";
    case RowLevel::Rekening: return "rekening";
  }
  return "none";
}

int Table::column_index(ColumnRole role, int year) const {
  for (size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].role != role) continue;
    if (year != 0 && columns[i].year != year) continue;
    return static_cast<int>(i);
  }
  return -1;
}

void Table::set_cells(Row& row, std::span<const Value> values, std::span<const CellRef> refs) {
  if (!cells) cells = std::make_shared<TableCells>();
  row.values = cells->values(values.size());
  std::copy(values.begin(), values.end(), row.values.begin());
  row.refs = cells->refs(refs.size());
  std::copy(refs.begin(), refs.end(), row.refs.begin());
}

bool is_money_role(ColumnRole r) {
  switch (r) {
    case ColumnRole::Anggaran:
    case ColumnRole::RealisasiAnggaran:
    case ColumnRole::Sebelum:
    case ColumnRole::Sesudah:
    case ColumnRole::Selisih:
    case ColumnRole::Pergeseran:
    case ColumnRole::Sisa:
      return true;
    default:
      return false;
  }
}

}  // namespace sakip
