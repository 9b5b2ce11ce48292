# Tests of the configuration (seamless.toml): parsing, validation against the checks' declared
# options, path patterns, the catalogue reader, and end to end through the binary (discovery,
# --config, severities, overrides, plugins named by name, the catalogue). Included from
# tests/CMakeLists.txt.
target_sources(seamless_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/path_glob_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/catalogue_reader_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/configuration_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/configuration_cli_test.cpp)

# A test plugin in a folder of its own (the host loads every module of a SEAMLESS_PLUGIN_PATH
# folder): announces its registration on stderr, and has a check that echoes its options.
add_library(test_plugin_canary MODULE ${CMAKE_CURRENT_LIST_DIR}/../plugins/canary.cpp)
target_link_libraries(test_plugin_canary PRIVATE seamless_plugin_api)
set_target_properties(test_plugin_canary PROPERTIES PREFIX "" OUTPUT_NAME "seamless-test-canary"
  LIBRARY_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/test-plugins/canary")
add_dependencies(seamless_tests test_plugin_canary one-visit responsibility document-flow)
target_compile_definitions(seamless_tests PRIVATE
  SEAMLESS_TEST_PLUGIN_CANARY="$<TARGET_FILE:test_plugin_canary>")
