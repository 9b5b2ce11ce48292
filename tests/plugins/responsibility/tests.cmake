# Tests of the responsibility plugin, end to end through the binary: the samples of
# bpmn-samples/responsibility (verdicts and golden output), the reform-case library,
# counterexamples, limits and unusable guards, and matters against a catalogue. Included from
# tests/CMakeLists.txt.
target_sources(seamless_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/responsibility_samples_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/responsibility_models_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/responsibility_cases_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/responsibility_catalogue_test.cpp)
add_dependencies(seamless_tests responsibility)
