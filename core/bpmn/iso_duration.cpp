// ISO 8601 duration parsing (see iso_duration.hpp). Years count 365 days, months 30 days,
// weeks 7 days; fractions are allowed on the last component only, and rounded down to seconds.
#include "iso_duration.hpp"

#include <cstdint>
#include <limits>

namespace seamless::bpmn {

std::optional<model::Duration> parse_iso_duration(std::string_view text) {
  constexpr std::int64_t day = 86400;
  if (text.size() < 3 || text[0] != 'P') return std::nullopt;
  std::int64_t total = 0;
  bool in_time = false, any = false, fraction_seen = false;
  std::string_view units = "YMWD";  // allowed designators, in order, before T
  std::size_t i = 1;
  while (i < text.size()) {
    if (text[i] == 'T') {
      if (in_time) return std::nullopt;
      in_time = true;
      units = "HMS";
      ++i;
      if (i == text.size()) return std::nullopt;  // "PT" alone
      continue;
    }
    if (fraction_seen) return std::nullopt;
    std::int64_t whole = 0;
    std::size_t digits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      if (whole > (std::numeric_limits<std::int64_t>::max() - 9) / 10) return std::nullopt;
      whole = whole * 10 + (text[i] - '0');
      ++i;
      ++digits;
    }
    double fraction = 0;
    if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
      ++i;
      double scale = 0.1;
      std::size_t fraction_digits = 0;
      while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        fraction += (text[i] - '0') * scale;
        scale /= 10;
        ++i;
        ++fraction_digits;
      }
      if (fraction_digits == 0) return std::nullopt;
      fraction_seen = true;
    }
    if (digits == 0 || i == text.size()) return std::nullopt;
    const char unit = text[i++];
    const auto at = units.find(unit);
    if (at == std::string_view::npos) return std::nullopt;
    units = units.substr(at + 1);  // designators must appear in order, each once
    std::int64_t scale = 1;
    if (!in_time) {
      scale = unit == 'Y' ? 365 * day : unit == 'M' ? 30 * day : unit == 'W' ? 7 * day : day;
    } else {
      scale = unit == 'H' ? 3600 : unit == 'M' ? 60 : 1;
    }
    if (whole > std::numeric_limits<std::int64_t>::max() / scale / 2) return std::nullopt;
    const std::int64_t part =
        whole * scale + static_cast<std::int64_t>(fraction * static_cast<double>(scale));
    if (__builtin_add_overflow(total, part, &total)) return std::nullopt;
    any = true;
  }
  if (!any) return std::nullopt;
  return model::Duration{std::string(text), total};
}

}  // namespace seamless::bpmn
