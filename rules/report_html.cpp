// The HTML report: one self-contained page (inline CSS and JS, no network). A summary, then
// every table drawn from the workbook's own cells (merges as spans), flagged cells highlighted
// by severity with their messages as tooltips and listed beside the table; filters by
// severity and rule. Large tables are drawn around their flagged rows only.
#include <algorithm>
#include <map>
#include <set>

#include "ingest/value.h"
#include "rules/report.h"
#include "rules/rule.h"

namespace sakip {
namespace {

std::string esc(std::string_view s) {
  std::string o;
  o.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': o += "&amp;"; break;
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '"': o += "&quot;"; break;
      case '\'': o += "&#39;"; break;
      default: o += c;
    }
  }
  return o;
}

std::string display(const Workbook& wb, const Cell& c, Lang lang) {
  const std::string_view raw = wb.raw(c);
  if (c.kind != CellKind::Number) return std::string(raw);
  const NumberFormat& nf = wb.format_of(c);
  if (nf.date) return std::string(raw);
  TextStore text;
  const Value v = value_from_number(raw, nf, text);
  if (!v.number) return std::string(raw);
  std::string s = lang == Lang::Id ? format_id(*v.number, nf.decimals >= 0 ? nf.decimals : -1)
                                   : format_en(*v.number, nf.decimals >= 0 ? nf.decimals : -1);
  if (nf.percent) s += "%";
  return s;
}

const char* sev_class(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
  }
  return "info";
}

