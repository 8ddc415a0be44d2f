// demarche/tests/extract/test_resources.h: the project's data, loaded once for a test binary.
#ifndef DEMARCHE_TESTS_EXTRACT_TEST_RESOURCES_H_
#define DEMARCHE_TESTS_EXTRACT_TEST_RESOURCES_H_

#include <cstdlib>
#include <iostream>

#include "extract/resources.h"

namespace demarche {

// Resources from DEMARCHE_DATA_DIR; aborts the test binary with the loader's message if the
// data does not load (every test here needs it).
inline const Resources& TestResources() {
  static const Resources* res = [] {
    auto r = Resources::Load(DEMARCHE_DATA_DIR);
    if (!r) {
      std::cerr << "cannot load test data: " << r.error().message << "\n";
      std::abort();
    }
    return new Resources(std::move(*r));
  }();
  return *res;
}

}  // namespace demarche

#endif  // DEMARCHE_TESTS_EXTRACT_TEST_RESOURCES_H_
