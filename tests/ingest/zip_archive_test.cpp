// ZipArchive: part lookup as OPC wants it, streaming, and the errors users see for broken
// containers and zip bombs.
#include "ingest/zip_archive.h"

#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "ingest/read_error.h"
#include "tests/support/paths.h"
#include "tests/support/temp_dir.h"

namespace sakip {
namespace {

using test::fixture;

ReadErrorCode code_of(const std::string& path, const ReadLimits& limits = ReadLimits::defaults(),
                      const std::string& part = "") {
  try {
    ZipArchive z(path, limits);
    if (!part.empty()) z.read_all(part);
  } catch (const ReadError& e) {
    return e.code();
  }
  ADD_FAILURE() << "no ReadError for " << path;
  return ReadErrorCode::Unsupported;
}

std::string truncated_copy(const std::string& src, size_t size) {
  const std::string out = (std::filesystem::temp_directory_path() / ("sakip_trunc_" + std::to_string(size) + ".xlsx")).string();
  std::ifstream in(src, std::ios::binary);
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::ofstream(out, std::ios::binary).write(data.data(), static_cast<std::streamsize>(std::min(size, data.size())));
  return out;
}

TEST(ZipArchive, ListsPartsAndFindsThemCaseInsensitivelyWithOrWithoutSlash) {
  ZipArchive z(fixture("xlsx/basic.xlsx"), ReadLimits::defaults());
  EXPECT_TRUE(z.has("xl/workbook.xml"));
  EXPECT_TRUE(z.has("/xl/workbook.xml"));
  EXPECT_TRUE(z.has("XL/Workbook.XML"));
  EXPECT_FALSE(z.has("xl/workbook.bin"));
  EXPECT_NE(std::find(z.names().begin(), z.names().end(), "[Content_Types].xml"), z.names().end());
}

TEST(ZipArchive, StreamsAPartCompletely) {
  ZipArchive z(fixture("xlsx/basic.xlsx"), ReadLimits::defaults());
  const std::string wb = z.read_all("xl/workbook.xml");
  EXPECT_NE(wb.find("<sheet name=\"Angka\""), std::string::npos);
  EXPECT_NE(wb.find("</workbook>"), std::string::npos);
  size_t total = 0, chunks = 0;
  z.stream("xl/worksheets/sheet1.xml", [&](const char*, size_t n) { total += n; ++chunks; });
  EXPECT_GT(total, 100u);
  EXPECT_GE(chunks, 1u);
}

TEST(ZipArchive, MissingPartIsNamed) {
  ZipArchive z(fixture("xlsx/basic.xlsx"), ReadLimits::defaults());
  try {
    z.read_all("/xl/worksheets/sheet99.xml");
    FAIL();
  } catch (const ReadError& e) {
    EXPECT_EQ(e.code(), ReadErrorCode::MissingPart);
    EXPECT_EQ(e.detail(), "xl/worksheets/sheet99.xml");
  }
}

TEST(ZipArchive, NotAZip) { EXPECT_EQ(code_of(fixture("xlsx/bad/not_a_zip.xlsx")), ReadErrorCode::NotAZip); }

TEST(ZipArchive, TruncatedAtSeveralOffsetsIsACorruptZip) {
  const std::string src = fixture("xlsx/basic.xlsx");
  const size_t size = std::filesystem::file_size(src);
  for (size_t cut : {size_t{40}, size_t{500}, size / 2, size - 30, size - 1}) {
    SCOPED_TRACE(cut);
    EXPECT_EQ(code_of(truncated_copy(src, cut)), ReadErrorCode::CorruptZip);
  }
}

TEST(ZipArchive, RatioCapStopsAZipBomb) {
  // bomb.xlsx: 8 MiB of spaces in sheet1.xml, deflated more than 1000 times
  EXPECT_EQ(code_of(fixture("xlsx/bad/bomb.xlsx"), ReadLimits::defaults(), "xl/worksheets/sheet1.xml"),
            ReadErrorCode::LimitExceeded);
}

TEST(ZipArchive, PartSizeAndTotalCapsAreEnforced) {
  ReadLimits part = ReadLimits::defaults();
  part.max_part_bytes = 1000;
  EXPECT_EQ(code_of(fixture("xlsx/basic.xlsx"), part, "xl/styles.xml"), ReadErrorCode::LimitExceeded);
  ReadLimits total = ReadLimits::defaults();
  total.max_inflated_bytes = 100;
  EXPECT_EQ(code_of(fixture("xlsx/basic.xlsx"), total, "xl/workbook.xml"), ReadErrorCode::LimitExceeded);
  // under the caps the same part reads
  ZipArchive z(fixture("xlsx/basic.xlsx"), ReadLimits::defaults());
  EXPECT_FALSE(z.read_all("xl/styles.xml").empty());
}

// What a sink saw from one streaming of a part, and how the streaming ended.
struct Streamed {
  std::string bytes;
  bool failed = false;
  ReadErrorCode code = ReadErrorCode::Unsupported;
  std::string detail;
  uint64_t inflated_total = 0;
};

Streamed stream_part(const std::string& path, const std::string& part, bool overlapped,
                     size_t buffer_bytes = 1 << 20, size_t buffers = 3) {
  Streamed out;
  ZipArchive z(path, ReadLimits::defaults());
  const auto sink = [&](const char* d, size_t n) { out.bytes.append(d, n); };
  try {
    if (overlapped) z.stream_overlapped(part, sink, buffer_bytes, buffers);
    else z.stream(part, sink);
  } catch (const ReadError& e) {
    out.failed = true;
    out.code = e.code();
    out.detail = e.detail();
  }
  out.inflated_total = z.inflated_total();
  return out;
}

// The overlapped stream must be indistinguishable from the plain one: the same bytes reach the
// sink, then the same error (or none).
void expect_same_as_plain(const std::string& path, const std::string& part, size_t buffer_bytes, size_t buffers) {
  SCOPED_TRACE(part + " buffers " + std::to_string(buffers) + " x " + std::to_string(buffer_bytes));
  const Streamed plain = stream_part(path, part, false);
  const Streamed over = stream_part(path, part, true, buffer_bytes, buffers);
  EXPECT_EQ(over.bytes.size(), plain.bytes.size());
  EXPECT_TRUE(over.bytes == plain.bytes);
  EXPECT_EQ(over.failed, plain.failed);
  EXPECT_EQ(over.code, plain.code);
  EXPECT_EQ(over.detail, plain.detail);
}

// A workbook whose sheet1.xml inflates to a few MiB, written by libxlsxwriter (an independent
// writer), and the offsets of that part in the zip.
struct BigPart {
  std::string bytes;          // the whole file
  size_t central = 0;         // its central directory entry
  size_t data = 0, size = 0;  // its compressed data
};

class ZipArchiveOverlapped : public test::TempDirTest {
 protected:
  static constexpr const char* kPart = "xl/worksheets/sheet1.xml";

