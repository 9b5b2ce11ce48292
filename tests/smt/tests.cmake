# Tests of core/smt (the Z3 lowering and gateway queries) and of the smt plugin's case solver:
# included from tests/CMakeLists.txt when the library exists.
if(TARGET seamless_smt)
  add_executable(seamless_smt_tests
    ${CMAKE_CURRENT_SOURCE_DIR}/main.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/smt/operations_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/smt/domains_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/smt/gateway_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/smt/timeout_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/smt/watchdog_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/smt/differential_test.cpp)
  # core/smt's own headers too (the watchdog is internal to the library).
  target_include_directories(seamless_smt_tests PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}"
    "${PROJECT_SOURCE_DIR}/core/smt")
  target_link_libraries(seamless_smt_tests PRIVATE seamless_smt seamless_test_support
    Catch2::Catch2)
  # The smt plugin's case solver, loaded as a module (plugins/smt).
  if(TARGET smt)
    target_sources(seamless_smt_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/smt/cells_test.cpp)
    add_dependencies(seamless_smt_tests smt)
    target_compile_definitions(seamless_smt_tests PRIVATE
      SEAMLESS_SMT_PLUGIN="$<TARGET_FILE:smt>")
  endif()
  catch_discover_tests(seamless_smt_tests PROPERTIES TIMEOUT 300)
endif()
