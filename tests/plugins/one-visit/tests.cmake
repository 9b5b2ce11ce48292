# Tests of the one-visit plugin, end to end through the binary: the samples of
# bpmn-samples/one-visit (verdicts, visit counts, golden output) and the reform-case library's
# intended visit counts. Included from tests/CMakeLists.txt.
target_sources(seamless_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/one_visit_samples_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/one_visit_models_test.cpp)
add_dependencies(seamless_tests one-visit)
