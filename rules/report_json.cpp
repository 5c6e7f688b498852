// The JSON report: tool, version, inputs, findings, summary (report-contract.md). Written by
// hand so that expected/actual are exact decimal literals, never binary floats.
#include <cstdio>

#include "rules/report.h"

namespace sakip {

std::string json_number(const Decimal& d) { return d.normalized().to_string(); }

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string negative_formula_text(const Config& cfg) {
  return cfg.negative_formula == NegativeFormula::TwoTMinusR ? "(2T - R) / T x 100" : "T / R x 100";
}

namespace {

std::string value_json(const ReportValue& v) {
  switch (v.kind) {
    case ReportValue::Kind::Number: return json_number(v.number);
    case ReportValue::Kind::Text: return json_string(v.text);
    case ReportValue::Kind::None: return "null";
  }
  return "null";
}

}  // namespace

std::string report_json(const Submission& s, const std::vector<Finding>& findings, const Config& cfg, Lang lang) {
  std::string o;
  o.reserve(1024 + findings.size() * 400);
  o += "{\n  \"tool\": \"sakipcheck\",\n  \"version\": " + json_string(SAKIP_VERSION) + ",\n";
  o += "  \"language\": " + json_string(lang == Lang::Id ? "id" : "en") + ",\n";
  o += "  \"settings\": {\"negative_capaian_formula\": " + json_string(negative_formula_text(cfg)) +
       ", \"money_tolerance\": " + json_number(cfg.money_tolerance) + "},\n";
  o += "  \"inputs\": [";
  for (size_t i = 0; i < s.files.size(); ++i) {
    const InputFile& f = s.files[i];
    o += i ? ",\n    " : "\n    ";
    o += "{\"file\": " + json_string(f.path) + ", \"format\": " + json_string(to_string(f.format)) +
         ", \"sheets\": " + std::to_string(f.workbook ? f.workbook->sheets.size() : 0) +
         ", \"tables\": " + std::to_string(f.tables.size()) +
         ", \"error\": " + (f.unreadable ? json_string(f.error_text(lang)) : std::string("null")) + "}";
  }
  o += s.files.empty() ? "],\n" : "\n  ],\n";
  o += "  \"findings\": [";
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    o += i ? ",\n    " : "\n    ";
    o += "{\"rule\": " + json_string(f.rule) + ", \"severity\": " + json_string(to_string(f.severity)) +
         ", \"file\": " + json_string(f.file) + ", \"sheet\": " + json_string(f.sheet) +
         ", \"cell\": " + json_string(f.cell) + ", \"related\": [";
    for (size_t k = 0; k < f.related.size(); ++k) o += (k ? ", " : "") + json_string(f.related[k]);
    o += "], \"table\": " + json_string(f.table) + ", \"expected\": " + value_json(f.expected) +
         ", \"actual\": " + value_json(f.actual) + ", \"message\": " + json_string(f.message(lang)) + "}";
  }
  o += findings.empty() ? "],\n" : "\n  ],\n";
  const Summary sm = summarize(findings);
  o += "  \"summary\": {\"errors\": " + std::to_string(sm.errors) + ", \"warnings\": " + std::to_string(sm.warnings) +
       ", \"infos\": " + std::to_string(sm.infos) + "}\n}\n";
  return o;
}

}  // namespace sakip
