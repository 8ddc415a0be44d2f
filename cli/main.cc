// demarche: command-line glue. Flags -> library calls -> files. No extraction logic here.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <future>
#include <map>
#include <thread>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "cli/common.h"
#include "cli/query_commands.h"
#include "core/corpus.h"
#include "core/date.h"
#include "core/document.h"
#include "core/io.h"
#include "core/knowledge_graph.h"
#include "export/apoc.h"
#include "extract/corpus_builder.h"
#include "export/dot.h"
#include "export/graphml.h"
#include "export/rdf.h"
#include "export/jsonld.h"
#include "export/table.h"
#include "extract/extractor.h"
#include "extract/resources.h"

namespace {

using namespace demarche;
using namespace demarche::cli;

int RunExtract(const Common& c, const std::string& input, const std::string& format) {
  auto res = LoadResources(c);
  if (!res) {
    std::cerr << "demarche: " << res.error().message << "\n";
    return kRuntimeError;
  }
  auto doc = ReadDocumentFile(input, c.date, c.max_bytes);
  if (!doc) {
    std::cerr << "demarche: " << doc.error().message << "\n";
    return kRuntimeError;
  }
  KnowledgeGraph g = Extractor(*res).Extract(*doc);
  auto out = Render(g, format);
  if (!out) {
    std::cerr << "demarche: " << out.error().message << "\n";
    return kRuntimeError;
  }
  return WriteStdout(*out) ? 0 : kRuntimeError;
}

struct BuildFlags {
  std::vector<std::string> inputs;
  std::string out_dir = "out";
  std::string layout = "dot";
  bool table = false;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::size_t svg_max_nodes = 150;
  bool progress = isatty(STDERR_FILENO) != 0;
};

std::string FormatRate(double bytes, double seconds) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.1f MB/s", seconds > 0 ? bytes / 1e6 / seconds : 0.0);
  return buf;
}

