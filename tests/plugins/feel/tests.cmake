# Tests of the feel plugin: the FEEL parser (trees, spans, errors, robustness) and the plugin
# module (loading, registration). Included from tests/CMakeLists.txt.
if(TARGET seamless_feel_parser)
  add_executable(seamless_feel_tests
    ${CMAKE_CURRENT_SOURCE_DIR}/main.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/plugins/feel/feel_trees_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/plugins/feel/feel_spans_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/plugins/feel/feel_errors_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/plugins/feel/feel_plugin_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/plugins/feel/feel_fuzz_test.cpp)
  target_include_directories(seamless_feel_tests PRIVATE
    "${CMAKE_CURRENT_SOURCE_DIR}/plugins/feel")
  target_link_libraries(seamless_feel_tests PRIVATE seamless_feel_parser seamless_core
    Catch2::Catch2)
  add_dependencies(seamless_feel_tests feel)
  target_compile_definitions(seamless_feel_tests PRIVATE
    SEAMLESS_FEEL_PLUGIN="$<TARGET_FILE:feel>")
  catch_discover_tests(seamless_feel_tests PROPERTIES TIMEOUT 60)
endif()
