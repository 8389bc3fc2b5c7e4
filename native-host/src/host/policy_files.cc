#include "host/policy_files.h"

#include <filesystem>

namespace privacy_guard::host {

namespace {

class RealFiles final : public PolicyFiles {
 public:
  platform::FileStamp Stat(const std::string& path) override { return platform::StatFile(path); }
  std::vector<platform::FileStamp> StatInFolder(const std::string& dir,
                                                const std::vector<std::string>& names) override {
    return platform::StatFilesInFolder(dir, names);
  }
  std::optional<std::string> Read(const std::string& path, std::string* error) override {
    return platform::ReadWholeFile(path, error);
  }
};

}  // namespace

PolicyFiles& RealPolicyFiles() {
  static RealFiles* files = new RealFiles();  // never destroyed: used until exit
  return *files;
}

WatchSet::WatchSet(const std::vector<std::string>& paths) {
  for (const std::string& p : paths) {
    bool seen = false;
    for (const std::string& q : paths_) seen |= (q == p);
    if (seen) continue;
    const std::filesystem::path fp = platform::PathFromUtf8(p);
    const std::string dir = platform::PathToUtf8(fp.parent_path());
    const std::string name = platform::PathToUtf8(fp.filename());
    Group* group = nullptr;
    for (Group& g : groups_) {
      if (g.dir == dir) group = &g;
    }
    if (!group) {
      groups_.push_back(Group{dir, {}, {}});
      group = &groups_.back();
    }
    group->names.push_back(name);
    group->index.push_back(paths_.size());
    paths_.push_back(p);
  }
}

std::vector<platform::FileStamp> WatchSet::Stamps(PolicyFiles& files) const {
  std::vector<platform::FileStamp> out(paths_.size());
  for (const Group& g : groups_) {
    if (g.names.size() == 1) {
      out[g.index[0]] = files.Stat(paths_[g.index[0]]);
      continue;
    }
    std::vector<platform::FileStamp> stamps = files.StatInFolder(g.dir, g.names);
    for (size_t i = 0; i < g.index.size() && i < stamps.size(); ++i) out[g.index[i]] = stamps[i];
  }
  return out;
}

}  // namespace privacy_guard::host
