# Tests of `--lang en|zh`: every message of every check, loader and parser in Chinese, the
# configuration and baseline messages, the audit reports, SARIF and JUnit in Chinese, the option
# itself, Chinese golden outputs, and the translation helpers. Included from tests/CMakeLists.txt;
# adds its sources to seamless_tests.
target_sources(seamless_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/text_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/chinese_messages_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/chinese_config_messages_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lang_option_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/chinese_report_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/golden_zh_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ci_outputs_zh_test.cpp)
add_dependencies(seamless_tests one-visit dept-cycle responsibility document-flow time-limit feel
  juel)

# SARIF and JUnit with --lang zh, validated with the pinned ajv of tests/sarif (installed by the
# fixture `ajv`) and xmllint: the tests tagged [ci-zh], left out of the discovered tests and run
# as one test after the fixture.
find_program(SEAMLESS_NODE node)
find_program(SEAMLESS_XMLLINT xmllint)
set_property(SOURCE ${CMAKE_CURRENT_LIST_DIR}/ci_outputs_zh_test.cpp APPEND PROPERTY
  COMPILE_DEFINITIONS SEAMLESS_NODE_PROGRAM="${SEAMLESS_NODE}"
  SEAMLESS_XMLLINT_PROGRAM="${SEAMLESS_XMLLINT}")
add_test(NAME i18n.ci-outputs-zh COMMAND seamless_tests "[ci-zh]" --warn NoTests)
set_tests_properties(i18n.ci-outputs-zh PROPERTIES FIXTURES_REQUIRED ajv TIMEOUT 300)
