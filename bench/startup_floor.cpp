// The floor for any C++ command-line tool on this machine: a program that links libstdc++ and
// writes one line with iostream. bench/run.py times it beside `seamless inspect`.
#include <iostream>

int main() {
  std::cout << "seamless startup floor\n";
  return 0;
}
