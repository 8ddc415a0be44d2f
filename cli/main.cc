// demarche: command-line glue. Flags -> library calls -> files. No extraction logic here.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <future>
#include <map>
#include <optional>
#include <set>
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
#include "export/report.h"
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
  KnowledgeGraph g = Extractor(**res).Extract(*doc);
  auto out = Render(g, format);
  if (!out) {
    std::cerr << "demarche: " << out.error().message << "\n";
    return kRuntimeError;
  }
  return WriteStdout(*out) ? 0 : kRuntimeError;
}

// The files `build` can write, by --formats name, in the order they are written.
struct BuildFormat {
  const char* name;
  std::vector<const char*> files;
};
const std::vector<BuildFormat> kBuildFormats = {
    {"jsonl", {"graph.jsonl"}},     {"jsonld", {"graph.jsonld"}}, {"nquads", {"graph.nq"}},
    {"turtle", {"graph.ttl"}},      {"graphml", {"graph.graphml"}}, {"dot", {"graph.dot"}},
    {"svg", {"graph.svg"}},         {"csv", {"neo4j/nodes.csv", "neo4j/relationships.csv"}},
    {"report", {"report.html"}},
};
constexpr const char* kDefaultBuildFormats = "jsonl,jsonld,dot,svg";

std::string BuildFormatNames() {
  std::string out;
  for (const auto& f : kBuildFormats) out += std::string(out.empty() ? "" : ", ") + f.name;
  return out;
}

// "jsonl,dot" -> the chosen formats in kBuildFormats order ("all": every one), or an Error
// naming the unknown one and the valid names.
Result<std::vector<std::string>> ParseBuildFormats(const std::string& list) {
  std::set<std::string> chosen;
  std::size_t begin = 0;
  while (begin <= list.size()) {
    std::size_t end = std::min(list.find(',', begin), list.size());
    std::string name = list.substr(begin, end - begin);
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    bool known = name == "all" || std::any_of(kBuildFormats.begin(), kBuildFormats.end(),
                                              [&](const BuildFormat& f) { return name == f.name; });
    if (!known) {
      return Error{(name.empty() ? std::string("an empty format name") : "unknown format '" + name + "'") +
                   ": choose from " + BuildFormatNames() + ", or all (default " + kDefaultBuildFormats + ")"};
    }
    if (name == "all") {
      for (const auto& f : kBuildFormats) chosen.insert(f.name);
    } else {
      chosen.insert(name);
    }
    begin = end + 1;
  }
  std::vector<std::string> out;
  for (const auto& f : kBuildFormats) {
    if (chosen.count(f.name)) out.push_back(f.name);
  }
  return out;
}

struct BuildFlags {
  std::vector<std::string> inputs;
  std::string out_dir = "out";
  std::string formats = kDefaultBuildFormats;
  std::string layout = "dot";
  bool table = false;
  bool report = false;  // --report: adds "report" to the formats
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::size_t svg_max_nodes = kDefaultSvgMaxNodes;
  bool progress = isatty(STDERR_FILENO) != 0;
  std::string focus;
  std::size_t depth = 2;
  bool timings = false;  // --timings: each output's time, after the summary
};

std::string FormatRate(double bytes, double seconds) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.1f MB/s", seconds > 0 ? bytes / 1e6 / seconds : 0.0);
  return buf;
}

// One progress line on a terminal, redrawn in place at most four times a second while
// documents are extracted, then once per output file written; Finish() ends the line.
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
    std::snprintf(buf, sizeof buf, "demarche: %llu documents, %.1f MB, %s", static_cast<unsigned long long>(p.documents),
                  static_cast<double>(p.text_bytes) / 1e6, FormatRate(static_cast<double>(p.text_bytes), secs).c_str());
    extracted_ = buf;
    // When extraction is done the writing steps follow on the same line: no ETA, no newline.
    std::cerr << "\r\033[K" << extracted_ << (p.done ? std::string(", extracted") : ", ETA " + eta) << std::flush;
  }
  // What is being done now, "writing graph.nq (3/9)".
  void Step(const std::string& what) { std::cerr << "\r\033[K" << extracted_ << "; " << what << std::flush; }
  void Finish(std::size_t files) {
    std::cerr << "\r\033[K" << extracted_ << "; " << files << (files == 1 ? " file" : " files") << " written\n"
              << std::flush;
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
  std::string extracted_ = "demarche:";
};

