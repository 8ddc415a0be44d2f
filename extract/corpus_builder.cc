#include "extract/corpus_builder.h"

#include <algorithm>
#include <atomic>
#include <future>
#include <thread>
#include <vector>

// Merge-only profiling. scripts/bench-merge counts the merge's instructions with callgrind started
// with --instr-atstart=no and DEMARCHE_CALLGRIND_MERGE_ONLY=1 in the environment: then these client
// requests switch instrumentation on around the merge only, so the rest of the build runs at
// Valgrind's base speed (a Reuters x8 run takes minutes, not an hour). Without the variable they
// do nothing, so an ordinary `valgrind --tool=callgrind demarche build ...` profiles the whole
// build (a STOP after the first merge would otherwise leave only the first batch's extraction
// and the merges in the profile). Natively each request is a few no-op instructions; without
// Valgrind's headers at compile time they are empty and bench-merge falls back to
// instrumenting the whole run.
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#include <cstdlib>
namespace {
// Read once: the environment does not change during a build.
bool MergeOnlyProfiling() {
  static const bool on = [] {
    const char* v = std::getenv("DEMARCHE_CALLGRIND_MERGE_ONLY");
    return v != nullptr && *v != '\0' && *v != '0';
  }();
  return on;
}
}  // namespace
// A callgrind client request made only when merge-only profiling was asked for.
#define DEMARCHE_IF_MERGE_ONLY(request) \
  do {                                  \
    if (MergeOnlyProfiling()) {         \
      request;                          \
    }                                   \
  } while (0)
#define DEMARCHE_MERGE_INSTRUMENTATION_ON() DEMARCHE_IF_MERGE_ONLY(CALLGRIND_START_INSTRUMENTATION)
#define DEMARCHE_MERGE_INSTRUMENTATION_OFF() DEMARCHE_IF_MERGE_ONLY(CALLGRIND_STOP_INSTRUMENTATION)
#else
#define DEMARCHE_MERGE_INSTRUMENTATION_ON() ((void)0)
#define DEMARCHE_MERGE_INSTRUMENTATION_OFF() ((void)0)
#endif

namespace demarche {
namespace {

struct BatchResult {
  std::vector<KnowledgeGraph> graphs;
  std::uint64_t sentences = 0;
  std::uint64_t tokens = 0;
  std::uint64_t text_bytes = 0;
};

BatchResult ExtractBatch(const Extractor& extractor, std::vector<Document> docs, unsigned jobs) {
  BatchResult out;
  out.graphs.resize(docs.size());
  std::vector<ExtractStats> stats(docs.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < docs.size(); i = next++) out.graphs[i] = extractor.Extract(docs[i], &stats[i]);
  };
  unsigned n = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(docs.size())));
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < n; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  for (std::size_t i = 0; i < docs.size(); ++i) {
    out.sentences += stats[i].sentences;
    out.tokens += stats[i].tokens;
    out.text_bytes += docs[i].text.size();
  }
  return out;
}

}  // namespace

Result<KnowledgeGraph> CorpusBuilder::Build(CorpusReader& reader,
                                            const std::function<void(const BuildProgress&)>& progress,
                                            BuildProgress* final_stats) const {
  KnowledgeGraph merged;
  BuildProgress p;
  p.total_bytes = reader.total_bytes();
  std::future<BatchResult> pending;
  std::uint64_t pending_docs = 0;
  bool end = false;
  auto absorb = [&](BatchResult r, std::uint64_t docs) {
    DEMARCHE_MERGE_INSTRUMENTATION_ON();
    merged.AppendAll(std::move(r.graphs));  // in document order; sorted once at the end
    DEMARCHE_MERGE_INSTRUMENTATION_OFF();
    p.documents += docs;
    p.sentences += r.sentences;
    p.tokens += r.tokens;
    p.text_bytes += r.text_bytes;
  };
  while (!end) {
    std::vector<Document> batch;
    while (batch.size() < options_.batch) {
      auto doc = reader.Next();
      if (!doc) {
        if (pending.valid()) pending.wait();  // let the workers finish before unwinding
        return doc.error();
      }
      if (!*doc) {
        end = true;
        break;
      }
      batch.push_back(std::move(**doc));
    }
    // Start this batch, then merge the previous one while it runs.
    std::future<BatchResult> started;
    std::uint64_t started_docs = batch.size();
    if (!batch.empty()) {
      // One job runs on the calling thread (deferred until merged): a true single-core run.
      auto policy = options_.jobs > 1 ? std::launch::async : std::launch::deferred;
      started = std::async(policy, ExtractBatch, std::cref(extractor_), std::move(batch), options_.jobs);
    }
    if (pending.valid()) {
      absorb(pending.get(), pending_docs);
      p.input_bytes = reader.bytes_read();
      if (progress) progress(p);
    }
    pending = std::move(started);
    pending_docs = started_docs;
  }
  if (pending.valid()) absorb(pending.get(), pending_docs);
  DEMARCHE_MERGE_INSTRUMENTATION_ON();
  merged.FinishMerge();
  DEMARCHE_MERGE_INSTRUMENTATION_OFF();
  p.input_bytes = reader.bytes_read();
  p.done = true;
  if (progress) progress(p);
  if (final_stats) *final_stats = p;
  return merged;
}

}  // namespace demarche
