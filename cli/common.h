// demarche/cli/common.h: flags and helpers shared by the subcommands (glue only).
#ifndef DEMARCHE_CLI_COMMON_H_
#define DEMARCHE_CLI_COMMON_H_

#include <CLI/CLI.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/document.h"
#include "core/io.h"
#include "core/knowledge_graph.h"
#include "core/result.h"
#include "export/report.h"
#include "extract/resources.h"

namespace demarche::cli {

inline constexpr int kRuntimeError = 1;
inline constexpr int kUsageError = 2;

struct Common {
  std::string data_dir;
  std::string date;
  std::size_t max_bytes = kDefaultMaxDocumentBytes;
  bool strict = false;  // input warnings are errors
};

Common DefaultCommon();
void AddCommon(CLI::App* app, Common* c);
// Loads the data folder (c.data_dir) into Resources that live until the process exits (never
// destroyed: exit does not wait for their tables to be freed). A later call replaces them.
Result<const Resources*> LoadResources(const Common& c);
// Writes `text` to `path` through core/io.h WriteOutput ("-": standard output; a file is
// replaced atomically; a device, FIFO, socket or link stays what it is); false, after a
// message on stderr, when it cannot.
bool WriteOutputOrReport(const std::string& path, std::string_view text);
// The same for a writer that streams its output (export/rdf.h): nothing is held whole.
bool WriteOutputOrReport(const std::string& path, const std::function<void(OutputSink&)>& produce);
// WriteOutputOrReport("-", text).
bool WriteStdout(const std::string& text);

// Prints input warnings to standard error ("demarche: warning: ..."), the first 20 in full;
// Finish() says how many more there were. `clear_line` first erases a progress line.
// (With --strict the corpus reader returns an error instead of warning.)
class InputWarnings {
 public:
  explicit InputWarnings(bool clear_line = false) : clear_line_(clear_line) {}
  void operator()(const std::string& message);
  void Finish() const;

 private:
  bool clear_line_;
  std::size_t count_ = 0;
};

// When neo4j CSV files use another array delimiter than ';' (a document id holds one), says
// so on standard error with the neo4j-admin option to import them.
void NoteArrayDelimiter(char delimiter);

// Saved graphs (our JSON lines or JSON-LD) are read; everything else (text, directories,
// JSON-lines articles, "-") is extracted with `resources`. All of it is merged into one graph.
Result<KnowledgeGraph> LoadInputs(const std::vector<std::string>& inputs, const Common& c,
                                  const Resources& resources, unsigned jobs);

// `--focus ACTOR --depth N`: the part of `graph` within `depth` edges of the nodes the actor's
// name resolves to (names, keys, gazetteer aliases, surnames, as the query commands take
// them; several nodes: all of them, and a note on standard error says which). An error when
// the name fits no node.
Result<KnowledgeGraph> FocusOn(const KnowledgeGraph& graph, const Resources& resources, const std::string& actor,
                               std::size_t depth, const std::string& command);
// Adds --focus and --depth to a subcommand.
void AddFocus(CLI::App* app, std::string* actor, std::size_t* depth);
// For the report's evidence links: the id, date, title and URL ("url" of JSON-lines articles)
// of every document in `inputs`; saved graphs and standard input ("-", read once) are skipped.
// Reads the articles' text again (no extraction): ~0.3 s for the AllSides corpus.
Result<std::unordered_map<std::string, ReportDocument>> ReadReportDocuments(const std::vector<std::string>& inputs,
                                                                           const Common& c);

// The single-file formats, by --format name: jsonl, jsonld, nquads, turtle, graphml, dot,
// svg, table.
inline const std::vector<std::string> kFormats = {"jsonl", "jsonld", "nquads", "turtle", "graphml", "dot", "svg", "table"};
Result<std::string> Render(const KnowledgeGraph& graph, const std::string& format);

// graph.svg as `build` and `convert -f svg` draw it: the whole graph laid out with `layout`, or,
// above `max_nodes` nodes, its negotiation core (KnowledgeGraph::NegotiationCore) laid out with
// sfdp (dot takes minutes on a large graph). Prints nothing: see NoteSvgExcerpt.
constexpr std::size_t kDefaultSvgMaxNodes = 150;
Result<std::string> RenderGraphSvg(const KnowledgeGraph& graph, std::size_t max_nodes, const std::string& layout);
// Says on standard error that graph.svg draws an excerpt, when a graph of `nodes` nodes is
// above `max_nodes`; true when it is.
bool NoteSvgExcerpt(std::size_t nodes, std::size_t max_nodes);

}  // namespace demarche::cli

#endif  // DEMARCHE_CLI_COMMON_H_
