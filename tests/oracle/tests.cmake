# The Maude oracle (tests/oracle/README.md): every data-free model of bpmn-samples, of the
# corpus (bpmn-for-research, miwg) and of the random model generator is exported as a
# Maude rewrite theory, and Maude's answers must equal those of the explorer's full
# exploration. Included from tests/CMakeLists.txt; needs Maude (scripts/install-deps.sh).
find_program(SEAMLESS_MAUDE_EXECUTABLE maude)
if(NOT SEAMLESS_MAUDE_EXECUTABLE)
  message(WARNING "maude not found: the oracle tests will fail (scripts/install-deps.sh "
                  "installs the Debian package maude)")
endif()

add_executable(seamless_oracle_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/main.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/oracle/maude_export.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/oracle/maude_run.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/oracle/maude_oracle_test.cpp)
target_include_directories(seamless_oracle_tests PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}")
target_link_libraries(seamless_oracle_tests PRIVATE seamless_core seamless_test_support
  Catch2::Catch2)
target_compile_definitions(seamless_oracle_tests PRIVATE
  SEAMLESS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  SEAMLESS_CORPUS_DIR="${SEAMLESS_CORPUS_DIR}"
  SEAMLESS_MAUDE="${SEAMLESS_MAUDE_EXECUTABLE}")

# The corpus case only when the corpus is there (as for the other corpus tests).
if(EXISTS "${SEAMLESS_CORPUS_DIR}/bpmn-for-research" AND EXISTS "${SEAMLESS_CORPUS_DIR}/miwg")
  catch_discover_tests(seamless_oracle_tests PROPERTIES TIMEOUT 900)
else()
  catch_discover_tests(seamless_oracle_tests TEST_SPEC "~[oracle-corpus]"
    PROPERTIES TIMEOUT 900)
endif()
