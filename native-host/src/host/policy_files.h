// The file operations the policy manager makes on the policy share, behind
// an interface so that a test double can count them (issue 14), and the set
// of files one policy check looks at.
//
// Cost model (installer/README.md, "Load on the policy share"): a check
// makes one metadata request per folder it watches (WatchSet::requests()),
// whatever the number of files in it, and reads no file unless a stamp
// changed (see policy_manager.h for the one exception after a load).
#ifndef PRIVACY_GUARD_HOST_POLICY_FILES_H_
#define PRIVACY_GUARD_HOST_POLICY_FILES_H_

#include <optional>
#include <string>
#include <vector>

#include "platform/platform.h"

namespace privacy_guard::host {

class PolicyFiles {
 public:
  virtual ~PolicyFiles() = default;
  // As platform::StatFile: one metadata request.
  virtual platform::FileStamp Stat(const std::string& path) = 0;
  // As platform::StatFilesInFolder: one metadata request (one folder
  // listing on Windows).
  virtual std::vector<platform::FileStamp> StatInFolder(const std::string& dir,
                                                        const std::vector<std::string>& names) = 0;
  // As platform::ReadWholeFile: the whole file, or nullopt with *error (if
  // `error` is not null) "cannot read <path>: <reason>".
  virtual std::optional<std::string> Read(const std::string& path, std::string* error) = 0;
};

// The real file system (platform.h). Thread-safe; lives for the process.
PolicyFiles& RealPolicyFiles();

// Files to watch, grouped by folder. A folder holding one of them costs one
// Stat per check, a folder holding several one StatInFolder. Immutable.
class WatchSet {
 public:
  WatchSet() = default;
  // `paths` (UTF-8); duplicates are dropped, the first occurrence keeps
  // its place. Folders are compared as written (parent_path()).
  explicit WatchSet(const std::vector<std::string>& paths);

  const std::vector<std::string>& paths() const { return paths_; }
  bool empty() const { return paths_.empty(); }
  // Metadata requests one Stamps() call makes: the number of folders.
  size_t requests() const { return groups_.size(); }
  // The stamps of paths(), in that order, with requests() calls on `files`.
  std::vector<platform::FileStamp> Stamps(PolicyFiles& files) const;

 private:
  struct Group {
    std::string dir;
    std::vector<std::string> names;
    std::vector<size_t> index;  // into paths_
  };
  std::vector<std::string> paths_;
  std::vector<Group> groups_;
};

}  // namespace privacy_guard::host

#endif  // PRIVACY_GUARD_HOST_POLICY_FILES_H_
