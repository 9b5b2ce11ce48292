# Tests of the juel plugin: the JUEL parser (trees, spans, errors, robustness) and the plugin
# module (loading, registration). Included from tests/CMakeLists.txt.
if(TARGET seamless_juel_parser)
  add_executable(seamless_juel_tests
    ${CMAKE_CURRENT_SOURCE_DIR}/main.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/plugins/juel/juel_trees_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/plugins/juel/juel_spans_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/plugins/juel/juel_errors_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/plugins/juel/juel_plugin_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/plugins/juel/juel_fuzz_test.cpp)
  target_include_directories(seamless_juel_tests PRIVATE
    "${CMAKE_CURRENT_SOURCE_DIR}/plugins/juel")
  target_link_libraries(seamless_juel_tests PRIVATE seamless_juel_parser seamless_core
    Catch2::Catch2)
  add_dependencies(seamless_juel_tests juel)
  target_compile_definitions(seamless_juel_tests PRIVATE
    SEAMLESS_JUEL_PLUGIN="$<TARGET_FILE:juel>")
  catch_discover_tests(seamless_juel_tests PROPERTIES TIMEOUT 60)
endif()