std::string Milliseconds(double seconds) { return std::to_string(static_cast<long>(seconds * 1000)) + " ms"; }

// `seconds` is the whole build (extraction and writing); `extract_seconds` the part before
// writing.
std::string Summary(const KnowledgeGraph& g, const BuildProgress& p, double seconds, double extract_seconds,
                    std::size_t files) {
  std::map<std::string, std::size_t> nodes, edges;
  for (auto v : g.SortedVertices()) ++nodes[std::string(NodeTypeName(g.node(v).type))];
  for (auto e : g.SortedEdges()) ++edges[std::string(RelationName(g.edge(e).relation))];
  std::string out = "demarche: " + std::to_string(p.documents) + " documents, " + std::to_string(p.sentences) +
                    " sentences, " + std::to_string(p.text_bytes / 1000) + " kB in " + Milliseconds(seconds) + " (" +
                    FormatRate(static_cast<double>(p.text_bytes), seconds) + "; extraction " +
                    Milliseconds(extract_seconds) + ", writing " + std::to_string(files) +
                    (files == 1 ? " file " : " files ") + Milliseconds(seconds - extract_seconds) + ")\n";
  out += "  nodes " + std::to_string(g.num_nodes()) + ":";
  for (const auto& [k, n] : nodes) out += " " + k + " " + std::to_string(n);
  out += "\n  edges " + std::to_string(g.num_edges()) + ":";
  for (const auto& [k, n] : edges) out += " " + k + " " + std::to_string(n);
  return out + "\n";
}

