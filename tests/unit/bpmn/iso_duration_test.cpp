// Tests of ISO 8601 duration parsing for reform:duration and reform:timeLimit.
#include <catch2/catch.hpp>

#include "../../../core/bpmn/iso_duration.hpp"

using seamless::bpmn::parse_iso_duration;

TEST_CASE("ISO 8601 durations", "[bpmn][duration]") {
  CHECK(parse_iso_duration("PT0S")->seconds == 0);
  CHECK(parse_iso_duration("PT2H")->seconds == 7200);
  CHECK(parse_iso_duration("P3D")->seconds == 3 * 86400);
  CHECK(parse_iso_duration("P1DT2H30M")->seconds == 86400 + 2 * 3600 + 30 * 60);
  CHECK(parse_iso_duration("P1W")->seconds == 7 * 86400);
  CHECK(parse_iso_duration("PT0.5S")->seconds == 0);
  CHECK(parse_iso_duration("PT1.5M")->seconds == 90);
  CHECK(parse_iso_duration("P1Y")->seconds == 365 * 86400);
  CHECK(parse_iso_duration("P2D")->text == "P2D");
}

TEST_CASE("malformed durations are refused", "[bpmn][duration]") {
  for (auto bad : {"", "P", "PT", "2D", "P2", "PD", "P1H", "PT1D", "P1D1Y", "P1.5DT2H", "PT-1S",
                   "P99999999999999999999D", "p1d"})
    CHECK_FALSE(parse_iso_duration(bad));
}