  std::string big_xlsx() {
    const std::string path = (dir_ / "big.xlsx").string();
    lxw_workbook* wb = workbook_new(path.c_str());
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Data");
    for (lxw_row_t r = 0; r < 40000; ++r) {
      worksheet_write_number(ws, r, 0, r * 7.25, nullptr);
      worksheet_write_number(ws, r, 1, r % 977, nullptr);
      worksheet_write_number(ws, r, 2, (r * 7919) % 100003 / 3.0, nullptr);
    }
    if (workbook_close(wb) != LXW_NO_ERROR) throw std::runtime_error("libxlsxwriter failed");
    return path;
  }

  static BigPart locate(const std::string& path) {
    BigPart b;
    std::ifstream in(path, std::ios::binary);
    b.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    auto u16 = [&](size_t at) { return size_t(uint8_t(b.bytes[at])) | size_t(uint8_t(b.bytes[at + 1])) << 8; };
    auto u32 = [&](size_t at) { return u16(at) | u16(at + 2) << 16; };
    const std::string name = kPart;
    for (size_t at = b.bytes.find("PK\x01\x02"); at != std::string::npos; at = b.bytes.find("PK\x01\x02", at + 4)) {
      if (b.bytes.compare(at + 46, name.size(), name) != 0 || u16(at + 28) != name.size()) continue;
      b.central = at;
      const size_t local = u32(at + 42);
      b.size = u32(at + 20);
      b.data = local + 30 + u16(local + 26) + u16(local + 28);
      return b;
    }
    throw std::runtime_error("no " + name + " in " + path);
  }
};

TEST_F(ZipArchiveOverlapped, GivesTheSameBytesAsThePlainStreamWhateverTheBuffers) {
  const std::string path = big_xlsx();
  const Streamed plain = stream_part(path, kPart, false);
  ASSERT_FALSE(plain.failed);
  ASSERT_GT(plain.bytes.size(), size_t{2} << 20);  // several MiB: several buffers' worth
  EXPECT_EQ(plain.bytes.substr(plain.bytes.size() - 12), "</worksheet>");
  for (auto [bytes, n] : {std::pair<size_t, size_t>{1 << 20, 3}, {4096, 2}, {65536, 8}, {509, 2}})
    expect_same_as_plain(path, kPart, bytes, n);
  const Streamed over = stream_part(path, kPart, true);
  EXPECT_EQ(over.inflated_total, plain.inflated_total);  // the archive-wide count is the same
  // a small part: threaded only with buffers smaller than it
  expect_same_as_plain(fixture("xlsx/basic.xlsx"), "xl/sharedStrings.xml", 64, 2);
  expect_same_as_plain(fixture("xlsx/basic.xlsx"), "xl/sharedStrings.xml", 1 << 20, 3);
}

TEST_F(ZipArchiveOverlapped, AZipBombFailsOnTheInflatingThreadWithTheSameError) {
  // bomb.xlsx: 8 MiB of spaces, ratio > 1000; the cap trips after the first MiB, mid-part
  const Streamed plain = stream_part(fixture("xlsx/bad/bomb.xlsx"), kPart, false);
  ASSERT_TRUE(plain.failed);
  EXPECT_EQ(plain.code, ReadErrorCode::LimitExceeded);
  EXPECT_NE(plain.detail.find("ratio"), std::string::npos) << plain.detail;
  EXPECT_GT(plain.bytes.size(), 0u);
  for (size_t bytes : {size_t{1} << 20, size_t{4096}, size_t{3} << 20})
    expect_same_as_plain(fixture("xlsx/bad/bomb.xlsx"), kPart, bytes, 3);
  // the size caps too
  ReadLimits small = ReadLimits::defaults();
  small.max_part_bytes = 100000;
  ZipArchive z(big_xlsx(), small);
  size_t seen = 0;
  try {
    z.stream_overlapped(kPart, [&](const char*, size_t n) { seen += n; }, 4096, 2);
    FAIL() << "no error";
  } catch (const ReadError& e) {
    EXPECT_EQ(e.code(), ReadErrorCode::LimitExceeded);
  }
  EXPECT_LE(seen, 100000u);  // nothing past the cap reached the sink
}

TEST_F(ZipArchiveOverlapped, ACorruptDeflateStreamMidPartFailsWithTheSameError) {
  BigPart b = locate(big_xlsx());
  ASSERT_GT(b.size, 4096u);
  for (size_t i = b.data + b.size / 2; i < b.data + b.size / 2 + 64; ++i) b.bytes[i] = static_cast<char>(~b.bytes[i]);
  const std::string path = write("corrupt_deflate.xlsx", b.bytes);
  const Streamed plain = stream_part(path, kPart, false);
  ASSERT_TRUE(plain.failed);
  EXPECT_EQ(plain.code, ReadErrorCode::CorruptZip);
  EXPECT_EQ(plain.detail, kPart);
  EXPECT_GT(plain.bytes.size(), size_t{1} << 20);  // the damage is in the middle of the part
  for (auto [bytes, n] : {std::pair<size_t, size_t>{1 << 20, 3}, {4096, 2}, {100000, 4}})
    expect_same_as_plain(path, kPart, bytes, n);
}

TEST_F(ZipArchiveOverlapped, AWrongChecksumFailsAtTheEndWithTheSameError) {
  BigPart b = locate(big_xlsx());
  b.bytes[b.central + 16] = static_cast<char>(~b.bytes[b.central + 16]);  // CRC-32 in the directory
  const std::string path = write("bad_crc.xlsx", b.bytes);
  const Streamed plain = stream_part(path, kPart, false);
  ASSERT_TRUE(plain.failed);
  EXPECT_EQ(plain.code, ReadErrorCode::CorruptZip);
  expect_same_as_plain(path, kPart, 1 << 20, 3);
  expect_same_as_plain(path, kPart, 4096, 2);
}

TEST_F(ZipArchiveOverlapped, ASinkThatThrowsStopsTheInflaterAndTheArchiveStillReads) {
  const std::string path = big_xlsx();
  ZipArchive z(path, ReadLimits::defaults());
  for (size_t buffers : {size_t{2}, size_t{3}}) {
    size_t calls = 0;
    EXPECT_THROW(z.stream_overlapped(kPart,
                                     [&](const char*, size_t) {
                                       if (++calls == 3) throw std::runtime_error("sink gave up");
                                     },
                                     4096, buffers),
                 std::runtime_error);
    EXPECT_EQ(calls, 3u);
  }
  // the same archive streams the part again, completely (the xlsx reader's fallback does this)
  std::string again;
  z.stream_overlapped(kPart, [&](const char* d, size_t n) { again.append(d, n); });
  EXPECT_EQ(again, stream_part(path, kPart, false).bytes);
  // a missing part is reported on the caller's thread before any thread starts
  EXPECT_THROW(z.stream_overlapped("xl/worksheets/sheet9.xml", [](const char*, size_t) {}), ReadError);
}

}  // namespace
}  // namespace sakip