// "a, b and c"
std::string JoinAnd(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

int RunBuild(const Common& c, const BuildFlags& f) {
  if (f.out_dir == "-") {
    std::cerr << "demarche build: -o takes a directory (build writes one file per format, see --formats); for one "
                 "format on standard output use `demarche convert INPUT... -f FORMAT` or `demarche extract`\n";
    return kUsageError;
  }
  auto formats = ParseBuildFormats(f.report ? f.formats + ",report" : f.formats);  // checked when parsed
  if (!formats) {
    std::cerr << "demarche build: --formats: " << formats.error().message << "\n";
    return kUsageError;
  }
  auto wants = [&](const char* name) { return std::find(formats->begin(), formats->end(), name) != formats->end(); };
  std::vector<std::string> files;
  for (const auto& bf : kBuildFormats) {
    if (wants(bf.name)) files.insert(files.end(), bf.files.begin(), bf.files.end());
  }
  auto res = LoadResources(c);
  if (!res) {
    std::cerr << "demarche: " << res.error().message << "\n";
    return kRuntimeError;
  }
  InputWarnings warnings(f.progress);
  auto reader = CorpusReader::Open(f.inputs, CorpusOptions{c.date, c.max_bytes, std::ref(warnings), c.strict});
  if (!reader) {
    std::cerr << "demarche: " << reader.error().message << "\n";
    return kRuntimeError;
  }
  // Fail on an unusable output directory before spending time on the corpus.
  if (auto s = MakeDirectories(f.out_dir); !s) {
    std::cerr << "demarche: " << s.error().message << "\n";
    return kRuntimeError;
  }
  Extractor extractor(**res);
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
  if (!f.focus.empty()) {
    auto focused = FocusOn(*graph, **res, f.focus, f.depth, "build");
    if (!focused) {
      std::cerr << "demarche build: " << focused.error().message << "\n  nothing was written.\n";
      return kRuntimeError;
    }
    *graph = std::move(*focused);
  }
  double extract_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // The formats are independent views: with more than one job, render them at once; with
  // one, each is rendered when it is written (deferred), so that one at a time is in memory.
  auto policy = f.jobs > 1 ? std::launch::async : std::launch::deferred;
  if (wants("svg") && graph->num_nodes() > f.svg_max_nodes) {
    if (f.progress) std::cerr << "\r\033[K";
    NoteSvgExcerpt(graph->num_nodes(), f.svg_max_nodes);
  }
  // Each file's text is taken from its job when it is written and freed after.
  std::map<std::string, std::future<std::string>> jobs;  // by file name
  std::future<NeoCsv> csv_job;
  const KnowledgeGraph& g = *graph;
  // graph.jsonld, graph.nq and graph.ttl are streamed into their files when written (below),
  // and so is graph.jsonl with one job; with more, it is rendered at once with the others.
  if (wants("jsonl") && f.jobs > 1) jobs["graph.jsonl"] = std::async(policy, [&] { return WriteApocJsonLines(g); });
  if (wants("graphml")) jobs["graph.graphml"] = std::async(policy, [&] { return WriteGraphMl(g); });
  if (wants("dot")) jobs["graph.dot"] = std::async(policy, [&] { return WriteDot(g); });
  if (wants("csv")) csv_job = std::async(policy, [&] { return WriteNeo4jCsv(g); });
  std::optional<NeoCsv> csv;
  auto take = [&](const std::string& name) -> std::string {
    if (name == "neo4j/nodes.csv" || name == "neo4j/relationships.csv") {
      if (!csv) csv = csv_job.get();
      return std::move(name == "neo4j/nodes.csv" ? csv->nodes : csv->relationships);
    }
    return jobs.at(name).get();
  };
  // --timings: seconds per output (drawing or making it, rendering it when deferred, writing it).
  std::vector<std::pair<std::string, double>> timings;
  auto Seconds = [](std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
  };
  std::string svg_text;
  if (wants("svg")) {
    // A large graph is drawn as its most connected part, laid out with sfdp (dot takes minutes).
    // Graphviz can fail: the SVG is drawn before any file is written.
    if (f.progress) line.Step("drawing graph.svg");
    auto drawing = std::chrono::steady_clock::now();
    auto svg = RenderGraphSvg(g, f.svg_max_nodes, f.layout);  // the note on an excerpt is printed above
    timings.emplace_back("graph.svg", Seconds(drawing));
    if (!svg) {
      if (f.progress) std::cerr << "\n";
      std::cerr << "demarche: " << svg.error().message << "\n  nothing was written.\n";
      return kRuntimeError;
    }
    svg_text = std::move(*svg);
  }
  std::string report_text;
  if (wants("report")) {
    // The report draws its picture with Graphviz too, and links evidence to the articles' URLs
    // (read again: the graph keeps document ids and dates only).
    if (f.progress) line.Step("making report.html");
    auto making = std::chrono::steady_clock::now();
    ReportOptions options;
    auto docs = ReadReportDocuments(f.inputs, c);
    auto html = docs ? (options.documents = std::move(*docs), WriteReport(g, options)) : Result<std::string>(docs.error());
    if (!html) {
      if (f.progress) std::cerr << "\n";
      std::cerr << "demarche: " << html.error().message << "\n  nothing was written.\n";
      return kRuntimeError;
    }
    report_text = std::move(*html);
    timings.emplace_back("report.html", Seconds(making));
  }
  if (wants("csv")) {
    if (auto s = MakeDirectories(f.out_dir + "/neo4j"); !s) {
      std::cerr << "demarche: " << s.error().message << "\n";
      return kRuntimeError;
    }
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string& name = files[i];
    if (f.progress) {
      line.Step("writing " + name + " (" + std::to_string(i + 1) + "/" + std::to_string(files.size()) + ")");
    }
    auto writing = std::chrono::steady_clock::now();
    auto timed = [&] {
      for (auto& [file, secs] : timings) {
        if (file == name) return void(secs += Seconds(writing));
      }
      timings.emplace_back(name, Seconds(writing));
    };
    if (name == "graph.jsonld" || name == "graph.nq" || name == "graph.ttl" ||
        (name == "graph.jsonl" && !jobs.contains(name))) {
      auto stream = [&](OutputSink& s) {
        if (name == "graph.jsonl") {
          WriteApocJsonLines(g, s);
        } else if (name == "graph.jsonld") {
          WriteJsonLd(g, s);
        } else if (name == "graph.nq") {
          WriteNQuads(g, s);
        } else {
          WriteTurtle(g, s);
        }
      };
      if (!WriteOutputOrReport(f.out_dir + "/" + name, stream)) return kRuntimeError;
      timed();
      continue;
    }
    std::string text = name == "graph.svg"     ? std::move(svg_text)
                       : name == "report.html" ? std::move(report_text)
                                               : take(name);
    if (!WriteOutputOrReport(f.out_dir + "/" + name, text)) return kRuntimeError;
    timed();
  }
  if (f.progress) line.Finish(files.size());
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << Summary(g, stats, seconds, extract_seconds, files.size()) << "  wrote " << JoinAnd(files) << " to "
            << f.out_dir << "/\n";
  if (f.timings) {
    // One line for scripts (scripts/bench-corpus): "timings: extraction N ms; graph.jsonl N ms; ...".
    std::cerr << "demarche: timings: extraction " << Milliseconds(extract_seconds);
    for (const auto& [file, secs] : timings) std::cerr << "; " << file << " " << Milliseconds(secs);
    std::cerr << "\n";
  }
  // Files of the formats not chosen, left by an earlier build, are not this graph.
  std::vector<std::string> stale;
  for (const auto& bf : kBuildFormats) {
    if (wants(bf.name)) continue;
    for (const char* file : bf.files) {
      std::error_code ec;
      if (std::filesystem::is_regular_file(f.out_dir + "/" + file, ec)) stale.push_back(file);
    }
  }
  if (!stale.empty()) {
    std::cerr << "demarche: note: " << f.out_dir << "/ also holds " << JoinAnd(stale)
              << " from an earlier build, not updated (add their formats to --formats, or remove them)\n";
  }
  if (csv) NoteArrayDelimiter(csv->array_delimiter);
  if (f.table && !WriteStdout(WriteSummaryTable(g))) return kRuntimeError;
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
      "  demarche build reuters.jsonl --formats all -o out      # also graph.nq, graph.ttl, graph.graphml, neo4j/*.csv\n"
      "  demarche build reuters.jsonl --report -o out           # also out/report.html, a page to read\n"
      "  demarche report out/graph.jsonl -o report.html         # the same page from a saved graph\n"
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
      "Extract documents into one merged graph; write the chosen --formats into the output directory (default "
      "graph.jsonl (Neo4j APOC), graph.jsonld, graph.dot and graph.svg)");
  build->add_option("inputs", bf.inputs,
                    "Text files (UTF-8), directories (every *.txt and *.jsonl below), JSON-lines article files "
                    "(*.jsonl: id, text, optional date, title, url), or - for standard input")
      ->required();
  build->add_option("-o,--output", bf.out_dir, "Output directory (created if missing; an existing file is refused)")
      ->capture_default_str();
  build->add_option("--formats", bf.formats,
                    "Comma-separated formats to write: jsonl (graph.jsonl, Neo4j APOC), jsonld (graph.jsonld), nquads "
                    "(graph.nq), turtle (graph.ttl), graphml (graph.graphml), dot (graph.dot), svg (graph.svg), csv "
                    "(neo4j/nodes.csv and neo4j/relationships.csv, for neo4j-admin import), report (report.html, see "
                    "--report); all for every one")
      ->check([](const std::string& list) {
        auto parsed = ParseBuildFormats(list);
        return parsed ? std::string() : parsed.error().message;
      })
      ->capture_default_str();
  build->add_option("-j,--jobs", bf.jobs, "Extraction threads (the output is the same for any number)")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  build->add_option("--layout", bf.layout, "Graphviz layout engine for the SVG")
      ->check(CLI::IsMember({"dot", "sfdp", "neato", "fdp", "circo", "twopi"}))
      ->capture_default_str();
  build->add_option("--svg-max-nodes", bf.svg_max_nodes,
                    "Above this many nodes, graph.svg draws only the negotiation core (the demands, rejections and "
                    "meetings with the most evidence, and their actors), with sfdp")
      ->check(CLI::Range(static_cast<std::size_t>(10), static_cast<std::size_t>(100000)))
      ->capture_default_str();
  AddFocus(build, &bf.focus, &bf.depth);
  build->add_flag("--report", bf.report,
                  "Also write report.html: one self-contained HTML page to read (the same as `demarche report`; "
                  "the same as adding report to --formats)");
  build->add_flag("--table", bf.table, "Also print a summary table (demands, rejections, meetings) to standard output");
  build->add_flag("--progress,!--no-progress", bf.progress,
                  "Show a progress line on standard error (default: only on a terminal)");
  build->add_flag("--timings", bf.timings,
                  "After the summary, print one line with the time of extraction and of each output file "
                  "(drawing, rendering and writing it), in ms, for benchmarks");
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
