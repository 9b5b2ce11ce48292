# Test support: the test executable of a guard-language plugin, seamless_<language>_tests, from
# the given sources (relative to tests/). It links the plugin's parser library
# (seamless_<language>_parser), includes tests/ (for support/*.hpp) and knows the plugin module's
# path as SEAMLESS_<LANGUAGE>_PLUGIN. Included by tests/plugins/<language>/tests.cmake.
include_guard(GLOBAL)

function(seamless_guard_language_tests language)
  set(target seamless_${language}_tests)
  string(TOUPPER "${language}" upper)
  add_executable(${target} ${CMAKE_CURRENT_SOURCE_DIR}/main.cpp ${ARGN})
  target_include_directories(${target} PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}")
  target_link_libraries(${target} PRIVATE seamless_${language}_parser seamless_core Catch2::Catch2)
  add_dependencies(${target} ${language})
  target_compile_definitions(${target} PRIVATE
    SEAMLESS_${upper}_PLUGIN="$<TARGET_FILE:${language}>")
  catch_discover_tests(${target} PROPERTIES TIMEOUT 60)
endfunction()
