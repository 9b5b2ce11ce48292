// Tests of escaping for the report formats (seamless/report/markup.hpp).
#include <catch2/catch.hpp>

#include "seamless/report/markup.hpp"

using namespace seamless::report;

TEST_CASE("XML escaping covers markup characters and replaces what XML forbids", "[report-text]") {
  CHECK(escape_xml("<script>alert('x') & \"y\"</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
  CHECK(escape_xml("a\x01"
                   "b\tc\n") ==
        "a\xEF\xBF\xBD"
        "b\tc\n");
  CHECK(escape_xml("a\xFF"
                   "b") ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(escape_xml("营业执照") == "营业执照");
}

TEST_CASE("Markdown escaping keeps text literal in paragraphs and table cells", "[report-text]") {
  CHECK(escape_markdown("a|b") == "a\\|b");
  CHECK(escape_markdown("*x* _y_ [l](u) <b>") == "\\*x\\* \\_y\\_ \\[l\\](u) \\<b\\>");
  CHECK(escape_markdown("# title") == "\\# title");
  CHECK(escape_markdown("- item") == "\\- item");
  CHECK(escape_markdown("1. first") == "1\\. first");
  CHECK(escape_markdown("area - 3.5") == "area - 3.5");  // not at a line start: left alone
  CHECK(escape_markdown("two\nlines") == "two lines");
}

TEST_CASE("Markdown code spans survive backticks and pipes", "[report-text]") {
  CHECK(markdown_code("Task_1") == "`Task_1`");
  CHECK(markdown_code("a`b") == "``a`b``");
  CHECK(markdown_code("`x") == "`` `x ``");
  CHECK(markdown_code("a|b") == "`a\\|b`");
}
