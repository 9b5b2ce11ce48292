// Small pieces the SVG renderer is written with: numbers in a fixed short form, the style of a
// marked element, and blocks of wrapped text.
#pragma once

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "seamless/report/svg_diagram.hpp"
#include "seamless/report/text_fit.hpp"

namespace seamless::report::svg {

inline constexpr std::string_view ink = "#22242a";
inline constexpr std::string_view header_fill = "#f3f4f6";
inline constexpr std::string_view font_stack =
    "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Hiragino Sans GB',"
    "'Microsoft YaHei','WenQuanYi Micro Hei',sans-serif";

// A coordinate with at most two decimals and no trailing zeros ("12", "12.5", "-3.25").
std::string num(double value);

enum class Mark { none, path, seam, subject };
struct Style {
  std::string_view stroke = ink;
  std::string_view fill = "#ffffff";
  double width = 1.5;
  std::string_view css_class = "";  // "path", "seam", "subject" or ""
};
Style style_of(Mark mark, double normal_width);
Mark mark_of(const Highlight& highlight, const std::string& id);

enum class Anchor { start, middle };
// Lines of text, the first baseline placed so that the block is centred on `cy` (or starts at
// `top` when `from_top`), each line at `x`.
void write_text_block(std::ostringstream& out, const FittedText& text, double x, double y,
                      Anchor anchor, bool from_top, std::string_view extra_attributes = "");

}  // namespace seamless::report::svg