// One progress line on a terminal, redrawn in place at most four times a second.
class ProgressLine {
 public:
  void Update(const BuildProgress& p) {
    auto now = std::chrono::steady_clock::now();
    if (!p.done && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    std::string eta = "?";
    if (p.total_bytes > 0 && p.input_bytes > 0 && secs > 0) {
      double left = static_cast<double>(p.total_bytes - std::min(p.total_bytes, p.input_bytes)) /
                    (static_cast<double>(p.input_bytes) / secs);
      eta = std::to_string(static_cast<long>(left + 0.5)) + " s";
    }
    char buf[200];
    std::snprintf(buf, sizeof buf, "\r\033[Kdemarche: %llu documents, %.1f MB, %s, ETA %s",
                  static_cast<unsigned long long>(p.documents), static_cast<double>(p.text_bytes) / 1e6,
                  FormatRate(static_cast<double>(p.text_bytes), secs).c_str(), eta.c_str());
    std::cerr << buf << (p.done ? "\n" : "") << std::flush;
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

std::string Summary(const KnowledgeGraph& g, const BuildProgress& p, double seconds) {
  std::map<std::string, std::size_t> nodes, edges;
  for (auto v : g.SortedVertices()) ++nodes[std::string(NodeTypeName(g.node(v).type))];
  for (auto e : g.SortedEdges()) ++edges[std::string(RelationName(g.edge(e).relation))];
  std::string out = "demarche: " + std::to_string(p.documents) + " documents, " + std::to_string(p.sentences) +
                    " sentences, " + std::to_string(p.text_bytes / 1000) + " kB in " +
                    std::to_string(static_cast<long>(seconds * 1000)) + " ms (" +
                    FormatRate(static_cast<double>(p.text_bytes), seconds) + ")\n";
  out += "  nodes " + std::to_string(g.num_nodes()) + ":";
  for (const auto& [k, n] : nodes) out += " " + k + " " + std::to_string(n);
  out += "\n  edges " + std::to_string(g.num_edges()) + ":";
  for (const auto& [k, n] : edges) out += " " + k + " " + std::to_string(n);
  return out + "\n";
}

int RunBuild(const Common& c, const BuildFlags& f) {
  if (f.out_dir == "-") {
    std::cerr << "demarche build: -o takes a directory (build writes nine files); for one format on standard "
                 "output use `demarche convert INPUT... -f FORMAT` or `demarche extract`\n";
    return kUsageError;
  }
  auto res = LoadResources(c);
  if (!res) {
    std::cerr << "demarche: " << res.error().message << "\n";
    return kRuntimeError;
  }
  InputWarnings warnings(f.progress);
  auto reader = CorpusReader::Open(f.inputs, CorpusOptions{c.date, c.max_bytes, std::ref(warnings)});
  if (!reader) {
    std::cerr << "demarche: " << reader.error().message << "\n";
    return kRuntimeError;
  }
  // Fail on an unusable output directory before spending time on the corpus.
  if (auto s = MakeDirectories(f.out_dir); !s) {
    std::cerr << "demarche: " << s.error().message << "\n";
    return kRuntimeError;
  }
  Extractor extractor(*res);
  ProgressLine line;
  auto start = std::chrono::steady_clock::now();
  BuildProgress stats;
  auto graph = CorpusBuilder(extractor, BuildOptions{f.jobs, 256})
                   .Build(*reader, [&](const BuildProgress& p) { if (f.progress) line.Update(p); }, &stats);
  warnings.Finish();
  if (!graph) {
    if (f.progress) std::cerr << "\n";
    std::cerr << "demarche: " << graph.error().message << "\n  nothing was written.\n";
    return kRuntimeError;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // The four formats are independent views: with more than one job, render them at once.
  auto policy = f.jobs > 1 ? std::launch::async : std::launch::deferred;
  bool excerpt = graph->num_nodes() > f.svg_max_nodes;
  if (excerpt) {
    std::cerr << "demarche: " << graph->num_nodes() << " nodes: graph.svg shows the " << f.svg_max_nodes
              << " most connected (sfdp layout); the data formats hold the whole graph (see --svg-max-nodes)\n";
  }
  // A large graph is drawn as its most connected part, laid out with sfdp (dot takes minutes).
  auto svg_job = std::async(policy, [&] {
    return excerpt ? RenderSvg(graph->MostConnected(f.svg_max_nodes), "sfdp") : RenderSvg(*graph, f.layout);
  });
  auto jsonl_job = std::async(policy, [&] { return WriteApocJsonLines(*graph); });
  auto jsonld_job = std::async(policy, [&] { return WriteJsonLd(*graph); });
  auto rdf_job = std::async(policy, [&] {
    std::vector<RdfQuad> quads = GraphQuads(*graph);
    return std::pair{WriteNQuads(quads), WriteTurtle(quads)};
  });
  std::string dot = WriteDot(*graph), graphml = WriteGraphMl(*graph);
  NeoCsv csv = WriteNeo4jCsv(*graph);
  Result<std::string> svg = svg_job.get();
  std::string jsonl = jsonl_job.get(), jsonld = jsonld_job.get();
  auto [nquads, turtle] = rdf_job.get();
  if (!svg) {
    std::cerr << "demarche: " << svg.error().message << "\n";
    return kRuntimeError;
  }
  if (auto s = MakeDirectories(f.out_dir + "/neo4j"); !s) {
    std::cerr << "demarche: " << s.error().message << "\n";
    return kRuntimeError;
  }
  const std::pair<std::string, const std::string*> files[] = {
      {"graph.jsonl", &jsonl},     {"graph.jsonld", &jsonld},          {"graph.nq", &nquads},
      {"graph.ttl", &turtle},      {"graph.graphml", &graphml},        {"graph.dot", &dot},
      {"graph.svg", &*svg},        {"neo4j/nodes.csv", &csv.nodes},    {"neo4j/relationships.csv", &csv.relationships},
  };
  for (const auto& [name, text] : files) {
    if (!WriteOutputOrReport(f.out_dir + "/" + name, *text)) return kRuntimeError;
  }
  std::cerr << Summary(*graph, stats, seconds)
            << "  wrote graph.jsonl, graph.jsonld, graph.nq, graph.ttl, graph.graphml, graph.dot, graph.svg and "
               "neo4j/{nodes,relationships}.csv to "
            << f.out_dir << "/\n";
  NoteArrayDelimiter(csv.array_delimiter);
  if (f.table && !WriteStdout(WriteSummaryTable(*graph))) return kRuntimeError;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed stdout becomes a write error we report
  CLI::App app{
      "demarche: builds a knowledge graph of negotiations (who demands what of whom, who rejects it,\n"
      "who meets where and when) from news text, with the sentence behind every node and edge."};
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  demarche extract article.txt --date 2022-01-09 --format jsonl > graph.jsonl\n"
      "  demarche build data/samples/geneva-2022.txt --date 2022-01-09 -o out --table\n"
      "  demarche build reuters.jsonl articles/ --jobs 2 -o out\n"
      "  demarche demands out/graph.jsonl --by Russia --evidence\n"
      "  demarche meetings out/graph.jsonl --in Geneva --from 2022-01\n"
      "  demarche query out/graph.jsonl '?who:State demands ?d . ?d demands-of NATO . ?x rejects ?d'\n"
      "Exit status: 0 success, 1 runtime error (bad input, I/O), 2 usage error.");

  Common common = DefaultCommon();
  std::string input, format = "jsonl";
  auto* extract = app.add_subcommand("extract", "Extract one document's graph and write it to standard output");
  extract->add_option("input", input, "Text file (UTF-8), or - for standard input")->required();
  extract->add_option("-f,--format", format, "Output format")
      ->check(CLI::IsMember(kFormats))
      ->capture_default_str();
  AddCommon(extract, &common);

  BuildFlags bf;
  auto* build = app.add_subcommand(
      "build",
      "Extract documents into one merged graph; write graph.jsonl (Neo4j APOC), graph.jsonld, graph.nq (N-Quads), "
      "graph.ttl (Turtle), graph.graphml, graph.dot, graph.svg and neo4j/*.csv (neo4j-admin import)");
  build->add_option("inputs", bf.inputs,
                    "Text files (UTF-8), directories (every *.txt and *.jsonl below), JSON-lines article files "
                    "(*.jsonl: id, text, optional date, title, url), or - for standard input")
      ->required();
  build->add_option("-o,--output", bf.out_dir, "Output directory (created if missing; an existing file is refused)")
      ->capture_default_str();
  build->add_option("-j,--jobs", bf.jobs, "Extraction threads (the output is the same for any number)")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  build->add_option("--layout", bf.layout, "Graphviz layout engine for the SVG")
      ->check(CLI::IsMember({"dot", "sfdp", "neato", "fdp", "circo", "twopi"}))
      ->capture_default_str();
  build->add_option("--svg-max-nodes", bf.svg_max_nodes,
                    "Above this many nodes, graph.svg draws only the most connected ones, with sfdp")
      ->check(CLI::Range(static_cast<std::size_t>(10), static_cast<std::size_t>(100000)))
      ->capture_default_str();
  build->add_flag("--table", bf.table, "Also print a summary table (demands, rejections, meetings) to standard output");
  build->add_flag("--progress,!--no-progress", bf.progress,
                  "Show a progress line on standard error (default: only on a terminal)");
  AddCommon(build, &common);

  QueryCommands queries(&app, &common);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kUsageError;
  }
  if (*extract) return RunExtract(common, input, format);
  if (auto status = queries.Run()) return *status;
  return RunBuild(common, bf);
}
