# Tests of the audit reports and annotated copies: unit tests (text fitting, escaping, diagrams,
# annotation) and end-to-end tests of `seamless report` in seamless_tests; the HTML report opened
# in headless Chromium; annotated copies loaded by bpmn-moddle. Included from tests/CMakeLists.txt.
target_sources(seamless_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/text_fit_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/markup_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/diagram_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/annotate_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/report_command_test.cpp)
# The diagram tests parse the SVG with tinyxml2.
target_link_libraries(seamless_tests PRIVATE tinyxml2::tinyxml2)

# The HTML report of models/ in headless Chromium (Debian chromium and fonts-noto-cjk).
find_program(SEAMLESS_PYTHON python3)
if(SEAMLESS_PYTHON)
  add_test(NAME report.browser
    COMMAND ${SEAMLESS_PYTHON} "${CMAKE_CURRENT_LIST_DIR}/browser_test.py" $<TARGET_FILE:seamless>
            "${PROJECT_SOURCE_DIR}" "${CMAKE_BINARY_DIR}/report-browser")
  set_tests_properties(report.browser PROPERTIES TIMEOUT 300)
else()
  message(SEND_ERROR "python3 is needed for the report's browser test "
                     "(scripts/install-deps.sh installs it)")
endif()

# Annotated copies of models/ loaded by the pinned bpmn-moddle of tests/corpus (installed by the
# corpus cross-check's fixture when the corpus is there, else by its own step).
find_program(SEAMLESS_NODE node)
find_program(SEAMLESS_NPM npm)
if(SEAMLESS_NODE AND SEAMLESS_NPM)
  if(NOT TEST corpus.moddle-install)
    add_test(NAME report.moddle-install
      COMMAND ${SEAMLESS_NPM} ci --no-audit --no-fund --loglevel=error
      WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}/tests/corpus")
    set_tests_properties(report.moddle-install PROPERTIES FIXTURES_SETUP moddle TIMEOUT 600)
  endif()
  add_test(NAME report.annotate-moddle
    COMMAND bash "${CMAKE_CURRENT_LIST_DIR}/annotate_moddle.sh" $<TARGET_FILE:seamless>
            ${SEAMLESS_NODE} "${PROJECT_SOURCE_DIR}" "${PROJECT_SOURCE_DIR}/tests/corpus"
            "${CMAKE_BINARY_DIR}/report-annotate")
  set_tests_properties(report.annotate-moddle PROPERTIES FIXTURES_REQUIRED moddle TIMEOUT 300)
else()
  message(SEND_ERROR "node and npm are needed for the annotated-copy check "
                     "(scripts/install-deps.sh installs them)")
endif()
