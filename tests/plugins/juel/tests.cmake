# Tests of the juel plugin: the JUEL parser (trees, spans, errors, robustness) and the plugin
# module (loading, registration). Included from tests/CMakeLists.txt.
if(TARGET seamless_juel_parser)
  include("${CMAKE_CURRENT_SOURCE_DIR}/support/guard_language_tests.cmake")
  seamless_guard_language_tests(juel
    plugins/juel/juel_trees_test.cpp
    plugins/juel/juel_spans_test.cpp
    plugins/juel/juel_errors_test.cpp
    plugins/juel/juel_plugin_test.cpp
    plugins/juel/juel_fuzz_test.cpp)
endif()
