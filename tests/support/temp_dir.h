// A test fixture with a fresh temporary folder per test, removed afterwards, and a helper that
// writes a file into it (the readers' tests make their odd inputs on the fly).
#pragma once
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace sakip::test {

class TempDirTest : public ::testing::Test {
 protected:
  std::filesystem::path dir_ = std::filesystem::temp_directory_path() /
                               ("sakip_test_" + std::to_string(::getpid()));
  void SetUp() override { std::filesystem::create_directories(dir_); }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  // Writes `content` byte for byte to <dir>/<name> and returns the path.
  std::string write(const std::string& name, const std::string& content) {
    const auto p = dir_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
};

}  // namespace sakip::test
