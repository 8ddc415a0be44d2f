// libFuzzer target for the pattern language: any bytes as a pattern, parsed and, when it
// parses, run against the sample's graph (tests/golden/geneva-2022.jsonl). Errors must be
// messages, answers must have as many cells per row as columns.
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "core/query.h"
#include "export/apoc.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace demarche;
  static const KnowledgeGraph* graph = [] {
    std::ifstream in(std::string(DEMARCHE_SOURCE_DIR) + "/tests/golden/geneva-2022.jsonl");
    std::stringstream ss;
    ss << in.rdbuf();
    auto g = ReadApocJsonLines(ss.str(), "golden");
    FUZZ_CHECK(g.ok(), "cannot read the golden graph");
    return new KnowledgeGraph(std::move(*g));
  }();
  static const QueryEngine engine(*graph);
  auto p = ParsePattern(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!p) {
    FUZZ_CHECK(p.error().message.rfind("column ", 0) == 0 || p.error().message.rfind("the pattern", 0) == 0,
               "a pattern error without a position");
    return 0;
  }
  // Smaller limits than the CLI's: a legitimate 70,000-row answer takes ~1 s in a release
  // build but over libFuzzer's 10 s under the sanitizers; the limit logic is what is tested.
  auto a = engine.Run(*p, QueryEngine::Limits{.max_rows = 5000, .max_steps = 2000000});
  if (!a) return 0;
  for (const Row& r : a->rows) FUZZ_CHECK(r.cells.size() == a->columns.size(), "row width != columns");
  return 0;
}
