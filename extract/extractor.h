// demarche/extract/extractor.h: one document in, its negotiation graph out.
//
//   Result<Resources> res = Resources::Load(data_dir);
//   Extractor extractor(*res);
//   KnowledgeGraph g = extractor.Extract(doc);   // doc.date anchors "January 10", "tomorrow"
//
// Stages: segmentation -> gazetteer and title mentions -> resolution (capitals as venues or
// governments, seats, persons, pronouns, "the diplomat", "the alliance") -> meeting, demand
// and rejection frames -> graph. Every node and edge carries Evidence (document, sentence,
// span, quote, rule). Extraction never fails; Extract() is const and thread-safe, the
// Resources must outlive the Extractor.
#ifndef DEMARCHE_EXTRACT_EXTRACTOR_H_
#define DEMARCHE_EXTRACT_EXTRACTOR_H_

#include <cstddef>

#include "core/document.h"
#include "core/knowledge_graph.h"
#include "extract/resources.h"

namespace demarche {

struct ExtractOptions {
  // A sentence longer than this many tokens is cut (bounded cost on run-on text).
  std::size_t max_sentence_tokens = 400;
  // Longest demand content kept, in tokens.
  int max_content_tokens = 60;
  // Evidence kept per named-entity node (state, organisation, person, city) per document:
  // the first mentions. Meetings, demands and every edge keep all their evidence.
  std::size_t max_mention_evidence = 3;
};

// Counts from one extraction, for summaries and benchmarks.
struct ExtractStats {
  std::size_t sentences = 0;
  std::size_t tokens = 0;
};

class Extractor {
 public:
  explicit Extractor(const Resources& resources, ExtractOptions options = {})
      : res_(resources), options_(options) {}
  KnowledgeGraph Extract(const Document& doc, ExtractStats* stats = nullptr) const;

 private:
  const Resources& res_;
  ExtractOptions options_;
};

}  // namespace demarche

#endif  // DEMARCHE_EXTRACT_EXTRACTOR_H_
