// Tests of core/diag: formatting and deterministic order.
#include <catch2/catch.hpp>

#include "seamless/diag/diagnostics.hpp"

using namespace seamless::diag;

TEST_CASE("diagnostics format like gcc", "[diag]") {
  CHECK(format({Severity::error, "a.bpmn", 3, 7, "bad"}) == "a.bpmn:3:7: error: bad");
  CHECK(format({Severity::warning, "a.bpmn", 3, 0, "w"}) == "a.bpmn:3: warning: w");
  CHECK(format({Severity::note, "a.bpmn", 0, 0, "n"}) == "a.bpmn: note: n");
}

TEST_CASE("diagnostics count errors and sort by file, line, column", "[diag]") {
  Diagnostics d;
  d.warning("b.bpmn", 1, 1, "w");
  d.error("a.bpmn", 9, 2, "e2");
  d.error("a.bpmn", 9, 1, "e1");
  CHECK(d.error_count() == 2);
  d.sort();
  REQUIRE(d.all().size() == 3);
  CHECK(d.all()[0].message == "e1");
  CHECK(d.all()[1].message == "e2");
  CHECK(d.all()[2].file == "b.bpmn");
  Diagnostics other;
  other.error("c.bpmn", 1, 1, "x");
  d.merge(other);
  CHECK(d.error_count() == 3);
}
