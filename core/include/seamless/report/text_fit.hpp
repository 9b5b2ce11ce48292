// Fitting names into boxes for the diagrams: estimated text widths (CJK characters one em wide,
// Latin letters about half), line wrapping that breaks between Chinese characters and at spaces
// (keeping punctuation with its neighbour, and starting a Latin gloss that follows Chinese on a
// new line when the name does not fit on one), and shrinking the font until the lines fit.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace seamless::report {

// Estimated width of `text` (UTF-8) at `font_size` in a sans-serif CJK font.
double text_width(std::string_view text, double font_size);

// Lines of at most `max_width` (a single unbreakable piece wider than that is cut by character).
std::vector<std::string> wrap_text(std::string_view text, double max_width, double font_size);

struct FittedText {
  double font_size = 0;
  std::vector<std::string> lines;
  bool truncated = false;  // the last line ends with "…": the whole text did not fit
};
inline constexpr double line_height_factor = 1.2;

// The largest font size from `max_font` down to `min_font` (in steps of 1) at which the wrapped
// text fits into width × height; at `min_font` the lines that fit, the last one cut with "…".
FittedText fit_text(std::string_view text, double width, double height, double max_font,
                    double min_font);

}  // namespace seamless::report
