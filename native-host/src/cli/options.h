// One option parser for every privacy-guard command (scan, policy, export):
// "--name VALUE", "--name=VALUE", flags, repeatable options and positional
// arguments; numbers are range-checked, so "--dictionary-budget -1" is an
// error instead of 2^64-1.
#ifndef PRIVACY_GUARD_CLI_OPTIONS_H_
#define PRIVACY_GUARD_CLI_OPTIONS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace privacy_guard::cli {

class OptionParser {
 public:
  // `command` names the command in messages ("privacy-guard scan").
  explicit OptionParser(std::string command) : command_(std::move(command)) {}

  // "--name" sets *out to true.
  OptionParser& Flag(const std::string& name, bool* out);
  // "--name VALUE": the last one wins.
  OptionParser& String(const std::string& name, std::string* out);
  // "--name VALUE", repeatable: every value is appended.
  OptionParser& Strings(const std::string& name, std::vector<std::string>* out);
  // "--name N": a decimal integer in [min, max].
  OptionParser& Number(const std::string& name, uint64_t min, uint64_t max, uint64_t* out);
  // Arguments that are not options, in order; at least `min`, at most `max`.
  OptionParser& Positional(std::vector<std::string>* out, size_t min, size_t max);

  // Parses argv[0..argc). Returns false with *error (one line, naming the
  // command and the option) on an unknown option, a missing or bad value, or
  // the wrong number of positional arguments. "--" ends the options.
  bool Parse(int argc, char** argv, std::string* error) const;

 private:
  enum class Kind { kFlag, kString, kStrings, kNumber };
  struct Option {
    std::string name;
    Kind kind;
    void* out;
    uint64_t min = 0, max = 0;
  };
  const Option* Find(const std::string& name) const;

  std::string command_;
  std::vector<Option> options_;
  std::vector<std::string>* positional_ = nullptr;
  size_t min_positional_ = 0, max_positional_ = 0;
};

// Parses a decimal integer in [min, max] (digits only, no sign, no
// overflow). False when `text` is anything else.
bool ParseNumber(const std::string& text, uint64_t min, uint64_t max, uint64_t* out);

}  // namespace privacy_guard::cli

#endif  // PRIVACY_GUARD_CLI_OPTIONS_H_
