// libFuzzer target for the graph readers: any bytes as APOC JSON lines (first byte even) or
// as JSON-LD (odd). What a reader accepts must write back to text that reads back to the
// same graph: read(write(g)) == g, checked on the written bytes.
#include <cstdint>
#include <string>

#include "export/apoc.h"
#include "export/jsonld.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace demarche;
  if (size == 0) return 0;
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] % 2 == 0) {
    auto g = ReadApocJsonLines(text, "fuzz.jsonl");
    if (!g) return 0;
    std::string once = WriteApocJsonLines(*g);
    auto again = ReadApocJsonLines(once, "written.jsonl");
    FUZZ_CHECK(again.ok(), again ? "" : again.error().message.c_str());
    FUZZ_CHECK(WriteApocJsonLines(*again) == once, "APOC: write(read(write(g))) != write(g)");
    std::string ld = WriteJsonLd(*g);
    auto as_ld = ReadJsonLd(ld, "written.jsonld");
    FUZZ_CHECK(as_ld.ok(), as_ld ? "" : as_ld.error().message.c_str());
    FUZZ_CHECK(WriteApocJsonLines(*as_ld) == once, "APOC -> JSON-LD -> APOC changed the graph");
  } else {
    auto g = ReadJsonLd(text, "fuzz.jsonld");
    if (!g) return 0;
    std::string once = WriteJsonLd(*g);
    auto again = ReadJsonLd(once, "written.jsonld");
    FUZZ_CHECK(again.ok(), again ? "" : again.error().message.c_str());
    FUZZ_CHECK(WriteJsonLd(*again) == once, "JSON-LD: write(read(write(g))) != write(g)");
  }
  return 0;
}
