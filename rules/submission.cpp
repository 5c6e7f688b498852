#include "rules/submission.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <thread>

#include "ingest/reader.h"
#include "rules/messages.h"

namespace sakip {

std::string InputFile::error_text(Lang lang) const {
  if (!unreadable) return {};
  return read_error_text(ReadError(error_code, error_detail), lang);
}

bool Submission::any_unreadable() const {
  for (const auto& f : files)
    if (f.unreadable) return true;
  return false;
}

std::vector<FileTables> Submission::file_tables() const {
  std::vector<FileTables> out;
  for (size_t i = 0; i < files.size(); ++i) {
    FileTables ft;
    ft.file = files[i].path;
    ft.file_index = i;
    ft.format = files[i].format;
    ft.tables = &files[i].tables;
    out.push_back(std::move(ft));
  }
  return out;
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& args) {
  namespace fs = std::filesystem;
  static const char* exts[] = {".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt", ".htm", ".html"};
  std::vector<std::string> out;
  for (const auto& a : args) {
    std::error_code ec;
    if (fs::is_directory(a, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(a, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (!it->is_regular_file(ec) || name.rfind("~$", 0) == 0) continue;
        std::string ext = it->path().extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
        for (const char* e : exts)
          if (ext == e) {
            found.push_back(it->path().string());
            break;
          }
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(a);  // a file, or something missing: the reader says why
    }
  }
  return out;
}

namespace {

void load_one(InputFile& f) {
  try {
    auto wb = std::make_unique<Workbook>(read_workbook(f.path));
    f.format = wb->format;
    f.tables = recognize_tables(*wb);
    f.workbook = std::move(wb);
  } catch (const ReadError& e) {
    try {
      f.format = sniff_format(f.path);
    } catch (const ReadError&) {
      f.format = FileFormat::Unknown;
    }
    f.unreadable = true;
    f.error_code = e.code();
    f.error_detail = e.detail();
  } catch (const std::bad_alloc&) {
    f.unreadable = true;
    f.error_code = ReadErrorCode::LimitExceeded;
    f.error_detail = "out of memory";
    f.workbook.reset();
    f.tables.clear();
  }
}

}  // namespace

Submission load_submission(const std::vector<std::string>& paths, unsigned jobs,
                           const std::function<void(size_t, size_t)>& progress) {
  Submission s;
  s.files.resize(paths.size());
  for (size_t i = 0; i < paths.size(); ++i) s.files[i].path = paths[i];
  if (jobs == 0) jobs = 1;
  jobs = std::min<unsigned>(jobs, static_cast<unsigned>(std::max<size_t>(paths.size(), 1)));
  std::atomic<size_t> next{0};
  size_t done = 0;
  std::mutex mu;
  auto worker = [&] {
    for (;;) {
      const size_t i = next.fetch_add(1);
      if (i >= s.files.size()) return;
      load_one(s.files[i]);
      std::lock_guard<std::mutex> lock(mu);
      ++done;
      if (progress) progress(done, s.files.size());
    }
  };
  if (jobs <= 1) {
    worker();
  } else {
    std::vector<std::thread> threads;
    for (unsigned j = 0; j < jobs; ++j) threads.emplace_back(worker);
    for (auto& t : threads) t.join();
  }
  return s;
}

void diagnostics_findings(const Submission& s, const RuleFilter& filter, std::vector<Finding>& out) {
  Emitter em(filter, out);
  const auto fts = s.file_tables();
  for (size_t i = 0; i < s.files.size(); ++i) {
    const auto& f = s.files[i];
    if (!f.workbook) continue;
    for (const auto& d : f.workbook->diagnostics) {
      const std::string rule = "read." + d.code;
      Finding* fd = em.emit_file(rule, Severity::Warning, fts[i], d.sheet, d.cell);
      if (!fd) continue;
      for (uint32_t si = 0; si < f.workbook->sheets.size(); ++si)
        if (f.workbook->sheets[si].name == d.sheet) fd->sheet_index = si;
      set_message(*fd, msg::read_diagnostic(d.code, d.detail));
    }
  }
}

}  // namespace sakip
