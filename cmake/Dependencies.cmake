# Third-party libraries, all from Debian packages (scripts/install-deps.sh installs them).
# LLVM and Z3 are looked up only by the targets that use them (plugins/jit, core/smt), so the
# base libraries and the CLI never link them.
find_package(tinyxml2 REQUIRED CONFIG)
find_package(nlohmann_json 3.10 REQUIRED CONFIG)
find_package(CLI11 REQUIRED CONFIG)
find_package(tomlplusplus REQUIRED CONFIG)
# xxHash: the state hash of core/explore.
find_package(PkgConfig REQUIRED)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)

# Adds a plugin module: a shared library loaded with dlopen, placed where the host looks for it.
function(seamless_add_plugin name)
  add_library(${name} MODULE ${ARGN})
  target_link_libraries(${name} PRIVATE seamless_plugin_api)
  set_target_properties(${name} PROPERTIES
    PREFIX "" OUTPUT_NAME "seamless-${name}"
    LIBRARY_OUTPUT_DIRECTORY "${SEAMLESS_PLUGIN_OUTPUT_DIR}"
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON
    INSTALL_RPATH "$ORIGIN/../..")
  install(TARGETS ${name} LIBRARY DESTINATION "${SEAMLESS_PLUGIN_SUBDIR}")
endfunction()
