#include "ingest/reader.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>

#include "ingest/read_error.h"
#include "ingest/zip_archive.h"

namespace sakip {

namespace {

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

// UTF-16 little/big endian BOM + text, or a BOM-less UTF-16 guess (every other byte NUL).
std::string ascii_view(const std::string& head) {
  std::string out;
  size_t start = 0;
  bool utf16le = false, utf16be = false;
  if (head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0xFF && static_cast<unsigned char>(head[1]) == 0xFE) { utf16le = true; start = 2; }
  else if (head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0xFE && static_cast<unsigned char>(head[1]) == 0xFF) { utf16be = true; start = 2; }
  else if (head.size() >= 3 && head.compare(0, 3, "\xEF\xBB\xBF") == 0) start = 3;
  for (size_t i = start; i < head.size(); ++i) {
    if (utf16le && ((i - start) % 2 == 1)) continue;
    if (utf16be && ((i - start) % 2 == 0)) continue;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(head[i]))));
  }
  return out;
}

bool contains_utf16(const std::string& hay, std::string_view ascii) {
  // an OLE directory entry name is UTF-16LE
  std::string needle;
  for (char c : ascii) { needle.push_back(c); needle.push_back('\0'); }
  return hay.find(needle) != std::string::npos;
}

}  // namespace

FileFormat sniff_format(const std::string& path) {
  check_path(path, ReadLimits::defaults());
  const std::string head = head_bytes(path, 8192);
  if (head.size() >= 4 && head.compare(0, 4, "PK\x03\x04", 4) == 0) {
    ZipArchive zip(path, ReadLimits::defaults());
    if (zip.has("xl/workbook.bin")) throw ReadError(ReadErrorCode::Xlsb, "");
    if (zip.has("xl/workbook.xml")) {
      if (zip.has("xl/vbaProject.bin")) return FileFormat::Xlsm;
      return FileFormat::Xlsx;
    }
    if (zip.has("content.xml")) return FileFormat::Ods;
    throw ReadError(ReadErrorCode::UnknownFormat, "zip");
  }
  if (head.size() >= 8 && head.compare(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0) {
    // An OLE compound file: a legacy .xls, or an encrypted OOXML workbook.
    const std::string all = head_bytes(path, 1 << 20);
    if (contains_utf16(all, "EncryptionInfo") || contains_utf16(all, "EncryptedPackage"))
      throw ReadError(ReadErrorCode::Encrypted, "");
    return FileFormat::Xls;
  }
  const std::string text = ascii_view(head);
  size_t i = 0;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  if (i < text.size() && text[i] == '<') {
    if (text.find("<table") != std::string::npos || text.find("<html") != std::string::npos ||
        text.find("<!doctype html") != std::string::npos)
      return FileFormat::Html;
  }
  if (head.find('\0') != std::string::npos && text.find('\0') != std::string::npos)
    throw ReadError(ReadErrorCode::UnknownFormat, "binary");
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
