// Catch2 main for the seamless test suite.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
