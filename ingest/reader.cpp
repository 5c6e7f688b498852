// Format sniffing by content (never by extension) and dispatch to the per-format readers.
//
//   PK\3\4 zip      -> xl/workbook.bin: ReadError Xlsb; xl/workbook.xml: xlsx (xlsm with a VBA
//                      project); content.xml with an ODF spreadsheet mimetype (or none): ods;
//                      anything else: UnknownFormat.
//   D0 CF 11 E0 OLE -> an "EncryptionInfo"/"EncryptedPackage" stream: ReadError Encrypted (a
//                      password-protected xlsx); otherwise xls. When the whole directory was
//                      scanned (files up to 1 MiB) and no "Workbook"/"Book" stream exists
//                      (a .doc, an .msi...): UnknownFormat.
//   known non-spreadsheet magics (PDF, PNG, JPEG, GIF, gzip, rar, 7z) -> UnknownFormat.
//   text            -> decoded by text_decode.h (BOM, BOM-less UTF-16, UTF-8, Windows-1252);
//                      Excel 2003 XML (SpreadsheetML) and MHTML single-file web pages -> ReadError
//                      Unsupported; an HTML page
//                      with tags -> html; otherwise csv (delimiter sniffed by the CSV reader).
//   binary garbage  -> control characters above 3% of the first 8 KiB: UnknownFormat.
#include "ingest/reader.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "ingest/read_error.h"
#include "ingest/text_decode.h"
#include "ingest/zip_archive.h"

namespace sakip {

namespace {

constexpr size_t kHeadBytes = 8192;

void check_path(const std::string& path, const ReadLimits& limits) {
  struct stat st{};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT || errno == ENOTDIR) throw ReadError(ReadErrorCode::NotFound, "");
    throw ReadError(ReadErrorCode::Unreadable, std::strerror(errno));
  }
  if (!S_ISREG(st.st_mode)) throw ReadError(ReadErrorCode::NotAFile, "");
  if (st.st_size == 0) throw ReadError(ReadErrorCode::Empty, "");
  if (static_cast<uint64_t>(st.st_size) > limits.max_file_bytes)
    throw ReadError(ReadErrorCode::LimitExceeded,
                    std::to_string(st.st_size) + " B > " + std::to_string(limits.max_file_bytes) + " B");
  std::ifstream probe(path, std::ios::binary);
  if (!probe) throw ReadError(ReadErrorCode::Unreadable, std::strerror(errno));
}

std::string head_bytes(const std::string& path, size_t n) {
  std::ifstream in(path, std::ios::binary);
  std::string buf(n, '\0');
  in.read(buf.data(), static_cast<std::streamsize>(n));
  buf.resize(static_cast<size_t>(in.gcount()));
  return buf;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool contains_utf16(const std::string& hay, std::string_view ascii) {
  // OLE directory entry names are UTF-16LE
  std::string needle;
  for (char c : ascii) {
    needle.push_back(c);
    needle.push_back('\0');
  }
  return hay.find(needle) != std::string::npos;
}

FileFormat sniff_zip(const std::string& path) {
  ZipArchive zip(path, ReadLimits::defaults());
  if (zip.has("xl/workbook.bin")) throw ReadError(ReadErrorCode::Xlsb, "");
  if (zip.has("xl/workbook.xml")) return zip.has("xl/vbaProject.bin") ? FileFormat::Xlsm : FileFormat::Xlsx;
  if (zip.has("content.xml")) {
    if (zip.has("mimetype")) {
      const std::string mime = zip.read_all("mimetype");
      if (mime.find("opendocument.spreadsheet") == std::string::npos)
        throw ReadError(ReadErrorCode::UnknownFormat, "zip: " + mime.substr(0, 80));
    }
    return FileFormat::Ods;
  }
  throw ReadError(ReadErrorCode::UnknownFormat, "zip");
}

FileFormat sniff_ole(const std::string& path, const std::string& head) {
  constexpr size_t kScan = 1 << 20;
  const std::string all = head.size() < kHeadBytes ? head : head_bytes(path, kScan);
  if (contains_utf16(all, "EncryptionInfo") || contains_utf16(all, "EncryptedPackage"))
    throw ReadError(ReadErrorCode::Encrypted, "");
  const bool whole = all.size() < kScan;
  if (whole && !contains_utf16(all, "Workbook") && !contains_utf16(all, "Book") &&
      !contains_utf16(all, "WORKBOOK") && !contains_utf16(all, "BOOK"))
    throw ReadError(ReadErrorCode::UnknownFormat, "ole");
  return FileFormat::Xls;
}

// Lower-cased head text with leading whitespace, comments and <?xml ...?> skipped.
std::string markup_start(const std::string& text) {
  std::string t;
  t.reserve(text.size());
  for (char c : text) t.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  size_t i = 0;
  for (;;) {
    while (i < t.size() && std::isspace(static_cast<unsigned char>(t[i]))) ++i;
    if (t.compare(i, 4, "<!--") == 0) {
      const size_t e = t.find("-->", i + 4);
      if (e == std::string::npos) break;
      i = e + 3;
      continue;
    }
    break;
  }
  return t.substr(i);
}

bool looks_html(const std::string& t) {
  static constexpr std::string_view kTags[] = {"<!doctype html", "<html", "<head", "<body",
                                               "<meta", "<table", "<style", "<title", "<div",
                                               "<tr", "<td", "<th", "<p>", "<h1", "<link", "<script"};
  if (starts_with(t, "<")) {
    for (std::string_view tag : kTags)
      if (t.find(tag) != std::string::npos) return true;
  }
  // some web exports put a line of text before the table
  return t.find("<table") != std::string::npos && t.find("</t") != std::string::npos;
}

}  // namespace

