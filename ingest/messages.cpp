#include "ingest/messages.h"

#include "ingest/table.h"

namespace sakip {

bool parse_lang(std::string_view text, Lang& out) {
  if (text == "id") { out = Lang::Id; return true; }
  if (text == "en") { out = Lang::En; return true; }
  return false;
}

std::string read_error_text(const ReadError& e, Lang lang) {
  const bool id = lang == Lang::Id;
  std::string base;
  switch (e.code()) {
    case ReadErrorCode::NotFound: base = id ? "berkas tidak ditemukan" : "file not found"; break;
    case ReadErrorCode::NotAFile: base = id ? "bukan berkas biasa (mungkin folder)" : "not a regular file (a directory?)"; break;
    case ReadErrorCode::Unreadable: base = id ? "berkas tidak dapat dibuka (izin atau kesalahan baca)" : "file cannot be opened (permission or read error)"; break;
    case ReadErrorCode::Empty: base = id ? "berkas kosong (0 bita)" : "file is empty (0 bytes)"; break;
    case ReadErrorCode::UnknownFormat: base = id ? "format tidak dikenali (bukan xlsx, xls, ods, csv atau html)" : "unrecognised format (not xlsx, xls, ods, csv or html)"; break;
    case ReadErrorCode::NotAZip: base = id ? "bukan arsip zip, padahal xlsx/ods harus zip" : "not a zip archive, but xlsx/ods must be one"; break;
    case ReadErrorCode::CorruptZip: base = id ? "arsip zip rusak atau terpotong" : "zip archive is corrupt or truncated"; break;
    case ReadErrorCode::Encrypted: base = id ? "workbook dilindungi kata sandi (terenkripsi); buka di Excel dan simpan tanpa sandi" : "workbook is password-protected (encrypted); open it in Excel and save it without a password"; break;
    case ReadErrorCode::Xlsb: base = id ? "format biner .xlsb tidak didukung; simpan ulang sebagai .xlsx" : "binary .xlsb workbooks are not supported; save it as .xlsx"; break;
    case ReadErrorCode::MissingPart: base = id ? "bagian wajib tidak ada" : "a required part is missing"; break;
    case ReadErrorCode::CorruptXml: base = id ? "XML rusak" : "malformed XML"; break;
    case ReadErrorCode::CorruptXls: base = id ? "berkas .xls rusak atau tidak dapat dibaca" : "the .xls file is corrupt or cannot be read"; break;
    case ReadErrorCode::LimitExceeded: base = id ? "melewati batas keamanan" : "exceeds a safety limit"; break;
    case ReadErrorCode::Encoding: base = id ? "pengodean teks tidak dapat dibaca" : "text encoding cannot be decoded"; break;
    case ReadErrorCode::Unsupported: base = id ? "fitur berkas tidak didukung" : "unsupported file feature"; break;
  }
  if (!e.detail().empty()) base += " (" + e.detail() + ")";
  return base;
}

std::string read_error_line(std::string_view file, const ReadError& e, Lang lang) {
  return std::string(file) + ": " + read_error_text(e, lang);
}

std::string_view table_kind_name(TableKind kind, Lang lang) {
  const bool id = lang == Lang::Id;
  switch (kind) {
    case TableKind::Tc25: return id ? "Tujuan dan Sasaran Renstra (T-C.25)" : "Renstra goals and targets (T-C.25)";
    case TableKind::Renstra: return id ? "matriks target Renstra (T-C.27)" : "Renstra target matrix (T-C.27)";
    case TableKind::Pk: return id ? "Perjanjian Kinerja (target)" : "performance agreement (targets)";
    case TableKind::PkAnggaran: return id ? "anggaran program Perjanjian Kinerja" : "performance agreement program budgets";
    case TableKind::Rkt: return id ? "Rencana Kinerja Tahunan (RKT): target dan anggaran setahun" : "annual performance plan (RKT): one year's targets and budgets";
    case TableKind::Capaian: return id ? "capaian kinerja (target, realisasi, %)" : "performance achievement (target, actual, %)";
    case TableKind::RealisasiAnggaran: return id ? "realisasi anggaran (pagu, realisasi, % serapan)" : "budget realisation (budget, spent, % absorbed)";
    case TableKind::Dpa: return id ? "DPA/DPPA per kode rekening" : "budget document (DPA/DPPA) by account code";
    case TableKind::Pergeseran: return id ? "pergeseran anggaran" : "budget shift";
    case TableKind::Efisiensi: return id ? "efisiensi penggunaan sumber daya" : "resource efficiency";
    case TableKind::Komposisi: return id ? "komposisi (jumlah per kategori)" : "composition (counts by category)";
    case TableKind::Unknown: return id ? "tidak dikenali" : "not recognised";
  }
  return id ? "tidak dikenali" : "not recognised";
}

}  // namespace sakip
