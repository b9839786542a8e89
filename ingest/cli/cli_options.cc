// Command-line options through CLI11 (cli_options.h): CLI11 splits the
// arguments; the usage errors keep afstem's own one-line wording, and the
// help is written from the same option list.

#include "ingest/cli/cli_options.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <ostream>

#include "ingest/cli/exit_codes.h"

namespace afstem {
namespace {

struct OptionSpec {
  std::string names, value_name, help, missing;
  CommandLine::Take take;
  CLI::Option* option = nullptr;
  bool flag = false;
};

// "-j,--jobs" -> {"-j", "--jobs"}.
std::vector<std::string> NamesOf(const std::string& names) {
  std::vector<std::string> list;
  std::size_t start = 0;
  while (start <= names.size()) {
    const std::size_t comma = std::min(names.find(',', start), names.size());
    list.push_back(names.substr(start, comma - start));
    start = comma + 1;
  }
  return list;
}

// "--jobs" of "-j,--jobs": the name errors are reported under.
std::string LongName(const std::string& names) { return NamesOf(names).back(); }

// "-j, --jobs N" as the help lists it.
std::string Shown(const OptionSpec& spec) {
  std::string shown;
  for (const std::string& name : NamesOf(spec.names)) shown += (shown.empty() ? "" : ", ") + name;
  return spec.value_name.empty() ? shown : shown + " " + spec.value_name;
}

}  // namespace

struct CommandLine::Impl {
  std::string command, synopsis, about, footer;
  CLI::App app;
  std::vector<OptionSpec> options;
  std::vector<std::string>* positionals = nullptr;
  std::vector<std::function<std::string()>> checks;
  bool help = false;

  // The usage error in `args`, or "".
  std::string Error(const std::vector<std::string>& args);
};

CommandLine::CommandLine(std::string command, std::string synopsis, std::string about, std::string footer)
    : impl_(std::make_unique<Impl>()) {
  impl_->command = std::move(command);
  impl_->synopsis = std::move(synopsis);
  impl_->about = std::move(about);
  impl_->footer = std::move(footer);
  impl_->app.name("afstem " + impl_->command);
  impl_->app.set_help_flag();  // --help is an ordinary flag: usage errors come first
  impl_->app.allow_extras();   // reported here, in afstem's words
  Flag("-h,--help", "show this help", impl_->help);
}

CommandLine::~CommandLine() = default;

void CommandLine::Option(const std::string& names, const std::string& value_name, const std::string& help,
                         const std::string& missing, Take take) {
  OptionSpec spec{names, value_name, help, missing, std::move(take)};
  spec.option = impl_->app.add_option(names, help)
                    ->expected(0, 1)
                    ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  // Keep -h, --help last in the help.
  impl_->options.insert(impl_->options.end() - 1, std::move(spec));
}

void CommandLine::Text(const std::string& names, const std::string& value_name, const std::string& help,
                       std::string& into) {
  const std::string missing = LongName(names) + " needs a " + value_name;
  Option(names, value_name, help, missing, [&into, missing](const std::string& value) {
    into = value;
    return value.empty() ? missing : std::string();
  });
}

void CommandLine::Flag(const std::string& names, const std::string& help, bool& into) {
  OptionSpec spec{names, "", help, "", nullptr};
  spec.option = impl_->app.add_flag(names, into, help);
  spec.flag = true;
  if (impl_->options.empty()) {
    impl_->options.push_back(std::move(spec));
  } else {
    impl_->options.insert(impl_->options.end() - 1, std::move(spec));
  }
}

void CommandLine::Positionals(const std::string& name, std::vector<std::string>& into) {
  impl_->app.add_option(name, into);
  impl_->positionals = &into;
}

void CommandLine::Check(std::function<std::string()> check) { impl_->checks.push_back(std::move(check)); }

std::string CommandLine::Impl::Error(const std::vector<std::string>& args) {
  // What CLI11 would accept but afstem refuses: "--force=yes" (CLI11 reads
  // it as a boolean) and "--db=" (CLI11 takes the next argument instead).
  for (const std::string& arg : args) {
    if (arg == "--") break;
    const std::size_t equals = arg.find('=');
    if (arg.rfind("--", 0) != 0 || equals == std::string::npos) continue;
    const std::string name = arg.substr(0, equals);
    for (const OptionSpec& spec : options) {
      const std::vector<std::string> names = NamesOf(spec.names);
      if (std::find(names.begin(), names.end(), name) == names.end()) continue;
      if (spec.flag) return name + " takes no value";
      if (equals + 1 == arg.size()) return spec.missing;
    }
  }
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    return e.what();
  }
  for (const std::string& extra : app.remaining()) {
    if (extra == "--") continue;
    if (extra.size() > 1 && extra[0] == '-') return "unknown option " + extra.substr(0, extra.find('='));
    return "unexpected argument " + extra;
  }
  for (const OptionSpec& spec : options) {
    if (spec.flag || spec.option->count() == 0) continue;
    const std::vector<std::string>& results = spec.option->results();
    if (results.empty() || results.back().empty()) return spec.missing;
    if (std::string error = spec.take(results.back()); !error.empty()) return error;
  }
  if (help) return "";
  for (const auto& check : checks) {
    if (std::string error = check(); !error.empty()) return error;
  }
  return "";
}

std::optional<int> CommandLine::Parse(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (const std::string error = impl_->Error(args); !error.empty()) {
    err << "afstem " << impl_->command << ": " << error << "\n" << Help();
    return kExitUsage;
  }
  if (impl_->help) {
    out << Help();
    return kExitOk;
  }
  return std::nullopt;
}

std::string CommandLine::Help() const {
  std::size_t width = 0;
  for (const OptionSpec& spec : impl_->options) width = std::max(width, Shown(spec).size());
  std::string help = "usage: afstem " + impl_->command + " " + impl_->synopsis + "\n";
  if (!impl_->about.empty()) help += "\n" + impl_->about;
  help += "\noptions:\n";
  for (const OptionSpec& spec : impl_->options) {
    const std::string shown = Shown(spec);
    help += "  " + shown + std::string(width + 2 - shown.size(), ' ') + spec.help + "\n";
  }
  if (!impl_->footer.empty()) help += "\n" + impl_->footer;
  return help;
}

}  // namespace afstem
