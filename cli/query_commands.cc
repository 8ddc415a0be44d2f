#include "cli/query_commands.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <limits>
#include <thread>

#include "core/io.h"
#include "core/pattern.h"
#include "core/query.h"
#include "export/answer.h"
#include "export/graphml.h"
#include "export/jsonld.h"
#include "export/plover.h"
#include "export/rdf.h"
#include "export/report.h"
#include "extract/text/morphology.h"

namespace demarche::cli {

constexpr const char* kDefaultGraph = "out/graph.jsonl";

struct QueryCommands::Flags {
  std::vector<std::string> args;
  bool json = false, tsv = false, table = false, evidence = false;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  DemandsQuery demands;
  RejectionsQuery rejections;
  MeetingsQuery meetings;
  TimeWindow when;  // stance, actor
  std::size_t limit = 0;
  std::string sort;
  std::vector<std::string> report_documents;  // report --documents
  std::string focus;  // convert, report
  std::size_t depth = 2;
  bool all_paths = false;
  std::size_t max_paths = 10;
  std::string format = "jsonl";
  std::size_t svg_max_nodes = kDefaultSvgMaxNodes;  // -f svg, as build
  std::string layout = "dot";
  std::size_t max_rows = QueryEngine::Limits{}.max_rows;
  std::string output;
  ReportOptions report;
  CLI::App *report_cmd = nullptr;
  CLI::App *convert = nullptr, *demands_cmd = nullptr, *rejections_cmd = nullptr, *meetings_cmd = nullptr,
           *stance = nullptr, *actor = nullptr, *path = nullptr, *query = nullptr;
};

namespace {

const char* kInputsHelp =
    "Saved graphs (graph.jsonl or graph.jsonld from `demarche build`; several are merged) and/or articles "
    "(text files, directories, JSON-lines articles, -) to extract first";

}  // namespace

QueryCommands::QueryCommands(CLI::App* app, Common* common) : flags_(std::make_unique<Flags>()), common_(common) {
  Flags& f = *flags_;
  auto inputs = [&](CLI::App* cmd, const std::string& also, const std::string& operands = "") {
    // The positional's name is what usage shows: "INPUT... PATTERN".
    std::string display = "INPUT" + (operands.empty() ? std::string() : "..." + operands);
    cmd->add_option(display, f.args, std::string(kInputsHelp) + also + " (default input: " + kDefaultGraph + ")")
        ->type_name("");
    cmd->add_option("-j,--jobs", f.jobs, "Extraction threads, for articles")->check(CLI::Range(1u, 256u));
    AddCommon(cmd, common);
  };
  auto output = [&](CLI::App* cmd) {
    auto* json = cmd->add_flag("--json", f.json, "Write JSON: {\"columns\": [...], \"rows\": [...]}");
    auto* tsv = cmd->add_flag("--tsv", f.tsv, "Write tab-separated values (the default when not on a terminal)");
    auto* table = cmd->add_flag("--table", f.table, "Write an aligned table (the default on a terminal)");
    json->excludes(tsv)->excludes(table);
    tsv->excludes(table);
    cmd->add_flag("--evidence", f.evidence, "Show the evidence of each row: document and quoted sentence");
    cmd->add_option("--sort", f.sort,
                    "Order the rows by date (the date or first_seen column, undated last), evidence (most first) or "
                    "actor (default: by the cells' text)")
        ->check(CLI::IsMember({"date", "evidence", "actor"}));
    cmd->add_option("--limit", f.limit, "Show only the first N rows (after --sort; default: all)")
        ->check(CLI::Range(std::size_t{1}, std::numeric_limits<std::size_t>::max()));
  };
  // Keeps the evidence of documents dated inside the window; first_seen/last_seen follow it.
  auto window = [&](CLI::App* cmd, TimeWindow* w) {
    cmd->add_option("--from", w->from,
                    "Only evidence from documents dated on or after this date (YYYY[-MM[-DD]]); rows left without "
                    "evidence are dropped");
    cmd->add_option("--to", w->to, "Only evidence from documents dated on or before this date (YYYY[-MM[-DD]])");
  };

  f.convert = app->add_subcommand("convert", "Read graphs and/or articles, merge them, write one format");
  inputs(f.convert, "");
  f.convert->add_option("-f,--format", f.format,
                        "Output format; plover: PLOVER-style event records (DEMAND, REJECT, CONSULT with CAMEO "
                        "codes and actor codes), one JSON object a line")
      ->check(CLI::IsMember([] {
        auto all = kFormats;
        all.push_back("csv");
        all.push_back("plover");
        return all;
      }()))
      ->capture_default_str();
  f.convert->add_option("--svg-max-nodes", f.svg_max_nodes,
                        "-f svg: above this many nodes, draw only the most connected ones, with sfdp (as build)")
      ->check(CLI::Range(static_cast<std::size_t>(10), static_cast<std::size_t>(100000)))
      ->capture_default_str();
  f.convert->add_option("--layout", f.layout, "-f svg: Graphviz layout engine (as build)")
      ->check(CLI::IsMember({"dot", "sfdp", "neato", "fdp", "circo", "twopi"}))
      ->capture_default_str();
  f.convert->add_option("-o,--output", f.output,
                        "Output file (default, and -: standard output): a file is replaced atomically; a device, FIFO or "
                        "link stays one. A directory for csv");

  AddFocus(f.convert, &f.focus, &f.depth);

  f.report_cmd = app->add_subcommand(
      "report",
      "Write one self-contained HTML page to read: what was read, a picture of the negotiations, who demands "
      "what of whom (with rejected-by and first/last seen), rejections, a meetings timeline and the most active "
      "actors; every row opens its evidence (document, date, sentence, URL); tables sort and filter. Opens "
      "offline: nothing is loaded from the network");
  inputs(f.report_cmd, "; the articles' URLs (JSON-lines \"url\") become links in the evidence");
  f.report_cmd->add_option("-o,--output", f.output, "Output file (default report.html; -: standard output)");
  f.report_cmd->add_option("--title", f.report.title, "The page's title")->capture_default_str();
  f.report_cmd->add_option("--max-rows", f.report.max_rows,
                           "At most this many rows per table (the ones with most evidence; a note gives the total)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1000000}))
      ->capture_default_str();
  f.report_cmd->add_option("--max-evidence", f.report.max_evidence, "At most this many evidence items per row")
      ->check(CLI::Range(std::size_t{1}, std::size_t{10000}))
      ->capture_default_str();
  f.report_cmd->add_option("--picture-nodes", f.report.max_picture_nodes,
                           "At most this many nodes in the negotiation picture")
      ->check(CLI::Range(std::size_t{5}, std::size_t{500}))
      ->capture_default_str();
  f.report_cmd->add_option("--actors", f.report.max_actors, "Panels for this many of the most active actors")
      ->check(CLI::Range(std::size_t{0}, std::size_t{1000}))
      ->capture_default_str();
  f.report_cmd->add_option("--documents", f.report_documents,
                           "Articles (JSON-lines, text files, directories) to take only the documents' titles, dates and "
                           "URLs from, for a saved graph built from them; they are not extracted again")
      ->type_name("FILE");
  AddFocus(f.report_cmd, &f.focus, &f.depth);

  f.demands_cmd = app->add_subcommand("demands", "Who demands what of whom");
  inputs(f.demands_cmd, "");
  f.demands_cmd->add_option("--by", f.demands.by, "Only demands made by this actor (any name: US, Washington, Putin)");
  f.demands_cmd->add_option("--of", f.demands.of, "Only demands addressed to this actor");
  f.demands_cmd->add_option("--about", f.demands.about,
                            "Only demands whose description holds these words, in any order and form "
                            "(\"lift sanctions\" finds \"Sanctions Must Be Lifted\")");
  window(f.demands_cmd, &f.demands.when);
  output(f.demands_cmd);

  f.rejections_cmd = app->add_subcommand("rejections", "Who rejects which demand or proposal, and whose it was");
  inputs(f.rejections_cmd, "");
  f.rejections_cmd->add_option("--by", f.rejections.by, "Only rejections by this actor");
  window(f.rejections_cmd, &f.rejections.when);
  output(f.rejections_cmd);

  f.meetings_cmd = app->add_subcommand("meetings", "Meetings: when, where, who took part");
  inputs(f.meetings_cmd, "");
  f.meetings_cmd->add_option("--in", f.meetings.in, "Only meetings in this city (or in cities of this state)");
  f.meetings_cmd->add_option("--with", f.meetings.with, "Only meetings this actor takes part in");
  f.meetings_cmd->add_option("--from", f.meetings.from, "Only meetings on or after this date (YYYY[-MM[-DD]])");
  f.meetings_cmd->add_option("--to", f.meetings.to, "Only meetings on or before this date (YYYY[-MM[-DD]])");
  output(f.meetings_cmd);

  f.stance = app->add_subcommand("stance", "Who makes, backs, is asked, rejects or proposes one demand");
  inputs(f.stance,
         "; the last argument is the demand: its key, or words of its description in any order and form "
         "(\"lift sanctions\" finds \"Sanctions Must Be Lifted\")",
         " DEMAND");
  window(f.stance, &f.when);
  output(f.stance);

  f.actor = app->add_subcommand("actor", "Everything the graph says about one actor (or any node)");
  inputs(f.actor,
         "; the last argument is the actor's name, alias or key (a name that fits several nodes answers for "
         "all of them and says which)",
         " NAME");
  window(f.actor, &f.when);
  output(f.actor);

  f.path = app->add_subcommand("path", "How two actors are connected: a shortest chain of edges");
  inputs(f.path, "; the last two arguments are the two actors", " FROM TO");
  auto* all = f.path->add_flag("--all", f.all_paths,
                               "List several chains without a repeated node, shortest first, numbered in a path "
                               "column (see --max)");
  f.path->add_option("--max", f.max_paths, "With --all: at most this many chains")
      ->check(CLI::Range(std::size_t{1}, std::size_t{100000}))
      ->capture_default_str()
      ->needs(all);
  output(f.path);

  f.query = app->add_subcommand("query", "Answer a triple pattern, e.g. '?who:State demands ?d . ?d demands-of NATO'");
  inputs(f.query,
         "; the last argument is the pattern: triples 'subject relation object' joined by ' . ', "
         "?variables (optionally ?x:Type), names (quote multi-word names: \"United States\")",
         " PATTERN");
  f.query->add_option("--max-rows", f.max_rows, "Stop with an error past this many solutions")->capture_default_str();
  output(f.query);
}

QueryCommands::~QueryCommands() = default;

std::optional<int> QueryCommands::Run() {
  Flags& f = *flags_;
  CLI::App* chosen = nullptr;
  std::size_t operands = 0;
  for (auto [cmd, n] : {std::pair{f.report_cmd, 0}, {f.convert, 0}, {f.demands_cmd, 0}, {f.rejections_cmd, 0}, {f.meetings_cmd, 0},
                        {f.stance, 1}, {f.actor, 1}, {f.path, 2}, {f.query, 1}}) {
    if (cmd->parsed()) chosen = cmd, operands = static_cast<std::size_t>(n);
  }
  if (!chosen) return std::nullopt;
  const std::string name = chosen->get_name();
  if (f.args.size() < operands) {
    std::cerr << "demarche " << name << ": expected " << (operands == 2 ? "two actors" : "one more argument")
              << " after the inputs (see demarche " << name << " --help)\n";
    return kUsageError;
  }
  std::vector<std::string> operand(f.args.end() - static_cast<long>(operands), f.args.end());
  std::vector<std::string> inputs(f.args.begin(), f.args.end() - static_cast<long>(operands));
  std::optional<Pattern> pattern;
  if (chosen == f.query) {  // a malformed pattern is a usage error: say so before loading anything
    auto p = ParsePattern(operand[0]);
    if (!p) {
      std::cerr << "demarche query: " << p.error().message << "\n  " << operand[0] << "\n";
      return kUsageError;
    }
    pattern = std::move(*p);
  }
  if (inputs.empty()) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(kDefaultGraph, ec)) {
      std::cerr << "demarche " << name << ": no input given and no " << kDefaultGraph
                << " here; give a graph (graph.jsonl or graph.jsonld from `demarche build`) or articles\n";
      return kUsageError;
    }
    inputs.push_back(kDefaultGraph);
  }
  auto res = LoadResources(*common_);
  if (!res) {
    std::cerr << "demarche: " << res.error().message << "\n";
    return kRuntimeError;
  }
  auto graph = LoadInputs(inputs, *common_, **res, f.jobs);
  if (!graph) {
    std::cerr << "demarche: " << graph.error().message << "\n";
    return kRuntimeError;
  }
  if ((chosen == f.report_cmd || chosen == f.convert) && !f.focus.empty()) {
    auto focused = FocusOn(*graph, **res, f.focus, f.depth, name);
    if (!focused) {
      std::cerr << "demarche " << name << ": " << focused.error().message << "\n";
      return kRuntimeError;
    }
    *graph = std::move(*focused);
  }
  if (chosen == f.report_cmd) {
    ReportOptions options = f.report;
    std::vector<std::string> sources = inputs;
    sources.insert(sources.end(), f.report_documents.begin(), f.report_documents.end());
    auto docs = ReadReportDocuments(sources, *common_);
    if (!docs) {
      std::cerr << "demarche: " << docs.error().message << "\n";
      return kRuntimeError;
    }
    options.documents = std::move(*docs);
    auto html = WriteReport(*graph, options);
    if (!html) {
      std::cerr << "demarche: " << html.error().message << "\n";
      return kRuntimeError;
    }
    return WriteOutputOrReport(f.output.empty() ? "report.html" : f.output, *html) ? 0 : kRuntimeError;
  }
  if (chosen == f.convert) {
    if (f.format == "csv") {  // two files: a directory
      if (f.output.empty() || f.output == "-") {
        std::cerr << "demarche convert: -f csv writes nodes.csv and relationships.csv: give -o DIRECTORY\n";
        return kUsageError;
      }
      NeoCsv csv = WriteNeo4jCsv(*graph);
      for (auto [file, text] : {std::pair{"/nodes.csv", &csv.nodes}, {"/relationships.csv", &csv.relationships}}) {
        if (Status s = MakeDirectories(f.output); !s) {
          std::cerr << "demarche: " << s.error().message << "\n";
          return kRuntimeError;
        }
        if (!WriteOutputOrReport(f.output + file, *text)) return kRuntimeError;
      }
      NoteArrayDelimiter(csv.array_delimiter);
      return 0;
    }
    if (f.format == "jsonld" || f.format == "nquads" || f.format == "turtle") {  // streamed, never whole
      const KnowledgeGraph& g = *graph;
      auto stream = [&](OutputSink& s) {
        if (f.format == "jsonld") {
          WriteJsonLd(g, s);
        } else if (f.format == "nquads") {
          WriteNQuads(g, s);
        } else {
          WriteTurtle(g, s);
        }
      };
      return WriteOutputOrReport(f.output.empty() ? "-" : f.output, stream)
                 ? 0
                 : kRuntimeError;
    }
    // PLOVER-style event records (export/plover.h), one JSON object a line.
    // svg as `build` draws graph.svg (an excerpt of a large graph).
    if (f.format == "svg") NoteSvgExcerpt(graph->num_nodes(), f.svg_max_nodes);
    auto out = f.format == "plover" ? Result<std::string>(WritePloverEvents(*graph))
               : f.format == "svg"  ? RenderGraphSvg(*graph, f.svg_max_nodes, f.layout)
                                    : Render(*graph, f.format);
    if (!out) {
      std::cerr << "demarche: " << out.error().message << "\n";
      return kRuntimeError;
    }
    return WriteOutputOrReport(f.output.empty() ? "-" : f.output, *out) ? 0 : kRuntimeError;
  }
  NameIndex aliases;
  (*res)->AddNamesTo(&aliases);
  const Morphology& morphology = (*res)->morphology();
  // A word typed by the user may itself be inflected ("expanding"): the lemmas it may come
  // from (the regular endings taken off; Forms() then adds every form of each, irregular ones
  // included) give the forms to look for.
  QueryEngine engine(*graph, &aliases, [&morphology](std::string_view word) {
    std::vector<std::string> lemmas{std::string(word)};
    for (std::string_view ending : {"s", "es", "ed", "d", "ing"}) {
      if (word.size() > ending.size() + 2 && word.ends_with(ending)) {
        std::string stem(word.substr(0, word.size() - ending.size()));
        lemmas.push_back(stem);
        if (ending == "ing" || ending == "ed") lemmas.push_back(stem + "e");  // "raising" -> raise
        if (stem.size() > 3 && stem.back() == stem[stem.size() - 2]) lemmas.push_back(stem.substr(0, stem.size() - 1));
      }
    }
    if (word.size() > 4 && (word.ends_with("ies") || word.ends_with("ied"))) {
      lemmas.push_back(std::string(word.substr(0, word.size() - 3)) + "y");
    }
    std::vector<std::string> forms;
    for (const std::string& lemma : lemmas) {
      for (char pos : {'v', 'n'}) {
        for (std::string& form : morphology.Forms(lemma, pos)) forms.push_back(std::move(form));
      }
    }
    return forms;
  });
  Result<Answer> answer = Error{""};
  if (chosen == f.demands_cmd) {
    answer = engine.Demands(f.demands);
  } else if (chosen == f.rejections_cmd) {
    answer = engine.Rejections(f.rejections);
  } else if (chosen == f.meetings_cmd) {
    answer = engine.Meetings(f.meetings);
  } else if (chosen == f.stance) {
    answer = engine.Stance(operand[0], f.when);
  } else if (chosen == f.actor) {
    answer = engine.Actor(operand[0], f.when);
  } else if (chosen == f.path) {
    answer = f.all_paths ? engine.Paths(operand[0], operand[1], f.max_paths) : engine.Path(operand[0], operand[1]);
  } else {
    answer = engine.Run(*pattern, QueryEngine::Limits{.max_rows = f.max_rows});
  }
  if (!answer) {
    std::cerr << "demarche " << name << ": " << answer.error().message << "\n";
    return kRuntimeError;
  }
  for (const std::string& note : answer->notes) std::cerr << "demarche " << name << ": note: " << note << "\n";
  engine.Arrange(&*answer, *ParseAnswerSort(f.sort), f.limit);
  AnswerFormat format = f.json ? AnswerFormat::kJson
                        : f.tsv ? AnswerFormat::kTsv
                        : f.table || isatty(STDOUT_FILENO) ? AnswerFormat::kTable
                                                          : AnswerFormat::kTsv;
  if (chosen == f.path && answer->rows.empty()) {
    std::cerr << "demarche path: no chain of edges links '" << operand[0] << "' and '" << operand[1] << "'\n";
  }
  return WriteStdout(FormatAnswer(engine, *answer, format, AnswerOptions{.evidence = f.evidence})) ? 0 : kRuntimeError;
}

}  // namespace demarche::cli
