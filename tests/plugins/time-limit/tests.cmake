# Tests of the time-limit plugin, end to end through the binary: the samples of
# bpmn-samples/time-limit (verdicts, figures and golden output), the reform-case library's
# figures, and limits, unsafe models and models without a time limit. Included from
# tests/CMakeLists.txt.
target_sources(seamless_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/time_limit_samples_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/time_limit_models_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/time_limit_cases_test.cpp)
add_dependencies(seamless_tests time-limit)
