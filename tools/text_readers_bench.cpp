// CSV and HTML reader throughput (issue 3) on generated DPA-like files (200,000 rows x 7
// columns: code, uraian with commas in quotes, four amounts, a rincian text), against a
// reference measured in the same run: reading the same file into memory and counting its
// line breaks with memchr (the I/O + one pass floor). bytes/s = file bytes per second.
//   build-csvhtml/text_readers_bench --benchmark_min_time=2
#include <benchmark/benchmark.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "ingest/reader.h"

namespace {

const std::filesystem::path& dir() {
  static const std::filesystem::path d = [] {
    auto p = std::filesystem::temp_directory_path() / "sakip_text_bench";
    std::filesystem::create_directories(p);
    return p;
  }();
  return d;
}

std::string money(std::mt19937_64& rng) {
  return std::to_string(rng() % 10000000000ULL) + "." + std::to_string(10 + rng() % 90);
}

const std::string& csv_path() {
  static const std::string path = [] {
    const auto p = (dir() / "dpa.csv").string();
    std::mt19937_64 rng(7);
    std::ofstream out(p, std::ios::binary);
    out << "No. Rekening;Uraian;Sebelum;Sesudah;Angka;Prosentase;Keterangan\n";
    for (int i = 0; i < 200000; ++i) {
      out << "1.20 . 1.20.03 . " << (i % 50) << ".01 . 5.2.2." << (i % 30) << " ;\"Belanja Barang, Jasa "
          << i << "\";" << money(rng) << ';' << money(rng) << ';' << money(rng) << ';' << (rng() % 100)
          << ".00;\"3 unit x 237.800.000,00 = 713.400.000,00\"\n";
    }
    return p;
  }();
  return path;
}

const std::string& html_path() {
  static const std::string path = [] {
    const auto p = (dir() / "dpa.html").string();
    std::mt19937_64 rng(7);
    std::ofstream out(p, std::ios::binary);
    out << "<html><body><table>\n<tr><th>No. Rekening</th><th>Uraian</th><th>Sebelum</th><th>Sesudah</th>"
           "<th>Angka</th><th>Prosentase</th><th>Keterangan</th></tr>\n";
    for (int i = 0; i < 200000; ++i) {
      const std::string a = money(rng), b = money(rng);
      out << "<tr><td>1.20 . 1.20.03 . " << (i % 50) << ".01 . 5.2.2." << (i % 30) << "</td><td>Belanja Barang, Jasa "
          << i << "</td><td sdval=\"" << a << "\" sdnum=\"1033;0;#,##0.00\">" << a << "</td><td sdval=\"" << b
          << "\" sdnum=\"1033;0;#,##0.00\">" << b << "</td><td>" << money(rng) << "</td><td>" << (rng() % 100)
          << "</td><td>3 unit x 237.800.000,00<br>= 713.400.000,00</td></tr>\n";
    }
    out << "</table></body></html>\n";
    return p;
  }();
  return path;
}

void reference_scan(benchmark::State& state, const std::string& path) {
  const auto size = std::filesystem::file_size(path);
  for (auto _ : state) {
    std::ifstream in(path, std::ios::binary);
    std::string data(size, '\0');
    in.read(data.data(), static_cast<std::streamsize>(size));
    size_t lines = 0;
    for (const char* p = data.data(); (p = static_cast<const char*>(std::memchr(p, '\n', data.data() + data.size() - p)));
         ++p)
      ++lines;
    benchmark::DoNotOptimize(lines);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * size));
}

void read_file(benchmark::State& state, const std::string& path) {
  const auto size = std::filesystem::file_size(path);
  size_t cells = 0;
  for (auto _ : state) {
    const sakip::Workbook wb = sakip::read_workbook(path);
    cells = wb.cell_count();
    benchmark::DoNotOptimize(cells);
  }
  state.counters["cells"] = static_cast<double>(cells);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * size));
}

void BM_CsvReference(benchmark::State& s) { reference_scan(s, csv_path()); }
void BM_CsvRead(benchmark::State& s) { read_file(s, csv_path()); }
void BM_HtmlReference(benchmark::State& s) { reference_scan(s, html_path()); }
void BM_HtmlRead(benchmark::State& s) { read_file(s, html_path()); }

BENCHMARK(BM_CsvReference)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CsvRead)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HtmlReference)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HtmlRead)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
