# Tests of the feel plugin: the FEEL parser (trees, spans, errors, robustness) and the plugin
# module (loading, registration). Included from tests/CMakeLists.txt.
if(TARGET seamless_feel_parser)
  include("${CMAKE_CURRENT_SOURCE_DIR}/support/guard_language_tests.cmake")
  seamless_guard_language_tests(feel
    plugins/feel/feel_trees_test.cpp
    plugins/feel/feel_spans_test.cpp
    plugins/feel/feel_errors_test.cpp
    plugins/feel/feel_plugin_test.cpp
    plugins/feel/feel_fuzz_test.cpp)
endif()
