// The CFB container reader on the LibreOffice-written fixture and on damaged copies of it.
#include "ingest/ole_container.h"

#include <gtest/gtest.h>

#include <fstream>

#include "ingest/read_error.h"
#include "tests/support/paths.h"

namespace sakip {
namespace {

std::string fixture_bytes() {
  std::ifstream in(test::fixture("crossformat/source.xls"), std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

uint32_t get32(const std::string& b, size_t off) {
  uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[off + i]);
  return v;
}
void put32(std::string& b, size_t off, uint32_t v) {
  for (int i = 0; i < 4; ++i) b[off + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}

ReadErrorCode code_of(const std::string& bytes, const char* stream) {
  try {
    OleContainer ole(bytes);
    ole.stream(stream);
  } catch (const ReadError& e) {
    return e.code();
  }
  return ReadErrorCode::NotFound;  // "no error" for these tests
}

TEST(OleContainer, ReadsTheWorkbookStream) {
  const std::string bytes = fixture_bytes();
  OleContainer ole(bytes);
  const auto wb = ole.stream("Workbook");
  ASSERT_TRUE(wb);
  ASSERT_GE(wb->size(), 4u);
  // every BIFF8 Workbook stream starts with a BOF record (0x0809)
  EXPECT_EQ(static_cast<unsigned char>((*wb)[0]), 0x09);
  EXPECT_EQ(static_cast<unsigned char>((*wb)[1]), 0x08);
  EXPECT_TRUE(ole.stream("workbook"));  // names compare case-insensitively
  EXPECT_FALSE(ole.stream("NoSuchStream"));
  EXPECT_EQ(ole.entries()[0].type, 5);  // root
}

// The fixture's Workbook stream (3,754 bytes) lives in the mini stream: below the 4,096-byte
// cutoff. So both chains are there to break: the mini FAT chain of the Workbook stream and the
// FAT chain of the mini stream itself (held by the root entry).
TEST(OleContainer, ChainCyclesAreDetected) {
  const std::string good = fixture_bytes();
  OleContainer ole(good);
  uint32_t start = 0;
  for (const auto& e : ole.entries())
    if (e.name == "Workbook") start = e.start;
  ASSERT_LT(ole.stream("Workbook")->size(), 4096u);
  ASSERT_GT(ole.entries()[0].size, 512u) << "the mini stream must span several sectors";
  {
    std::string bytes = good;  // Workbook's first mini FAT entry points at itself
    const uint32_t mini_fat_sector = get32(bytes, 0x3C);
    put32(bytes, (mini_fat_sector + 1) * 512 + 4 * start, start);
    EXPECT_EQ(code_of(bytes, "Workbook"), ReadErrorCode::CorruptXls);
  }
  {
    std::string bytes = good;  // the mini stream's first FAT entry points at itself
    const uint32_t root_start = ole.entries()[0].start;
    const uint32_t first_fat_sector = get32(bytes, 0x4C);
    put32(bytes, (first_fat_sector + 1) * 512 + 4 * root_start, root_start);
    EXPECT_EQ(code_of(bytes, "Workbook"), ReadErrorCode::CorruptXls);
  }
}

TEST(OleContainer, LiesAndTruncations) {
  const std::string good = fixture_bytes();
  {
    std::string b = good;
    put32(b, 0x2C, 0x7FFFFFFF);  // more FAT sectors than the file could hold
    EXPECT_EQ(code_of(b, "Workbook"), ReadErrorCode::CorruptXls);
  }
  {
    std::string b = good;
    b[0x1E] = 13;  // sector shift 13: not 512 or 4096
    EXPECT_EQ(code_of(b, "Workbook"), ReadErrorCode::CorruptXls);
  }
  {
    std::string b = good;
    put32(b, 0x30, 0xFFFFFF00u);  // directory starts at an impossible sector
    EXPECT_EQ(code_of(b, "Workbook"), ReadErrorCode::CorruptXls);
  }
  EXPECT_EQ(code_of(good.substr(0, 300), "Workbook"), ReadErrorCode::CorruptXls);
  EXPECT_EQ(code_of(std::string(1024, '\0'), "Workbook"), ReadErrorCode::CorruptXls);
  for (size_t cut = 512; cut < good.size(); cut += 509) {
    // no crash, no hang; either an error or a stream
    try {
      OleContainer ole(std::string_view(good).substr(0, cut));
      ole.stream("Workbook");
    } catch (const ReadError& e) {
      EXPECT_EQ(e.code(), ReadErrorCode::CorruptXls);
    }
  }
}

}  // namespace
}  // namespace sakip
