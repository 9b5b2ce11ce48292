// Tests of name wrapping and fitting for diagram labels (seamless/report/text_fit.hpp).
#include <catch2/catch.hpp>

#include "seamless/report/text_fit.hpp"

using namespace seamless::report;

TEST_CASE("text widths: CJK characters are one em, Latin letters narrower", "[report-text]") {
  CHECK(text_width("受理", 12) == Approx(24));
  CHECK(text_width("ab", 12) < 24);
  CHECK(text_width("", 12) == 0);
}

TEST_CASE("wrapping breaks between Chinese characters and at spaces", "[report-text]") {
  // Five characters in a line three characters wide.
  const auto lines = wrap_text("受理营业执照", 36.5, 12);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "受理营");
  CHECK(lines[1] == "业执照");
  const auto latin = wrap_text("Accept the licence application", 80, 10);
  REQUIRE(latin.size() >= 3);
  for (const std::string& line : latin) {
    CHECK(line.front() != ' ');
    CHECK(line.back() != ' ');
    CHECK(text_width(line, 10) <= 80);
  }
}

TEST_CASE("closing punctuation stays with the character before it", "[report-text]") {
  // "许可证（须）" three wide: the closing bracket must not start a line.
  for (const double width : {24.5, 36.5, 48.5, 60.5}) {
    for (const std::string& line : wrap_text("核发许可证（须环评批复）", width, 12)) {
      CHECK(line.rfind("）", 0) != 0);
      CHECK(line.rfind("，", 0) != 0);
      CHECK(line.find("（") != line.size() - std::string("（").size());
    }
  }
}

TEST_CASE("a Latin gloss after Chinese starts its own line when the name does not fit",
          "[report-text]") {
  const auto lines = wrap_text("受理 Accept the application", 90, 12);
  REQUIRE(lines.size() >= 2);
  CHECK(lines[0] == "受理");
  CHECK(lines[1].rfind("Accept", 0) == 0);
  // When it fits, it stays on one line.
  CHECK(wrap_text("受理 Accept", 200, 12).size() == 1);
}

TEST_CASE("a word longer than the line is cut", "[report-text]") {
  const auto lines = wrap_text("Supercalifragilisticexpialidocious", 50, 12);
  REQUIRE(lines.size() > 1);
  std::string joined;
  for (const std::string& l : lines) joined += l;
  CHECK(joined == "Supercalifragilisticexpialidocious");
}

TEST_CASE("fitting shrinks the font, then cuts with an ellipsis", "[report-text]") {
  const FittedText roomy = fit_text("受理 Accept", 90, 70, 12, 7);
  CHECK(roomy.font_size == 12);
  CHECK_FALSE(roomy.truncated);
  const std::string name =
      "赴市场监管局申请营业执照 Apply for the business licence at the market-supervision hall";
  const FittedText small = fit_text(name, 90, 68, 12, 7);
  CHECK(small.font_size < 12);
  CHECK(static_cast<double>(small.lines.size()) * small.font_size * line_height_factor <= 68);
  const FittedText tiny = fit_text(name, 40, 20, 12, 7);
  CHECK(tiny.font_size == 7);
  CHECK(tiny.truncated);
  CHECK(tiny.lines.back().find("\xE2\x80\xA6") != std::string::npos);
}

TEST_CASE("invalid UTF-8 is shown as a replacement character, never dropped silently",
          "[report-text]") {
  const auto lines = wrap_text(
      "ab\xFF"
      "cd",
      200, 12);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] ==
        "ab\xEF\xBF\xBD"
        "cd");
}
