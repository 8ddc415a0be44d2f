// demarche/extract/corpus_builder.h: a whole corpus into one merged graph, on several cores.
//
//   auto reader = CorpusReader::Open(inputs, {.date = date});
//   CorpusBuilder builder(extractor, {.jobs = 2});
//   Result<KnowledgeGraph> g = builder.Build(*reader, [](const BuildProgress& p) { ... });
//
// Documents are read in order in batches; each batch is extracted by `jobs` threads sharing
// the (read-only) Extractor while the previous batch's graphs are merged on the calling
// thread, always in document order: the merged graph is the same whatever `jobs` is. Memory
// holds at most two batches of documents and their graphs besides the merged graph.
#ifndef DEMARCHE_EXTRACT_CORPUS_BUILDER_H_
#define DEMARCHE_EXTRACT_CORPUS_BUILDER_H_

#include <cstdint>
#include <functional>

#include "core/corpus.h"
#include "core/knowledge_graph.h"
#include "core/result.h"
#include "extract/extractor.h"

namespace demarche {

struct BuildOptions {
  unsigned jobs = 1;         // extraction threads (>= 1)
  std::size_t batch = 256;   // documents per batch
};

struct BuildProgress {
  std::uint64_t documents = 0;
  std::uint64_t sentences = 0;
  std::uint64_t tokens = 0;
  std::uint64_t text_bytes = 0;    // article text extracted so far
  std::uint64_t input_bytes = 0;   // input consumed so far (for ETA against total)
  std::uint64_t total_bytes = 0;   // 0 when unknown
  bool done = false;
};

class CorpusBuilder {
 public:
  CorpusBuilder(const Extractor& extractor, BuildOptions options) : extractor_(extractor), options_(options) {}
  // Calls `progress` after every batch (and once with done = true). Stops at the first bad
  // input with its Error.
  Result<KnowledgeGraph> Build(CorpusReader& reader, const std::function<void(const BuildProgress&)>& progress,
                               BuildProgress* final_stats = nullptr) const;

 private:
  const Extractor& extractor_;
  BuildOptions options_;
};

}  // namespace demarche

#endif  // DEMARCHE_EXTRACT_CORPUS_BUILDER_H_
