// Tests of core/bpmn source decoding: encodings, invalid UTF-8, line index.
#include <catch2/catch.hpp>

#include "seamless/bpmn/source_text.hpp"

using seamless::bpmn::SourceText;
using seamless::diag::Diagnostics;

TEST_CASE("ISO-8859-1 is transcoded to UTF-8", "[bpmn][encoding]") {
  SourceText text;
  Diagnostics d;
  REQUIRE(
      text.decode("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<a n=\"Pr\xfc"
                  "fung\"/>",
                  "f", d));
  CHECK(text.line(2) ==
        "<a n=\"Pr\xc3\xbc"
        "fung\"/>");
  CHECK(d.empty());
}

TEST_CASE("windows-1252 maps its own characters, keeps valid UTF-8", "[bpmn][encoding]") {
  SourceText text;
  Diagnostics d;
  REQUIRE(text.decode("<?xml version=\"1.0\" encoding=\"windows-1252\"?><a n=\"\x80\"/>", "f", d));
  CHECK(text.text().find("\xe2\x82\xac") != std::string::npos);  // euro sign
  SourceText utf8;
  REQUIRE(utf8.decode("<?xml version=\"1.0\" encoding=\"windows-1252\"?><a n=\"\xe2\x82\xac\"/>",
                      "f", d));
  CHECK(utf8.text().find("\xe2\x82\xac") != std::string::npos);
}

TEST_CASE("invalid UTF-8 is replaced and reported once with its line", "[bpmn][encoding]") {
  SourceText text;
  Diagnostics d;
  REQUIRE(text.decode("<a>\n<b n=\"\xff\xfe\"/></a>", "f.bpmn", d));
  CHECK(text.line(2) == "<b n=\"\xef\xbf\xbd\xef\xbf\xbd\"/></a>");
  REQUIRE(d.all().size() == 1);
  CHECK(d.all()[0].line == 2);
  CHECK(d.all()[0].severity == seamless::diag::Severity::warning);
}

TEST_CASE("Chinese text passes unchanged", "[bpmn][encoding]") {
  SourceText text;
  Diagnostics d;
  const std::string xml = "<a name=\"市场监管局 Market Supervision Bureau\"/>";
  REQUIRE(text.decode(xml, "f", d));
  CHECK(text.text() == xml);
  CHECK(seamless::bpmn::count_characters("市场a") == 3);
}

TEST_CASE("unknown encodings are refused", "[bpmn][encoding]") {
  SourceText text;
  Diagnostics d;
  CHECK_FALSE(text.decode("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>", "f", d));
  CHECK(d.has_errors());
}
