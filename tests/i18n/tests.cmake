# Tests of `--lang en|zh`: every message of every check, loader and parser in Chinese, the
# configuration and baseline messages, the audit reports, the option itself, Chinese golden
# outputs, and the translation helpers. Included from tests/CMakeLists.txt; adds its sources to
# seamless_tests.
target_sources(seamless_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/text_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/chinese_messages_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/chinese_config_messages_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lang_option_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/chinese_report_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/golden_zh_test.cpp)
add_dependencies(seamless_tests one-visit dept-cycle responsibility document-flow time-limit feel
  juel)
