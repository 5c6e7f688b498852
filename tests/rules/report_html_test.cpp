// The HTML report rendered by a real browser (headless Chromium): the page loads without the
// network, the flagged cell carries the highlight class of its severity and its message, and
// the findings list and filters are there. Skipped (loudly) only when Chromium is absent.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/rules/lampiran_fixture.h"
#include "tests/support/paths.h"

namespace sakip::test {
namespace {

namespace fs = std::filesystem;

std::string chromium() {
  for (const char* c : {"chromium", "chromium-browser", "google-chrome"}) {
    std::string out;
    if (run(std::string("command -v ") + c + " 2>/dev/null", &out) == 0 && !out.empty()) return c;
  }
  return {};
}

TEST(ReportHtml, FlaggedCellsAreHighlightedInABrowser) {
  const fs::path dir = fs::temp_directory_path() / ("sakip_html_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string xlsx = (dir / "lampiran.xlsx").string();
  const std::string html = (dir / "laporan.html").string();
  write_realisasi_xlsx(xlsx, true);
  ASSERT_EQ(run(sakipcheck_binary() + " check " + xlsx + " --html " + html + " >/dev/null 2>&1"), 1);
  std::ifstream in(html);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string page = ss.str();
  // Self-contained: no external resources.
  EXPECT_EQ(page.find("src=\"http"), std::string::npos);
  EXPECT_EQ(page.find("href=\"http"), std::string::npos);
  EXPECT_NE(page.find("87,72"), std::string::npos);

  const std::string browser = chromium();
  if (browser.empty()) {
    std::fprintf(stderr,
                 "\n**********************************************************************\n"
                 "*** SKIPPED: chromium is not installed; the HTML report was NOT     ***\n"
                 "*** rendered. Install it with tools/setup.sh test (CI does).        ***\n"
                 "**********************************************************************\n\n");
    GTEST_SKIP() << "chromium not installed";
  }
  const std::string profile = (dir / "profile").string();
  std::string dom;
  const int rc = run("timeout 90 " + browser +
                         " --headless --no-sandbox --disable-gpu --disable-background-networking "
                         "--disable-component-update --disable-sync --no-first-run --user-data-dir=" +
                         profile + " --dump-dom file://" + html + " 2>/dev/null",
                     &dom);
  ASSERT_EQ(rc, 0);
  // The flagged % serapan cell (E6) is highlighted as an error and carries its message.
  const size_t at = dom.find("id=\"c0-0-E6\"");
  ASSERT_NE(at, std::string::npos) << dom.substr(0, 2000);
  const size_t open = dom.rfind("<td", at);
  const std::string td = dom.substr(open, dom.find('>', at) - open);
  EXPECT_NE(td.find("flag error"), std::string::npos) << td;
  EXPECT_NE(td.find("96,03"), std::string::npos) << td;
  // Its finding is listed and the filters are present.
  EXPECT_NE(dom.find("data-rule=\"pct.serapan\""), std::string::npos);
  EXPECT_NE(dom.find("data-sev=\"error\""), std::string::npos);
  // Cells that were not flagged are not highlighted.
  EXPECT_EQ(dom.find("id=\"c0-0-E7\""), std::string::npos);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace sakip::test
