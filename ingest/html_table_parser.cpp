#include "ingest/html_table_parser.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <strings.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

#include "ingest/html_table_layout.h"
#include "ingest/text_decode.h"

namespace sakip {

namespace {

struct OpenTable {
  size_t index;  // table number
  HtmlTableLayout layout;
  HtmlTableInfo info;
  bool in_cell = false;
  HtmlCell cell;
  // whitespace state of the open cell
  bool pending_space = false;
  bool pending_newline = false;
};

class Builder {
 public:
  Builder(HtmlParseResult& r, const HtmlParseLimits& l, HtmlTableSink& sink)
      : result_(r), limits_(l), sink_(sink) {}

  void start(const char* name, const xmlChar** attrs) {
    if (skip_ > 0) {
      if (!std::strcmp(name, "table")) {
        ++skip_;
        ++result_.ignored_tables;
      }
      return;
    }
    if (!std::strcmp(name, "table")) {
      if (stack_.size() >= limits_.max_table_depth || result_.tables >= limits_.max_tables) {
        ++result_.ignored_tables;
        skip_ = 1;
        return;
      }
      stack_.push_back(std::make_unique<OpenTable>());
      stack_.back()->index = result_.tables++;
      sink_.table_start(stack_.back()->index);
      return;
    }
    if (stack_.empty()) return;
    OpenTable& t = *stack_.back();
    if (!std::strcmp(name, "tr")) {
      finish_cell(t);
      t.layout.begin_row();
      if (display_none(attrs) && t.layout.rows() > 0) sink_.row_hidden(t.index, t.layout.rows() - 1);
    } else if (!std::strcmp(name, "td") || !std::strcmp(name, "th")) {
      finish_cell(t);
      start_cell(t, attrs);
    } else if (!std::strcmp(name, "br")) {
      if (t.in_cell) newline(t, /*hard=*/true);
    } else if (!std::strcmp(name, "p") || !std::strcmp(name, "div") || !std::strcmp(name, "li")) {
      if (t.in_cell) newline(t, /*hard=*/false);
    }
  }

  void end(const char* name) {
    if (skip_ > 0) {
      if (!std::strcmp(name, "table")) --skip_;
      return;
    }
    if (stack_.empty()) return;
    OpenTable& t = *stack_.back();
    if (!std::strcmp(name, "table")) {
      finish_cell(t);
      t.info.rows = t.layout.rows();
      sink_.table_end(t.index, t.info);
      stack_.pop_back();
    } else if (!std::strcmp(name, "td") || !std::strcmp(name, "th") || !std::strcmp(name, "tr")) {
      finish_cell(t);
    } else if (!std::strcmp(name, "p") || !std::strcmp(name, "div") || !std::strcmp(name, "li")) {
      if (t.in_cell) newline(t, /*hard=*/false);
    }
  }

  void text(const char* s, int len) {
    if (skip_ > 0 || stack_.empty()) return;
    OpenTable& t = *stack_.back();
    if (!t.in_cell) return;
    std::string& out = t.cell.text;
    for (int i = 0; i < len; ++i) {
      const char c = s[i];
      const bool nbsp = static_cast<unsigned char>(c) == 0xC2 && i + 1 < len &&
                        static_cast<unsigned char>(s[i + 1]) == 0xA0;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || nbsp) {
        if (nbsp) ++i;
        t.pending_space = true;
        continue;
      }
      if (!out.empty()) {
        if (t.pending_newline) {
          if (out.back() != '\n') push(t, '\n');
        } else if (t.pending_space && out.back() != '\n') {
          push(t, ' ');
        }
      }
      t.pending_space = false;
      t.pending_newline = false;
      push(t, c);
    }
  }

  void finish() {
    while (!stack_.empty()) end("table");
  }

  bool stop() const { return result_.cells_exceeded; }

 private:
  void push(OpenTable& t, char c) {
    if (t.cell.text.size() >= limits_.max_cell_bytes) {
      t.cell.truncated = true;
      return;
    }
    t.cell.text.push_back(c);
  }

  void newline(OpenTable& t, bool hard) {
    std::string& out = t.cell.text;
    if (hard) {
      // <br> always counts, even repeated or first ("a<br><br>b" keeps its blank line)
      push(t, '\n');
      t.pending_space = false;
      t.pending_newline = false;
      return;
    }
    if (!out.empty()) t.pending_newline = true;
  }

  // style="...display: none..." (case and spaces as CSS allows)
  static bool display_none(const xmlChar** attrs) {
    for (const xmlChar** a = attrs; a && a[0]; a += 2) {
      if (strcasecmp(reinterpret_cast<const char*>(a[0]), "style") != 0 || !a[1]) continue;
      std::string css;
      for (const xmlChar* p = a[1]; *p; ++p)
        if (!std::isspace(*p)) css.push_back(static_cast<char>(std::tolower(*p)));
      if (css.find("display:none") != std::string::npos) return true;
    }
    return false;
  }

