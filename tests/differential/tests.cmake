# The three backends side by side: the reference interpreter, the JIT plugin and Z3 must give
# the same value for every random guard and case. Built when both the JIT plugin and core/smt are.
if(TARGET jit AND TARGET seamless_smt)
  add_executable(seamless_differential_tests
    ${CMAKE_CURRENT_SOURCE_DIR}/main.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/differential/backends_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/differential/shrink_test.cpp)
  target_include_directories(seamless_differential_tests PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}")
  target_link_libraries(seamless_differential_tests PRIVATE seamless_smt seamless_test_support
    Catch2::Catch2)
  add_dependencies(seamless_differential_tests jit)
  target_compile_definitions(seamless_differential_tests PRIVATE
    SEAMLESS_JIT_PLUGIN="$<TARGET_FILE:jit>")
  catch_discover_tests(seamless_differential_tests PROPERTIES TIMEOUT 600)
endif()