const char* kCss = R"(
:root{--err:#c62828;--errbg:#ffcdd2;--warn:#b26a00;--warnbg:#ffe9a8;--info:#1565c0;--infobg:#d6e9ff}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d232a;background:#f4f6f8}
header{background:#1f3a56;color:#fff;padding:16px 28px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;opacity:.85}
main{padding:16px 28px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:4px 0 14px}.card{background:#fff;border-radius:8px;padding:10px 16px;min-width:120px;box-shadow:0 1px 2px #0002}
.card b{display:block;font-size:24px}.card.error b{color:var(--err)}.card.warning b{color:var(--warn)}.card.info b{color:var(--info)}
.filters{background:#fff;border-radius:8px;padding:10px 14px;margin-bottom:14px;box-shadow:0 1px 2px #0002;position:sticky;top:0;z-index:5}
.filters label{margin-right:14px;cursor:pointer}.filters select{margin-left:6px}
table.inputs{border-collapse:collapse;background:#fff;margin-bottom:16px;box-shadow:0 1px 2px #0002}table.inputs td,table.inputs th{padding:4px 10px;border-bottom:1px solid #e3e7eb;text-align:left}
.bad{color:var(--err);font-weight:600}
.overview{background:#fff;border-radius:8px;padding:10px 16px;margin-bottom:14px;box-shadow:0 1px 2px #0002}.overview ul{margin:6px 0 0;padding-left:18px;columns:2}
.overview li{margin:2px 0;break-inside:avoid}.overview a{color:#1f3a56}.overview .meta{color:#5b6773;font-size:12px}
section.file{margin-bottom:26px}section.file>h2{font-size:17px;margin:18px 0 8px;border-bottom:2px solid #1f3a56;padding-bottom:4px}
details.tbl{background:#fff;border-radius:8px;margin:10px 0;box-shadow:0 1px 2px #0002}details.tbl>summary{padding:9px 14px;cursor:pointer;font-weight:600}
details.tbl>summary .meta{font-weight:400;color:#5b6773;margin-left:8px}.count{display:inline-block;border-radius:10px;padding:0 8px;margin-left:6px;font-size:12px;color:#fff}
.count.error{background:var(--err)}.count.warning{background:var(--warn)}.count.info{background:var(--info)}
.body{display:flex;gap:16px;padding:0 14px 14px;align-items:flex-start}.grid{overflow:auto;max-height:640px;flex:1 1 auto;border:1px solid #dde2e7}
table.sheet{border-collapse:collapse;font-size:12.5px}table.sheet td,table.sheet th{border:1px solid #e1e5ea;padding:2px 6px;white-space:nowrap;max-width:240px;overflow:hidden;text-overflow:ellipsis}
table.sheet th{background:#eef1f4;color:#5b6773;font-weight:500;position:sticky;top:0}table.sheet th.rh{position:sticky;left:0;text-align:right}
td.num{text-align:right;font-variant-numeric:tabular-nums}tr.gap td{background:#fafafa;color:#999;text-align:center}
td.flag{cursor:pointer;font-weight:600}td.flag.error{background:var(--errbg);outline:2px solid var(--err);outline-offset:-2px}
td.flag.warning{background:var(--warnbg);outline:2px solid var(--warn);outline-offset:-2px}td.flag.info{background:var(--infobg);outline:1px dashed var(--info);outline-offset:-2px}
td.flag.dim{background:none;outline:none;font-weight:400}td.rel{box-shadow:inset 0 0 0 2px #6a7a8a}td.focus{animation:pulse 1.2s 2}
@keyframes pulse{50%{box-shadow:inset 0 0 0 4px #1f3a56}}
ol.findings{list-style:none;margin:0;padding:0;flex:0 0 420px;max-height:640px;overflow:auto}ol.findings li{border-left:4px solid;padding:6px 10px;margin-bottom:6px;background:#fafbfc;cursor:pointer;border-radius:0 6px 6px 0}
ol.findings li.error{border-color:var(--err)}ol.findings li.warning{border-color:var(--warn)}ol.findings li.info{border-color:var(--info)}
ol.findings li .where{font-weight:600;font-family:ui-monospace,monospace}ol.findings li .rule{color:#5b6773;font-size:12px;margin-left:6px}
ol.findings li .nums{color:#5b6773;font-size:12px}.hidden{display:none!important}
@media (max-width:1100px){.body{flex-direction:column}ol.findings{flex-basis:auto;width:100%}}
)";

const char* kJs = R"(
(function(){
  function apply(){
    var sev={};document.querySelectorAll('.filters input[data-sev]').forEach(function(c){sev[c.dataset.sev]=c.checked});
    var rule=document.getElementById('rule').value;
    var shown={};
    document.querySelectorAll('li[data-f]').forEach(function(li){
      var ok=sev[li.dataset.sev]&&(rule===''||li.dataset.rule===rule);
      li.classList.toggle('hidden',!ok);if(ok)shown[li.dataset.f]=1;});
    document.querySelectorAll('td.flag').forEach(function(td){
      var any=td.dataset.f.split(' ').some(function(f){return shown[f]});td.classList.toggle('dim',!any);});
    document.querySelectorAll('details.tbl').forEach(function(d){
      var lis=d.querySelectorAll('li[data-f]');if(!lis.length)return;
      var vis=[].some.call(lis,function(li){return !li.classList.contains('hidden')});d.classList.toggle('hidden',!vis&&rule!=='');});
  }
  document.querySelectorAll('.filters input,.filters select').forEach(function(e){e.addEventListener('change',apply)});
  document.querySelectorAll('li[data-f]').forEach(function(li){li.addEventListener('click',function(){
    var td=document.getElementById(li.dataset.cell);if(!td)return;td.scrollIntoView({block:'center',inline:'center'});
    td.classList.remove('focus');void td.offsetWidth;td.classList.add('focus');});});
  document.querySelectorAll('.grid').forEach(function(g){var td=g.querySelector('td.flag');
    if(!td)return;if(td.offsetLeft+td.offsetWidth>g.clientWidth)g.scrollLeft=Math.max(0,td.offsetLeft-160);
    if(td.offsetTop+td.offsetHeight>g.clientHeight)g.scrollTop=Math.max(0,td.offsetTop-120);});
  document.querySelectorAll('td.flag').forEach(function(td){td.addEventListener('click',function(){
    var li=document.querySelector('li[data-f="'+td.dataset.f.split(' ')[0]+'"]');if(li)li.scrollIntoView({block:'nearest'});});});
})();
)";

struct Flag {
  Severity worst = Severity::Info;
  std::vector<size_t> findings;
};

constexpr size_t kFullRows = 300;

}  // namespace

std::string report_html(const Submission& s, const std::vector<Finding>& findings, const Config& cfg, Lang lang) {
  const bool id = lang == Lang::Id;
  const Summary sm = summarize(findings);
  std::string o;
  o.reserve(1 << 20);
  o += "<!DOCTYPE html>\n<html lang=\"" + std::string(id ? "id" : "en") +
       "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
       "<title>sakipcheck</title><style>";
  o += kCss;
  o += "</style></head><body>\n<header><h1>sakipcheck " SAKIP_VERSION " — ";
  o += id ? "Laporan pemeriksaan konsistensi" : "Consistency report";
  o += "</h1><p>";
  o += std::to_string(s.files.size()) + (id ? " berkas diperiksa bersama" : " files checked together");
  o += " · " + std::string(id ? "capaian indikator negatif: " : "lower-is-better capaian: ") + esc(negative_formula_text(cfg));
  o += "</p></header>\n<main>\n<div class=\"cards\">";
  o += "<div class=\"card error\"><b>" + std::to_string(sm.errors) + "</b>" + (id ? "galat" : "errors") + "</div>";
  o += "<div class=\"card warning\"><b>" + std::to_string(sm.warnings) + "</b>" + (id ? "peringatan" : "warnings") + "</div>";
  o += "<div class=\"card info\"><b>" + std::to_string(sm.infos) + "</b>info</div></div>\n";
  // Filters.
  std::set<std::string> rules;
  for (const auto& f : findings) rules.insert(f.rule);
  o += "<div class=\"filters\"><label><input type=\"checkbox\" data-sev=\"error\" checked> " +
       std::string(id ? "galat" : "errors") + "</label><label><input type=\"checkbox\" data-sev=\"warning\" checked> " +
       (id ? "peringatan" : "warnings") + "</label><label><input type=\"checkbox\" data-sev=\"info\" checked> info</label>";
  o += "<label>" + std::string(id ? "aturan" : "rule") + "<select id=\"rule\"><option value=\"\">" +
       (id ? "semua" : "all") + "</option>";
  for (const auto& r : rules) o += "<option>" + esc(r) + "</option>";
  o += "</select></label></div>\n";
  // Inputs.
  o += "<table class=\"inputs\"><tr><th>" + std::string(id ? "Berkas" : "File") + "</th><th>Format</th><th>Sheet</th><th>" +
       (id ? "Tabel" : "Tables") + "</th><th>" + (id ? "Keterangan" : "Status") + "</th></tr>";
  for (const auto& f : s.files) {
    o += "<tr><td>" + esc(f.path) + "</td><td>" + esc(std::string(to_string(f.format))) + "</td><td>" +
         std::to_string(f.workbook ? f.workbook->sheets.size() : 0) + "</td><td>" + std::to_string(f.tables.size()) +
         "</td><td>" + (f.unreadable ? "<span class=\"bad\">" + esc(f.error_text(lang)) + "</span>" : "OK") + "</td></tr>";
  }
  o += "</table>\n";
  // Overview: the tables that have findings, linked.
  {
    std::map<std::pair<size_t, int>, size_t[3]> per;
    for (const auto& f : findings)
      if (f.table_index >= 0) ++per[{f.file_index, f.table_index}][static_cast<int>(f.severity)];
    if (!per.empty()) {
      o += "<div class=\"overview\"><b>" + std::string(id ? "Tabel dengan temuan" : "Tables with findings") + "</b><ul>";
      for (const auto& [k, c] : per) {
        const InputFile& file = s.files[k.first];
        const Table& t = file.tables[k.second];
        o += "<li><a href=\"#t" + std::to_string(k.first) + "-" + std::to_string(k.second) + "\">" +
             esc(t.title.empty() ? t.sheet : t.title) + "</a> <span class=\"meta\">" + esc(file.path) + " · " +
             esc(t.sheet) + "</span>";
        for (int sv = 0; sv < 3; ++sv)
          if (c[sv]) o += "<span class=\"count " + std::string(sev_class(static_cast<Severity>(sv))) + "\">" + std::to_string(c[sv]) + "</span>";
        o += "</li>";
      }
      o += "</ul></div>\n";
    }
  }

  auto finding_li = [&](size_t k, const std::string& cell_id) {
    const Finding& f = findings[k];
    std::string li = "<li class=\"" + std::string(sev_class(f.severity)) + "\" data-f=\"f" + std::to_string(k) +
                     "\" data-sev=\"" + sev_class(f.severity) + "\" data-rule=\"" + esc(f.rule) + "\" data-cell=\"" +
                     esc(cell_id) + "\"><span class=\"where\">" + esc(f.cell.empty() ? "-" : f.cell) +
                     "</span><span class=\"rule\">" + esc(f.rule) + "</span><div>" + esc(f.message(lang)) + "</div>";
    if (!f.related.empty()) {
      li += "<div class=\"nums\">" + std::string(id ? "sel terkait: " : "related cells: ");
      for (size_t r = 0; r < f.related.size() && r < 12; ++r) li += (r ? ", " : "") + esc(f.related[r]);
      if (f.related.size() > 12) li += ", …";
      li += "</div>";
    }
    return li + "</li>";
  };

  for (size_t fi = 0; fi < s.files.size(); ++fi) {
    const InputFile& file = s.files[fi];
    o += "<section class=\"file\"><h2>" + esc(file.path) + "</h2>\n";
    if (file.unreadable) {
      o += "<p class=\"bad\">" + esc(file.error_text(lang)) + "</p></section>\n";
      continue;
    }
    // Findings by table; file-level ones apart.
    std::map<int, std::vector<size_t>> by_table;
    for (size_t k = 0; k < findings.size(); ++k)
      if (findings[k].file_index == fi) by_table[findings[k].table_index].push_back(k);
    if (by_table.count(-1)) {
      o += "<details class=\"tbl\" open><summary>" + std::string(id ? "Temuan tentang berkas" : "File findings") +
           "</summary><div class=\"body\"><ol class=\"findings\">";
      for (size_t k : by_table[-1]) o += finding_li(k, "");
      o += "</ol></div></details>\n";
    }
    const Workbook& wb = *file.workbook;
    for (size_t ti = 0; ti < file.tables.size(); ++ti) {
      const Table& t = file.tables[ti];
      const auto it = by_table.find(static_cast<int>(ti));
      const std::vector<size_t> none;
      const std::vector<size_t>& fk = it == by_table.end() ? none : it->second;
      size_t counts[3] = {0, 0, 0};
      std::map<std::pair<uint32_t, uint32_t>, Flag> flags;
      std::set<std::pair<uint32_t, uint32_t>> related;
      for (size_t k : fk) {
        const Finding& f = findings[k];
        ++counts[static_cast<int>(f.severity)];
        Flag& fl = flags[{f.row, f.col}];
        if (fl.findings.empty() || f.severity < fl.worst) fl.worst = f.severity;
        fl.findings.push_back(k);
        for (const auto& r : f.related)
          if (auto a = parse_a1(r)) related.insert({a->row, a->col});
      }
      const Sheet* sh = wb.sheet(t.sheet);
      o += "<details class=\"tbl\" id=\"t" + std::to_string(fi) + "-" + std::to_string(ti) + "\"" +
           std::string(fk.empty() ? "" : " open") + "><summary>" +
           esc(t.title.empty() ? (id ? "(tanpa judul)" : "(untitled)") : t.title) + "<span class=\"meta\">" +
           esc(t.sheet) + " · " + esc(to_a1(t.range)) + " · " + esc(std::string(to_string(t.kind))) + "</span>";
      for (int sv = 0; sv < 3; ++sv)
        if (counts[sv]) o += "<span class=\"count " + std::string(sev_class(static_cast<Severity>(sv))) + "\">" + std::to_string(counts[sv]) + "</span>";
      o += "</summary><div class=\"body\"><div class=\"grid\">";
      if (sh) {
        const uint32_t r0 = t.range.first.row, r1 = t.range.last.row, c0 = t.range.first.col, c1 = t.range.last.col;
        // Which rows to draw: all for small tables; otherwise the header band, the flagged rows ±3.
        std::vector<bool> draw(r1 - r0 + 1, true);
        if (r1 - r0 + 1 > kFullRows) {
          std::fill(draw.begin(), draw.end(), false);
          for (uint32_t r = r0; r <= r1 && r < r0 + 8; ++r) draw[r - r0] = true;
          for (uint32_t h : t.header_rows)
            if (h >= r0 && h <= r1) draw[h - r0] = true;
          for (const auto& [pos, fl] : flags)
            for (int64_t r = int64_t(pos.first) - 3; r <= int64_t(pos.first) + 3; ++r)
              if (r >= r0 && r <= r1) draw[r - r0] = true;
          if (flags.empty())
            for (uint32_t r = r0; r <= r1 && r < r0 + 50; ++r) draw[r - r0] = true;
        }
        // Rows with no cell in the table's columns are folded into the gaps too.
        for (uint32_t r = r0; r <= r1; ++r) {
          if (!draw[r - r0]) continue;
          bool any = false;
          for (uint32_t c = c0; c <= c1 && !any; ++c) any = sh->find(r, c) != nullptr || sh->merge_at(r, c) != nullptr;
          if (!any) draw[r - r0] = false;
        }
        // Cells covered by a merge (not its anchor) are skipped.
        std::set<std::pair<uint32_t, uint32_t>> covered;
        std::map<std::pair<uint32_t, uint32_t>, std::pair<uint32_t, uint32_t>> spans;
        for (const auto& m : sh->merges) {
          const auto& g = m.range;
          if (g.last.row < r0 || g.first.row > r1 || g.last.col < c0 || g.first.col > c1) continue;
          if ((g.last.row - g.first.row + 1) * uint64_t(g.last.col - g.first.col + 1) > 4000) continue;
          spans[{g.first.row, g.first.col}] = {g.last.row - g.first.row + 1, g.last.col - g.first.col + 1};
          for (uint32_t r = g.first.row; r <= g.last.row; ++r)
            for (uint32_t c = g.first.col; c <= g.last.col; ++c)
              if (r != g.first.row || c != g.first.col) covered.insert({r, c});
        }
        o += "<table class=\"sheet\"><tr><th class=\"rh\"></th>";
        for (uint32_t c = c0; c <= c1; ++c) o += "<th>" + column_letters(c) + "</th>";
        o += "</tr>";
        bool gap = false;
        for (uint32_t r = r0; r <= r1; ++r) {
          if (!draw[r - r0]) {
            if (!gap) o += "<tr class=\"gap\"><th class=\"rh\">…</th><td colspan=\"" + std::to_string(c1 - c0 + 1) + "\">…</td></tr>";
            gap = true;
            continue;
          }
          gap = false;
          o += "<tr><th class=\"rh\">" + std::to_string(r + 1) + "</th>";
          for (uint32_t c = c0; c <= c1; ++c) {
            if (covered.count({r, c})) continue;
            std::string cls, attrs, text;
            if (const Cell* cell = sh->find(r, c)) {
              text = display(wb, *cell, lang);
              if (cell->kind == CellKind::Number) cls += " num";
            }
            auto sp = spans.find({r, c});
            if (sp != spans.end()) {
              if (sp->second.first > 1) attrs += " rowspan=\"" + std::to_string(std::min(sp->second.first, r1 - r + 1)) + "\"";
              if (sp->second.second > 1) attrs += " colspan=\"" + std::to_string(std::min(sp->second.second, c1 - c + 1)) + "\"";
            }
            auto fl = flags.find({r, c});
            if (fl != flags.end()) {
              cls += " flag " + std::string(sev_class(fl->second.worst));
              std::string ids, tip;
              for (size_t k : fl->second.findings) {
                ids += (ids.empty() ? "f" : " f") + std::to_string(k);
                tip += (tip.empty() ? "" : "\n") + findings[k].message(lang);
              }
              attrs += " id=\"c" + std::to_string(fi) + "-" + std::to_string(ti) + "-" + to_a1(r, c) + "\" data-f=\"" + ids +
                       "\" title=\"" + esc(tip) + "\"";
            } else if (related.count({r, c})) {
              cls += " rel";
            }
            o += "<td" + (cls.empty() ? std::string() : " class=\"" + cls.substr(1) + "\"") + attrs + ">" + esc(text) + "</td>";
          }
          o += "</tr>";
        }
        o += "</table>";
      }
      o += "</div>";
      if (!fk.empty()) {
        o += "<ol class=\"findings\">";
        for (size_t k : fk) {
          const Finding& f = findings[k];
          o += finding_li(k, "c" + std::to_string(fi) + "-" + std::to_string(ti) + "-" + to_a1(f.row, f.col));
        }
        o += "</ol>";
      }
      o += "</div></details>\n";
    }
    o += "</section>\n";
  }
  o += "</main><script>";
  o += kJs;
  o += "</script></body></html>\n";
  return o;
}

}  // namespace sakip