  void start_cell(OpenTable& t, const xmlChar** attrs) {
    uint32_t colspan = 1, rowspan = 1;
    HtmlCell cell;
    for (const xmlChar** a = attrs; a && a[0]; a += 2) {
      const char* n = reinterpret_cast<const char*>(a[0]);
      const char* v = reinterpret_cast<const char*>(a[1]);
      if (!strcasecmp(n, "colspan")) colspan = HtmlTableLayout::parse_span(v, 1000);
      else if (!strcasecmp(n, "rowspan")) rowspan = HtmlTableLayout::parse_span(v, 65534);
      else if (!strcasecmp(n, "sdval")) { cell.has_sdval = v != nullptr; if (v) cell.sdval = v; }
      else if (!strcasecmp(n, "sdnum")) { cell.has_sdnum = v != nullptr; if (v) cell.sdnum = v; }
      else if (!strcasecmp(n, "x:num")) { cell.has_xnum = true; if (v) cell.xnum = v; }
      else if (!strcasecmp(n, "x:str")) cell.xstr = true;
    }
    HtmlTableInfo& table = t.info;
    const HtmlTableLayout::Placement p = t.layout.place(colspan, rowspan);
    if (p.clamped) table.spans_clamped = true;
    if (!p.ok) {
      ++table.dropped_cells;
      table.spans_clamped = true;
      // still collect (and discard) the text so it does not leak elsewhere
    }
    cell.row = p.row;
    cell.col = p.col;
    cell.rowspan = p.rowspan;
    cell.colspan = p.colspan;
    t.cell = std::move(cell);
    t.in_cell = true;
    t.pending_space = false;
    t.pending_newline = false;
    if (!p.ok) t.cell.row = UINT32_MAX;
  }

  void finish_cell(OpenTable& t) {
    if (!t.in_cell) return;
    t.in_cell = false;
    std::string& s = t.cell.text;
    if (t.cell.truncated) s.resize(utf8_complete_prefix(s));
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    size_t lead = 0;
    while (lead < s.size() && (s[lead] == '\n' || s[lead] == ' ')) ++lead;
    s.erase(0, lead);
    if (t.cell.row == UINT32_MAX) return;  // outside the grid
    if (s.empty() && !t.cell.has_sdval && !t.cell.has_xnum && t.cell.rowspan == 1 && t.cell.colspan == 1)
      return;  // an empty cell: nothing to keep
    if (++cells_ > limits_.max_cells) {
      result_.cells_exceeded = true;
      return;
    }
    sink_.cell(t.index, t.cell);
  }

  HtmlParseResult& result_;
  const HtmlParseLimits& limits_;
  HtmlTableSink& sink_;
  std::vector<std::unique_ptr<OpenTable>> stack_;
  uint32_t skip_ = 0;  // >0 while inside an ignored table (counts its nesting)
  uint64_t cells_ = 0;
};

void on_start(void* ctx, const xmlChar* name, const xmlChar** attrs) {
  static_cast<Builder*>(ctx)->start(reinterpret_cast<const char*>(name), attrs);
}
void on_end(void* ctx, const xmlChar* name) {
  static_cast<Builder*>(ctx)->end(reinterpret_cast<const char*>(name));
}
void on_text(void* ctx, const xmlChar* ch, int len) {
  static_cast<Builder*>(ctx)->text(reinterpret_cast<const char*>(ch), len);
}
void on_ignore(void*, const xmlChar*, int) {}
void on_message(void*, const char*, ...) {}

struct CtxtFree {
  void operator()(htmlParserCtxtPtr c) const { htmlFreeParserCtxt(c); }
};

}  // namespace

HtmlParseResult parse_html_tables(std::string_view html, const HtmlParseLimits& limits,
                                  HtmlTableSink& sink) {
  HtmlParseResult result;
  Builder builder(result, limits, sink);
  htmlSAXHandler sax;
  std::memset(&sax, 0, sizeof sax);
  sax.startElement = on_start;
  sax.endElement = on_end;
  sax.characters = on_text;
  sax.ignorableWhitespace = on_text;
  sax.cdataBlock = on_ignore;  // <script>, <style>
  sax.warning = on_message;
  sax.error = on_message;
  sax.fatalError = on_message;
  std::unique_ptr<htmlParserCtxt, CtxtFree> ctxt(
      htmlCreatePushParserCtxt(&sax, &builder, nullptr, 0, nullptr, XML_CHAR_ENCODING_UTF8));
  if (!ctxt) return result;
  htmlCtxtUseOptions(ctxt.get(), HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                     HTML_PARSE_NOWARNING |  HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
  constexpr size_t kChunk = 1 << 16;
  size_t pos = 0;
  while (pos < html.size() && !builder.stop()) {
    const size_t n = std::min(kChunk, html.size() - pos);
    htmlParseChunk(ctxt.get(), html.data() + pos, static_cast<int>(n), 0);
    pos += n;
  }
  htmlParseChunk(ctxt.get(), nullptr, 0, 1);
  builder.finish();
  return result;
}

}  // namespace sakip
