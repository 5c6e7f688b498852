// ZipArchive: part lookup as OPC wants it, streaming, and the errors users see for broken
// containers and zip bombs.
#include "ingest/zip_archive.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "ingest/read_error.h"
#include "tests/support/paths.h"

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

}  // namespace
}  // namespace sakip
