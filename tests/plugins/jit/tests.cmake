# Tests of the jit plugin (plugins/jit): every op at its edges and random guards, each compared
# with the reference interpreter. Built only when the plugin is (it needs LLVM).
if(TARGET jit)
  add_executable(seamless_jit_tests
    ${CMAKE_CURRENT_SOURCE_DIR}/main.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/plugins/jit/plugin_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/plugins/jit/arithmetic_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/plugins/jit/logic_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/plugins/jit/differential_test.cpp)
  target_include_directories(seamless_jit_tests PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}")
  target_link_libraries(seamless_jit_tests PRIVATE seamless_core seamless_test_support
    Catch2::Catch2)
  add_dependencies(seamless_jit_tests jit)
  target_compile_definitions(seamless_jit_tests PRIVATE SEAMLESS_JIT_PLUGIN="$<TARGET_FILE:jit>")
  catch_discover_tests(seamless_jit_tests PROPERTIES TIMEOUT 300)
endif()
