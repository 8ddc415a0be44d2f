// Shared by the libFuzzer targets: an invariant check that aborts (a finding) with a reason,
// and the project's data loaded once.
#ifndef DEMARCHE_TESTS_FUZZ_FUZZ_UTIL_H_
#define DEMARCHE_TESTS_FUZZ_FUZZ_UTIL_H_

#include <cstdio>
#include <cstdlib>

#include "extract/resources.h"

#define FUZZ_CHECK(cond, why)                                                       \
  do {                                                                              \
    if (!(cond)) {                                                                  \
      std::fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", why, __FILE__, __LINE__); \
      std::abort();                                                                 \
    }                                                                               \
  } while (0)

namespace demarche::fuzz {

inline const Resources& LoadResourcesOrDie() {
  static const Resources* res = [] {
    auto r = Resources::Load(DEMARCHE_DATA_DIR);
    if (!r) {
      std::fprintf(stderr, "%s\n", r.error().message.c_str());
      std::abort();
    }
    return new Resources(std::move(*r));
  }();
  return *res;
}

}  // namespace demarche::fuzz

#endif  // DEMARCHE_TESTS_FUZZ_FUZZ_UTIL_H_
