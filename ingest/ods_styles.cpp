#include "ingest/ods_styles.h"

namespace sakip {

namespace {

bool is_data_style(std::string_view n) {
  return n == "number-style" || n == "percentage-style" || n == "currency-style" ||
         n == "date-style" || n == "time-style" || n == "boolean-style" || n == "text-style";
}

std::string_view attr(XmlAttrs a, std::string_view local) {
  const char* v = a.get(local);
  return v ? std::string_view(v) : std::string_view();
}

int attr_int(XmlAttrs a, std::string_view local, int fallback) {
  const std::string_view v = attr(a, local);
  if (v.empty() || v.size() > 3) return fallback;
  int n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') return fallback;
    n = n * 10 + (c - '0');
  }
  return n;
}

bool is_long(XmlAttrs a) { return attr(a, "style") == "long"; }

void append_decimals(std::string& code, int decimals, int min_decimals) {
  if (decimals <= 0) return;
  if (min_decimals < 0 || min_decimals > decimals) min_decimals = decimals;
  code.push_back('.');
  code.append(static_cast<size_t>(min_decimals), '0');
  code.append(static_cast<size_t>(decimals - min_decimals), '#');
}

}  // namespace

void OdsStyles::start(std::string_view name, XmlAttrs a) {
  if (!in_data_) {
    if (is_data_style(name)) {
      const std::string_view n = attr(a, "name");
      if (n.empty()) return;
      in_data_ = true;
      data_kind_ = std::string(name);
      data_name_ = std::string(n);
      cur_ = DataStyle{};
      return;
    }
    if (name == "style") {
      style_name_ = std::string(attr(a, "name"));
      style_family_ = std::string(attr(a, "family"));
      if (style_family_ == "table-cell" && !style_name_.empty()) {
        CellStyle cs;
        cs.data_style = std::string(attr(a, "data-style-name"));
        cs.parent = std::string(attr(a, "parent-style-name"));
        cells_[style_name_] = std::move(cs);
      }
      return;
    }
    if (name == "table-properties" && style_family_ == "table" && !style_name_.empty()) {
      table_display_[style_name_] = attr(a, "display") != "false";
    }
    return;
  }
  // inside a data style
  std::string& code = cur_.code;
  if (name == "number") {
    const int decimals = attr_int(a, "decimal-places", -1);
    const int min_int = attr_int(a, "min-integer-digits", 1);
    const bool grouping = attr(a, "grouping") == "true";
    if (decimals < 0 && data_kind_ == "number-style") {
      code += "General";
      return;
    }
    code += grouping ? (min_int == 0 ? "#,###" : "#,##0") : (min_int == 0 ? "#" : "0");
    append_decimals(code, decimals, attr_int(a, "min-decimal-places", decimals));
  } else if (name == "scientific-number") {
    code += "0";
    append_decimals(code, attr_int(a, "decimal-places", 2), -1);
    code += "E+00";
  } else if (name == "fraction") {
    code += "# ?/?";
  } else if (name == "text" || name == "currency-symbol") {
    in_text_ = name == "text";
    in_symbol_ = name == "currency-symbol";
    literal_.clear();
  } else if (name == "text-content") {
    code += "@";
  } else if (name == "day") {
    code += is_long(a) ? "dd" : "d";
  } else if (name == "month") {
    if (attr(a, "textual") == "true") code += is_long(a) ? "mmmm" : "mmm";
    else code += is_long(a) ? "mm" : "m";
  } else if (name == "year") {
    code += is_long(a) ? "yyyy" : "yy";
  } else if (name == "day-of-week") {
    code += is_long(a) ? "dddd" : "ddd";
  } else if (name == "hours") {
    code += is_long(a) ? "hh" : "h";
  } else if (name == "minutes") {
    code += is_long(a) ? "mm" : "m";
  } else if (name == "seconds") {
    code += is_long(a) ? "ss" : "s";
    const int d = attr_int(a, "decimal-places", 0);
    if (d > 0) code += "." + std::string(static_cast<size_t>(d), '0');
  } else if (name == "am-pm") {
    code += "AM/PM";
  } else if (name == "map") {
    const std::string_view t = attr(a, "apply-style-name");
    if (!t.empty() && cur_.map_target.empty()) cur_.map_target = std::string(t);
  }
}

void OdsStyles::end(std::string_view name) {
  if (!in_data_) {
    if (name == "style") {
      style_name_.clear();
      style_family_.clear();
    }
    return;
  }
  if (name == data_kind_) {
    if (data_kind_ == "boolean-style") cur_.code = "BOOLEAN";
    data_[data_name_] = std::move(cur_);
    in_data_ = false;
    return;
  }
  if ((name == "text" && in_text_) || (name == "currency-symbol" && in_symbol_)) {
    std::string& code = cur_.code;
    if (in_symbol_) {
      if (!literal_.empty()) code += "[$" + literal_ + "]";
    } else if (data_kind_ == "percentage-style" && literal_ == "%") {
      code += "%";
    } else if (!literal_.empty()) {
      bool plain = data_kind_ == "date-style" || data_kind_ == "time-style";
      for (char c : literal_)
        if (c != '/' && c != '-' && c != '.' && c != ':' && c != ',' && c != ' ') plain = false;
      if (plain) {
        code += literal_;
      } else {
        code += '"';
        for (char c : literal_)
          if (c != '"') code.push_back(c);
        code += '"';
      }
    }
    in_text_ = in_symbol_ = false;
    literal_.clear();
  }
}

void OdsStyles::text(std::string_view data) {
  if (in_data_ && (in_text_ || in_symbol_) && literal_.size() < 256) literal_.append(data);
}

std::string OdsStyles::data_style_code(std::string_view data_style) const {
  auto it = data_.find(std::string(data_style));
  if (it == data_.end()) return {};
  std::string code;
  if (!it->second.map_target.empty()) {
    // style:map names the section for positive values: it comes first, as in Excel codes
    auto t = data_.find(it->second.map_target);
    if (t != data_.end() && !t->second.code.empty()) code = t->second.code + ";";
  }
  code += it->second.code;
  if (code == "General") return {};
  return code;
}

std::string OdsStyles::format_code(std::string_view cell_style) const {
  std::string name(cell_style);
  for (int depth = 0; depth < 16 && !name.empty(); ++depth) {
    auto it = cells_.find(name);
    if (it == cells_.end()) return {};
    if (!it->second.data_style.empty()) return data_style_code(it->second.data_style);
    name = it->second.parent;
  }
  return {};
}

bool OdsStyles::table_visible(std::string_view table_style) const {
  auto it = table_display_.find(std::string(table_style));
  return it == table_display_.end() || it->second;
}

}  // namespace sakip
