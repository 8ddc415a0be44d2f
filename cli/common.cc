#include "cli/common.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "core/corpus.h"
#include "core/date.h"
#include "core/io.h"
#include "export/apoc.h"
#include "export/dot.h"
#include "export/graphml.h"
#include "export/jsonld.h"
#include "export/load.h"
#include "export/rdf.h"
#include "export/table.h"
#include "extract/corpus_builder.h"
#include "extract/extractor.h"

#ifndef DEMARCHE_DATA_DIR
#define DEMARCHE_DATA_DIR "data"
#endif

namespace demarche::cli {

Common DefaultCommon() {
  Common c;
  const char* env = std::getenv("DEMARCHE_DATA_DIR");
  c.data_dir = env && *env ? env : DEMARCHE_DATA_DIR;
  return c;
}

bool WriteOutputOrReport(const std::string& path, std::string_view text) {
  if (auto s = WriteOutput(path, text); !s) {
    std::cerr << "demarche: " << s.error().message << "\n";
    return false;
  }
  return true;
}

bool WriteStdout(const std::string& text) { return WriteOutputOrReport("-", text); }

void AddCommon(CLI::App* app, Common* c) {
  app->add_option("--date", c->date,
                  "Date the text is relative to, YYYY-MM-DD (resolves \"January 10\", \"tomorrow\")")
      ->check([](const std::string& s) {
        auto d = ParseIsoDate(s);
        return d && d->day != 0 ? std::string() : "expected a date as YYYY-MM-DD, got '" + s + "'";
      });
  app->add_option("--data-dir", c->data_dir, "Directory with gazetteers/, lexicons/ and rules/")->capture_default_str();
  app->add_option("--max-bytes", c->max_bytes, "Largest input document accepted, in bytes")->capture_default_str();
  app->add_flag("--strict", c->strict,
                "Input that is otherwise read with a warning (a JSON-lines \"date\" that is no date, a document id "
                "read twice) is an error: exit 1, nothing written");
}

Result<Resources> LoadResources(const Common& c) {
  auto res = Resources::Load(c.data_dir);
  if (!res) {
    return Error{res.error().message + "\n  (set --data-dir or DEMARCHE_DATA_DIR to the project's data/ directory)"};
  }
  return res;
}

void InputWarnings::operator()(const std::string& message) {
  if (++count_ > 20) return;
  std::cerr << (clear_line_ ? "\r\033[K" : "") << "demarche: warning: " << message << "\n";
}

void InputWarnings::Finish() const {
  if (count_ > 20) std::cerr << "demarche: warning: " << count_ - 20 << " more like these (" << count_ << " in all)\n";
}

void NoteArrayDelimiter(char delimiter) {
  if (delimiter == ';') return;
  // neo4j-admin reads --array-delimiter as an ASCII character or U+XXXX (its documented forms).
  char hex[8];
  std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned char>(delimiter));
  std::string shown = delimiter >= 0x21 && delimiter < 0x7F ? std::string(1, delimiter) : std::string(hex);
  std::cerr << "demarche: note: a document id contains ';', so the CSV files separate the items of evidence_doc "
               "with '" << shown << "': import with neo4j-admin database import full --array-delimiter='" << shown
            << "' ...\n";
}

Result<KnowledgeGraph> LoadInputs(const std::vector<std::string>& inputs, const Common& c,
                                  const Resources& resources, unsigned jobs) {
  std::vector<KnowledgeGraph> graphs;
  std::vector<std::string> articles;
  for (const std::string& input : inputs) {
    if (!IsGraphFile(input)) {
      articles.push_back(input);
      continue;
    }
    auto g = ReadGraphFile(input);
    if (!g) return g.error();
    graphs.push_back(std::move(*g));
  }
  if (!articles.empty()) {
    InputWarnings warnings;
    auto reader = CorpusReader::Open(articles, CorpusOptions{c.date, c.max_bytes, std::ref(warnings), c.strict});
    if (!reader) return reader.error();
    Extractor extractor(resources);
    auto g = CorpusBuilder(extractor, BuildOptions{jobs, 256}).Build(*reader, [](const BuildProgress&) {});
    warnings.Finish();
    if (!g) return g.error();
    graphs.push_back(std::move(*g));
  }
  if (graphs.size() == 1) return std::move(graphs.front());
  KnowledgeGraph merged;
  merged.MergeAll(std::move(graphs));
  return merged;
}

Result<std::string> Render(const KnowledgeGraph& g, const std::string& format) {
  if (format == "jsonl") return WriteApocJsonLines(g);
  if (format == "jsonld") return WriteJsonLd(g);
  if (format == "nquads") return WriteNQuads(g);
  if (format == "turtle") return WriteTurtle(g);
  if (format == "graphml") return WriteGraphMl(g);
  if (format == "dot") return WriteDot(g);
  if (format == "svg") return RenderSvg(g);
  if (format == "table") return WriteSummaryTable(g);
  return Error{"unknown format '" + format + "'"};
}

Result<std::string> RenderGraphSvg(const KnowledgeGraph& g, std::size_t max_nodes, const std::string& layout) {
  if (g.num_nodes() <= max_nodes) return RenderSvg(g, layout);
  std::cerr << "demarche: " << g.num_nodes() << " nodes: graph.svg shows the " << max_nodes
            << " most connected (sfdp layout); the data formats hold the whole graph (see --svg-max-nodes)\n";
  return RenderSvg(g.MostConnected(max_nodes), "sfdp");
}

}  // namespace demarche::cli
