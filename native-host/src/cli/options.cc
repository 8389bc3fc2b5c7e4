#include "cli/options.h"

namespace privacy_guard::cli {

bool ParseNumber(const std::string& text, uint64_t min, uint64_t max, uint64_t* out) {
  if (text.empty() || text.size() > 20) return false;
  uint64_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    const uint64_t d = static_cast<uint64_t>(c - '0');
    if (v > (UINT64_MAX - d) / 10) return false;
    v = v * 10 + d;
  }
  if (v < min || v > max) return false;
  *out = v;
  return true;
}

OptionParser& OptionParser::Flag(const std::string& name, bool* out) {
  options_.push_back({name, Kind::kFlag, out});
  return *this;
}

OptionParser& OptionParser::String(const std::string& name, std::string* out) {
  options_.push_back({name, Kind::kString, out});
  return *this;
}

OptionParser& OptionParser::Strings(const std::string& name, std::vector<std::string>* out) {
  options_.push_back({name, Kind::kStrings, out});
  return *this;
}

OptionParser& OptionParser::Number(const std::string& name, uint64_t min, uint64_t max,
                                   uint64_t* out) {
  options_.push_back({name, Kind::kNumber, out, min, max});
  return *this;
}

OptionParser& OptionParser::Positional(std::vector<std::string>* out, size_t min, size_t max) {
  positional_ = out;
  min_positional_ = min;
  max_positional_ = max;
  return *this;
}

const OptionParser::Option* OptionParser::Find(const std::string& name) const {
  for (const Option& o : options_) {
    if (o.name == name) return &o;
  }
  return nullptr;
}

bool OptionParser::Parse(int argc, char** argv, std::string* error) const {
  std::vector<std::string> positional;
  bool options_done = false;
  for (int i = 0; i < argc; ++i) {
    const std::string a = argv[i];
    if (options_done || a.size() < 2 || a[0] != '-' || a == "-") {
      positional.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    std::string name = a, value;
    bool inline_value = false;
    if (const size_t eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      inline_value = true;
    }
    const Option* o = Find(name);
    if (!o) {
      *error = command_ + ": unknown option " + name;
      return false;
    }
    if (o->kind == Kind::kFlag) {
      if (inline_value) {
        *error = command_ + ": " + name + " takes no value";
        return false;
      }
      *static_cast<bool*>(o->out) = true;
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= argc) {
        *error = command_ + ": " + name + " needs a value";
        return false;
      }
      value = argv[++i];
    }
    switch (o->kind) {
      case Kind::kString:
        *static_cast<std::string*>(o->out) = value;
        break;
      case Kind::kStrings:
        static_cast<std::vector<std::string>*>(o->out)->push_back(value);
        break;
      case Kind::kNumber:
        if (!ParseNumber(value, o->min, o->max, static_cast<uint64_t*>(o->out))) {
          *error = command_ + ": " + name + " needs a whole number from " + std::to_string(o->min) +
                   " to " + std::to_string(o->max) + ", not '" + value + "'";
          return false;
        }
        break;
      case Kind::kFlag:
        break;
    }
  }
  if (positional.size() < min_positional_ || positional.size() > max_positional_ ||
      (!positional_ && !positional.empty())) {
    if (!positional_ || positional.size() > max_positional_) {
      *error = command_ + ": unexpected argument '" +
               (positional.empty() ? std::string() : positional[positional_ ? max_positional_ : 0]) + "'";
    } else {
      *error = command_ + ": missing argument";
    }
    return false;
  }
  if (positional_) *positional_ = std::move(positional);
  return true;
}

}  // namespace privacy_guard::cli
