#include "cli/common.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "core/corpus.h"
#include "core/date.h"
#include "core/io.h"
#include "core/query.h"
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

bool WriteOutputOrReport(const std::string& path, const std::function<void(OutputSink&)>& produce) {
  if (auto s = WriteOutput(path, produce); !s) {
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

Result<const Resources*> LoadResources(const Common& c) {
  auto res = Resources::Load(c.data_dir);
  if (!res) {
    return Error{res.error().message + "\n  (set --data-dir or DEMARCHE_DATA_DIR to the project's data/ directory)"};
  }
  // Deliberately never destroyed: the process ends soon after the command, and freeing the
  // tables' ~130,000 allocations one by one cost ~50M instructions (15 ms) for nothing. The
  // union keeps the object in static storage, not leaked from the heap, so LeakSanitizer finds
  // its tables reachable.
  union Kept {
    Kept() : value() {}
    ~Kept() {}
    Resources value;
  };
  static Kept kept;
  kept.value = std::move(*res);
  return &kept.value;
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

namespace {

// A document's source is its "url" when the article gave one, else its file (and line): a
// URL starts with a scheme ("https:", "javascript:"); "a.jsonl:12" is a file and line.
bool LooksLikeUrl(const std::string& source) {
  std::size_t colon = source.find(':');
  if (colon == 0 || colon == std::string::npos || !std::isalpha(static_cast<unsigned char>(source[0]))) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    char ch = source[i];
    if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '+' && ch != '-' && ch != '.') return false;
  }
  std::string rest = source.substr(colon + 1);
  return rest.empty() || !std::all_of(rest.begin(), rest.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
}

}  // namespace

Result<std::unordered_map<std::string, ReportDocument>> ReadReportDocuments(const std::vector<std::string>& inputs,
                                                                           const Common& c) {
  std::unordered_map<std::string, ReportDocument> docs;
  std::vector<std::string> articles;
  for (const std::string& input : inputs) {
    if (input != "-" && !IsGraphFile(input)) articles.push_back(input);
  }
  if (articles.empty()) return docs;
  // Warnings were given when the articles were extracted: not twice.
  auto reader = CorpusReader::Open(articles, CorpusOptions{c.date, c.max_bytes, nullptr, false});
  if (!reader) return reader.error();
  while (true) {
    auto doc = reader->Next();
    if (!doc) return doc.error();
    if (!*doc) break;
    Document& d = **doc;
    ReportDocument& r = docs[d.id];
    r.date = d.date;
    r.title = d.title;
    if (LooksLikeUrl(d.source)) r.url = d.source;  // the report shows it as a link only if http(s)
  }
  return docs;
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

Result<KnowledgeGraph> FocusOn(const KnowledgeGraph& graph, const Resources& resources, const std::string& actor,
                               std::size_t depth, const std::string& command) {
  NameIndex aliases;
  resources.AddNamesTo(&aliases);
  std::vector<KnowledgeGraph::Vertex> centre = QueryEngine(graph, &aliases).Find(actor);
  if (centre.empty()) {
    return Error{"--focus: no node called '" + actor +
                 "' in the graph (try `demarche actor` with part of the name, or a key such as state:USA)"};
  }
  if (centre.size() > 1) {
    std::string names;
    for (auto v : centre) names += (names.empty() ? "" : ", ") + graph.node(v).name + " (" + graph.node(v).key + ")";
    std::cerr << "demarche " << command << ": note: --focus '" << actor << "' matches " << centre.size()
              << " nodes: " << names << "; keeping the neighbourhood of all of them\n";
  }
  return graph.Neighbourhood(centre, depth);
}

void AddFocus(CLI::App* app, std::string* actor, std::size_t* depth) {
  app->add_option("--focus", *actor,
                  "Keep only this actor's neighbourhood in every output (any name, alias or key; see --depth)");
  app->add_option("--depth", *depth, "With --focus: how many edges away from the actor a node may be")
      ->check(CLI::Range(std::size_t{0}, std::size_t{20}))
      ->capture_default_str();
}

Result<std::string> RenderGraphSvg(const KnowledgeGraph& g, std::size_t max_nodes, const std::string& layout) {
  if (g.num_nodes() <= max_nodes) return RenderSvg(g, layout);
  return RenderSvg(g.NegotiationCore(max_nodes), "sfdp");
}

bool NoteSvgExcerpt(std::size_t nodes, std::size_t max_nodes) {
  if (nodes <= max_nodes) return false;
  std::cerr << "demarche: " << nodes << " nodes: graph.svg draws the negotiation core, at most " << max_nodes
            << " nodes of the demands, rejections and meetings with the most evidence (sfdp layout); the data "
               "formats hold the whole graph (see --svg-max-nodes, --focus)\n";
  return true;
}

}  // namespace demarche::cli
