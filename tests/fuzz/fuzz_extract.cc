// libFuzzer target: any bytes as an article. Refused text must be refused cleanly; accepted
// text must give a graph whose exports read back to the same bytes (APOC and JSON-LD) and
// whose evidence lies inside the text.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/document.h"
#include "export/apoc.h"
#include "export/dot.h"
#include "export/jsonld.h"
#include "extract/extractor.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace demarche;
  static const Resources& res = fuzz::LoadResourcesOrDie();
  static const Extractor extractor(res);
  auto text = CheckText(std::string(reinterpret_cast<const char*>(data), size), "fuzz", 1 << 20);
  if (!text) return 0;
  Document doc{.id = "fuzz", .date = "2022-01-09", .title = "", .source = "fuzz", .text = std::move(*text)};
  KnowledgeGraph g = extractor.Extract(doc);
  for (auto v : g.SortedVertices()) {
    for (const Evidence& e : g.node(v).evidence) {
      FUZZ_CHECK(e.end <= doc.text.size() && e.begin <= e.end, "evidence outside the text");
      FUZZ_CHECK(doc.text.compare(e.sentence_begin, e.quote.size(), e.quote) == 0, "quote is not the text");
    }
  }
  std::string lines = WriteApocJsonLines(g);
  auto back = ReadApocJsonLines(lines, "fuzz.jsonl");
  FUZZ_CHECK(back.ok(), back ? "" : back.error().message.c_str());
  FUZZ_CHECK(WriteApocJsonLines(*back) == lines, "APOC round trip changed the graph");
  std::string jsonld = WriteJsonLd(g);
  auto back_ld = ReadJsonLd(jsonld, "fuzz.jsonld");
  FUZZ_CHECK(back_ld.ok(), back_ld ? "" : back_ld.error().message.c_str());
  FUZZ_CHECK(WriteJsonLd(*back_ld) == jsonld, "JSON-LD round trip changed the graph");
  FUZZ_CHECK(!WriteDot(g).empty(), "no DOT");
  return 0;
}