FileFormat sniff_format(const std::string& path) {
  check_path(path, ReadLimits::defaults());
  const std::string head = head_bytes(path, kHeadBytes);
  if (starts_with(head, std::string_view("PK\x03\x04", 4))) return sniff_zip(path);
  if (starts_with(head, std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) return sniff_ole(path, head);
  static constexpr std::pair<std::string_view, std::string_view> kOther[] = {
      {"%PDF-", "pdf"}, {"\x89PNG", "png"}, {"\xFF\xD8\xFF", "jpeg"}, {"GIF8", "gif"},
      {"\x1F\x8B", "gzip"}, {"Rar!", "rar"}, {"7z\xBC\xAF", "7z"}};
  for (const auto& [magic, name] : kOther)
    if (starts_with(head, magic)) throw ReadError(ReadErrorCode::UnknownFormat, std::string(name));

  const EncodingGuess g = detect_encoding(head, /*sample_is_prefix=*/true);
  std::string text;
  if (g.encoding == TextEncoding::Utf16LE || g.encoding == TextEncoding::Utf16BE) {
    text = decode_to_utf8(std::string_view(head).substr(0, head.size() & ~size_t{1}), g);
    if (control_char_ratio(text) > 0.03) throw ReadError(ReadErrorCode::UnknownFormat, "binary");
  } else {
    const std::string_view body = std::string_view(head).substr(g.bom_bytes);
    size_t ctl = 0;
    for (char ch : body) {
      const auto c = static_cast<unsigned char>(ch);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') ++ctl;
    }
    if (ctl >= 4 && static_cast<double>(ctl) > 0.03 * static_cast<double>(body.size()))
      throw ReadError(ReadErrorCode::UnknownFormat, "binary");
    text = std::string(body);  // markup detection only needs ASCII
  }
  const std::string t = markup_start(text);
  if (starts_with(t, "<?xml") || starts_with(t, "<workbook")) {
    if (t.find("urn:schemas-microsoft-com:office:spreadsheet") != std::string::npos)
      throw ReadError(ReadErrorCode::Unsupported, "spreadsheetml-2003");
  }
  if (starts_with(t, "mime-version:") && t.find("multipart/related") != std::string::npos)
    throw ReadError(ReadErrorCode::Unsupported, "mhtml");  // Excel "single file web page"
  if (looks_html(t)) return FileFormat::Html;
  return FileFormat::Csv;
}

Workbook read_workbook(const std::string& path, const ReadOptions& options) {
  check_path(path, options.limits);
  const FileFormat format = sniff_format(path);
  Workbook wb;
  switch (format) {
    case FileFormat::Xlsx:
    case FileFormat::Xlsm: wb = read_xlsx(path, options); break;
    case FileFormat::Xls: wb = read_xls(path, options); break;
    case FileFormat::Ods: wb = read_ods(path, options); break;
    case FileFormat::Csv: wb = read_csv(path, options); break;
    case FileFormat::Html: wb = read_html(path, options); break;
    case FileFormat::Unknown: throw ReadError(ReadErrorCode::UnknownFormat, "");
  }
  wb.path = path;
  wb.format = format;
  return wb;
}

}  // namespace sakip
