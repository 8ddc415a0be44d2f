// demarche/cli/query_commands.h: the subcommands that read graphs and answer questions
// (report, convert, demands, rejections, meetings, stance, actor, path, query). Glue only: the
// questions are core/query.h, the formats export/answer.h.
#ifndef DEMARCHE_CLI_QUERY_COMMANDS_H_
#define DEMARCHE_CLI_QUERY_COMMANDS_H_

#include <CLI/CLI.hpp>

#include <memory>

#include "cli/common.h"

namespace demarche::cli {

class QueryCommands {
 public:
  QueryCommands(CLI::App* app, Common* common);
  ~QueryCommands();
  // Runs the subcommand the user chose; nullopt when none of these was chosen.
  std::optional<int> Run();

 private:
  struct Flags;
  std::unique_ptr<Flags> flags_;
  Common* common_;
};

}  // namespace demarche::cli

#endif  // DEMARCHE_CLI_QUERY_COMMANDS_H_
