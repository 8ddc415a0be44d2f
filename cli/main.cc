// demarche: command-line glue. Flags -> library calls -> files. No extraction logic here.
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/document.h"
#include "core/io.h"
#include "core/knowledge_graph.h"
#include "export/apoc.h"
#include "export/dot.h"
#include "export/jsonld.h"
#include "export/table.h"
#include "extract/extractor.h"
#include "extract/resources.h"

#ifndef DEMARCHE_DATA_DIR
#define DEMARCHE_DATA_DIR "data"
#endif

namespace {

using namespace demarche;

constexpr int kRuntimeError = 1;
constexpr int kUsageError = 2;

std::string DefaultDataDir() {
  if (const char* env = std::getenv("DEMARCHE_DATA_DIR"); env && *env) return env;
  return DEMARCHE_DATA_DIR;
}

bool WriteStdout(const std::string& text) {
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    std::cerr << "demarche: cannot write to standard output: " << std::strerror(errno) << "\n";
    return false;
  }
  return true;
}

struct Common {
  std::string data_dir = DefaultDataDir();
  std::string date;
  std::size_t max_bytes = kDefaultMaxDocumentBytes;
};

void AddCommon(CLI::App* app, Common* c) {
  app->add_option("--date", c->date,
                  "Date the text is relative to, YYYY-MM-DD (resolves \"January 10\", \"tomorrow\")")
      ->check([](const std::string& s) {
        auto d = ParseIsoDate(s);
        return d && d->day != 0 ? std::string() : "expected a date as YYYY-MM-DD, got '" + s + "'";
      });
  app->add_option("--data-dir", c->data_dir, "Directory with gazetteers/ and lexicons/")
      ->capture_default_str();
  app->add_option("--max-bytes", c->max_bytes, "Largest input document accepted, in bytes")
      ->capture_default_str();
}

Result<Resources> LoadResources(const Common& c) {
  auto res = Resources::Load(c.data_dir);
  if (!res) {
    return Error{res.error().message + "\n  (set --data-dir or DEMARCHE_DATA_DIR to the project's data/ directory)"};
  }
  return res;
}

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
  std::string out;
  if (format == "jsonl") {
    out = WriteApocJsonLines(g);
  } else if (format == "jsonld") {
    out = WriteJsonLd(g);
  } else if (format == "dot") {
    out = WriteDot(g);
  } else if (format == "svg") {
    auto svg = RenderSvg(g);
    if (!svg) {
      std::cerr << "demarche: " << svg.error().message << "\n";
      return kRuntimeError;
    }
    out = *svg;
  } else {
    out = WriteSummaryTable(g);
  }
  return WriteStdout(out) ? 0 : kRuntimeError;
}

int RunBuild(const Common& c, const std::vector<std::string>& inputs, const std::string& out_dir, bool table,
             const std::string& layout) {
  auto res = LoadResources(c);
  if (!res) {
    std::cerr << "demarche: " << res.error().message << "\n";
    return kRuntimeError;
  }
  Extractor extractor(*res);
  KnowledgeGraph graph;
  std::size_t docs = 0;
  for (const auto& input : inputs) {
    auto doc = ReadDocumentFile(input, c.date, c.max_bytes);
    if (!doc) {
      std::cerr << "demarche: " << doc.error().message << "\n";
      return kRuntimeError;
    }
    graph.Merge(extractor.Extract(*doc));
    ++docs;
  }
  if (auto s = MakeDirectories(out_dir); !s) {
    std::cerr << "demarche: " << s.error().message << "\n";
    return kRuntimeError;
  }
  auto svg = RenderSvg(graph, layout);
  if (!svg) {
    std::cerr << "demarche: " << svg.error().message << "\n";
    return kRuntimeError;
  }
  const std::pair<std::string, std::string> files[] = {
      {"graph.jsonl", WriteApocJsonLines(graph)},
      {"graph.jsonld", WriteJsonLd(graph)},
      {"graph.dot", WriteDot(graph)},
      {"graph.svg", *svg},
  };
  for (const auto& [name, text] : files) {
    if (auto s = WriteFileAtomically(out_dir + "/" + name, text); !s) {
      std::cerr << "demarche: " << s.error().message << "\n";
      return kRuntimeError;
    }
  }
  std::cerr << "demarche: " << docs << " document(s) -> " << graph.num_nodes() << " nodes, " << graph.num_edges()
            << " edges; wrote graph.jsonl, graph.jsonld, graph.dot, graph.svg to " << out_dir << "/\n";
  if (table && !WriteStdout(WriteSummaryTable(graph))) return kRuntimeError;
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
      "Exit status: 0 success, 1 runtime error (bad input, I/O), 2 usage error.");

  Common common;
  std::string input, format = "jsonl";
  auto* extract = app.add_subcommand("extract", "Extract one document's graph and write it to standard output");
  extract->add_option("input", input, "Text file (UTF-8), or - for standard input")->required();
  extract->add_option("-f,--format", format, "Output format")
      ->check(CLI::IsMember({"jsonl", "jsonld", "dot", "svg", "table"}))
      ->capture_default_str();
  AddCommon(extract, &common);

  std::vector<std::string> inputs;
  std::string out_dir = "out", layout = "dot";
  bool table = false;
  auto* build = app.add_subcommand(
      "build", "Extract documents into one merged graph; write graph.jsonl, graph.jsonld, graph.dot, graph.svg");
  build->add_option("inputs", inputs, "Text files (UTF-8), or - for standard input")->required();
  build->add_option("-o,--output", out_dir, "Output directory (created if missing)")->capture_default_str();
  build->add_option("--layout", layout, "Graphviz layout engine for the SVG")
      ->check(CLI::IsMember({"dot", "sfdp", "neato", "fdp", "circo", "twopi"}))
      ->capture_default_str();
  build->add_flag("--table", table, "Also print a summary table (demands, rejections, meetings) to standard output");
  AddCommon(build, &common);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kUsageError;
  }
  if (*extract) return RunExtract(common, input, format);
  return RunBuild(common, inputs, out_dir, table, layout);
}
