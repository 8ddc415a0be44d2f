// demarche/export/answer.h: query answers as an aligned table, TSV or JSON.
//
//   QueryEngine q(graph);
//   Answer a = *q.Demands({.by = "Russia"});
//   std::cout << FormatAnswer(q, a, AnswerFormat::kTable, {.evidence = true});
//
// kTable: columns padded to their width (code points), for a terminal; cells longer than
// `max_width` are cut with "…" except in the last column; "(no rows)" when empty.
// kTsv: a header line, then one line per row, tab-separated; tabs and line breaks inside
// cells become spaces. kJson: {"columns": [...], "rows": [{column: value}]}, a node as
// {"key","name","type"}, a list as an array of those, a literal as a string; a row whose
// edges carry CAMEO codes gains "cameo": "100" (a ';'-separated set).
// With `evidence`, table and TSV rows gain evidence (how many items), document and quote
// (the first item's); JSON rows gain "evidence": [{doc, sentence, start, end, quote, rule,
// date}] with every item.
#ifndef DEMARCHE_EXPORT_ANSWER_H_
#define DEMARCHE_EXPORT_ANSWER_H_

#include <cstddef>
#include <string>

#include "core/query.h"

namespace demarche {

enum class AnswerFormat { kTable, kTsv, kJson };

struct AnswerOptions {
  bool evidence = false;
  std::size_t max_width = 60;
};

std::string FormatAnswer(const QueryEngine& engine, const Answer& answer, AnswerFormat format,
                         const AnswerOptions& options = {});

}  // namespace demarche

#endif  // DEMARCHE_EXPORT_ANSWER_H_
