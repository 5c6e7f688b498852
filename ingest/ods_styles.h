// ODF styles as far as the cell model needs them: the data styles (number:number-style,
// percentage-, currency-, date-, time-, boolean-, text-style) turned into Excel-style format
// codes ("#,##0.00", "0.00%", "dd/mm/yyyy"), the cell styles that point at them
// (style:data-style-name, with parent styles), and table styles that hide a sheet
// (table:display="false"). Fed with SAX events from styles.xml and from content.xml's
// office:automatic-styles.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/xml_sax.h"

namespace sakip {

class OdsStyles {
 public:
  // SAX events (local names). Call for every element; the collector keeps its own state and
  // ignores what it does not need.
  void start(std::string_view name, XmlAttrs attrs);
  void end(std::string_view name);
  void text(std::string_view data);

  // The format code of a cell style (following parents); "" = General / none.
  std::string format_code(std::string_view cell_style) const;
  // The format code of a data style by its name; "" when unknown.
  std::string data_style_code(std::string_view data_style) const;
  // False when a table style says table:display="false".
  bool table_visible(std::string_view table_style) const;

 private:
  struct DataStyle {
    std::string code;           // this style's own section
    std::string map_target;     // the first style:map's apply-style-name (positive section)
  };
  struct CellStyle {
    std::string data_style;
    std::string parent;
  };

  // while inside a data style
  bool in_data_ = false;
  std::string data_kind_;       // "number-style", "percentage-style", ...
  std::string data_name_;
  DataStyle cur_;
  bool in_text_ = false;        // inside <number:text> or <number:currency-symbol>
  bool in_symbol_ = false;
  std::string literal_;
  // while inside a style:style
  std::string style_name_;
  std::string style_family_;

  std::unordered_map<std::string, DataStyle> data_;
  std::unordered_map<std::string, CellStyle> cells_;
  std::unordered_map<std::string, bool> table_display_;
};

}  // namespace sakip
