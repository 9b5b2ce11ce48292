# Tests of `seamless replay`, end to end through the binary: bad rows, totals, the interpreter
# and the JIT giving identical output, per-case visit counts against the model, and the
# differential test against one-visit's counterexamples. Included from tests/CMakeLists.txt.
target_sources(seamless_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/replay_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/csv_reader_test.cpp)
add_dependencies(seamless_tests one-visit)
if(TARGET jit)
  add_dependencies(seamless_tests jit)
  target_compile_definitions(seamless_tests PRIVATE SEAMLESS_HAVE_JIT=1)
endif()
