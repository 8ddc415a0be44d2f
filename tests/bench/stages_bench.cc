// Google Benchmark for the pipeline stages on the bundled sample article (and, where
// ../shared is present, on the first 500 Reuters articles). Not part of ctest: run
//   build/tests/stages_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
// Throughput is reported as bytes of article text per second.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "core/corpus.h"
#include "export/apoc.h"
#include "export/jsonld.h"
#include "extract/extractor.h"
#include "extract/segmenter.h"

namespace demarche {
namespace {

const Resources& Res() {
  static const Resources* res = [] {
    auto r = Resources::Load(DEMARCHE_DATA_DIR);
    if (!r) std::abort();
    return new Resources(std::move(*r));
  }();
  return *res;
}

const std::vector<Document>& Docs() {
  static const std::vector<Document>* docs = [] {
    auto* out = new std::vector<Document>();
    std::vector<std::string> inputs = {std::string(DEMARCHE_DATA_DIR) + "/samples/geneva-2022.txt"};
    std::string reuters = std::string(DEMARCHE_SOURCE_DIR) + "/../shared/corpus/reuters21578.jsonl";
    if (std::ifstream(reuters)) {
      std::ifstream in(reuters);
      std::ofstream part("/tmp/demarche-bench-500.jsonl");
      std::string line;
      for (int i = 0; i < 500 && std::getline(in, line); ++i) part << line << "\n";
      inputs.push_back("/tmp/demarche-bench-500.jsonl");
    }
    auto reader = CorpusReader::Open(inputs, CorpusOptions{"2022-01-09"});
    while (reader) {
      auto d = reader->Next();
      if (!d || !*d) break;
      out->push_back(std::move(**d));
    }
    return out;
  }();
  return *docs;
}

std::int64_t TextBytes() {
  std::int64_t n = 0;
  for (const auto& d : Docs()) n += static_cast<std::int64_t>(d.text.size());
  return n;
}

// Sentences in Docs(), as the segmenter cuts them (the unit of the speed bar).
std::int64_t Sentences() {
  static const std::int64_t n = [] {
    std::int64_t k = 0;
    for (const auto& d : Docs()) k += static_cast<std::int64_t>(Segment(d.text).size());
    return k;
  }();
  return n;
}

void BM_Segment(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& d : Docs()) benchmark::DoNotOptimize(Segment(d.text));
  }
  state.SetBytesProcessed(state.iterations() * TextBytes());
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);

void BM_Extract(benchmark::State& state) {
  Extractor extractor(Res());
  for (auto _ : state) {
    for (const auto& d : Docs()) benchmark::DoNotOptimize(extractor.Extract(d));
  }
  state.SetBytesProcessed(state.iterations() * TextBytes());
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(state.iterations() * Sentences()),
                                                     benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

void BM_ExtractAndMerge(benchmark::State& state) {
  Extractor extractor(Res());
  for (auto _ : state) {
    std::vector<KnowledgeGraph> parts;
    for (const auto& d : Docs()) parts.push_back(extractor.Extract(d));
    KnowledgeGraph g;
    g.MergeAll(std::move(parts));
    benchmark::DoNotOptimize(g.num_nodes());
  }
  state.SetBytesProcessed(state.iterations() * TextBytes());
}
BENCHMARK(BM_ExtractAndMerge)->Unit(benchmark::kMillisecond);

void BM_Export(benchmark::State& state) {
  Extractor extractor(Res());
  std::vector<KnowledgeGraph> parts;
  for (const auto& d : Docs()) parts.push_back(extractor.Extract(d));
  KnowledgeGraph g;
  g.MergeAll(std::move(parts));
  for (auto _ : state) {
    benchmark::DoNotOptimize(WriteApocJsonLines(g));
    benchmark::DoNotOptimize(WriteJsonLd(g));
  }
}
BENCHMARK(BM_Export)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace demarche

BENCHMARK_MAIN();
