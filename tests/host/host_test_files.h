// Header-only helpers shared by the host tests and the benchmark: files,
// temporary directories, frames and policy-signing key pairs.
#ifndef PRIVACY_GUARD_TESTS_HOST_HOST_TEST_FILES_H_
#define PRIVACY_GUARD_TESTS_HOST_HOST_TEST_FILES_H_

#include <sodium.h>
#include <stdlib.h>
#ifdef _WIN32
#include <process.h>  // _getpid
#endif

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "host/policy_signing.h"

#ifdef _WIN32
// MinGW's C library has no setenv/unsetenv; _putenv_s also updates the
// Win32 environment the host reads (GetEnvironmentVariableW), and an empty
// value removes the variable.
inline int setenv(const char* name, const char* value, int) { return _putenv_s(name, value); }
inline int unsetenv(const char* name) { return _putenv_s(name, ""); }
#endif

namespace privacy_guard::testing {

// Encodes one frame (native-order length prefix + body).
inline std::string Frame(std::string_view body) {
  const uint32_t n = static_cast<uint32_t>(body.size());
  std::string out(sizeof n, '\0');
  std::memcpy(out.data(), &n, sizeof n);
  out.append(body);
  return out;
}

inline std::string ReadAll(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// Writes `content` to `p` (creating its directory) via a temporary file and a
// rename: atomic, as an administrator's copy tool should be.
inline void WriteAll(const std::filesystem::path& p, std::string_view content) {
  std::filesystem::create_directories(p.parent_path());
  const std::filesystem::path tmp = p.string() + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f.write(content.data(), static_cast<std::streamsize>(content.size()));
  }
  std::filesystem::rename(tmp, p);
}

// A fresh directory under /tmp (Windows: %TEMP%), removed with everything in
// it on destruction.
class TempDir {
 public:
  TempDir() {
#ifdef _WIN32
    for (unsigned n = 0;; ++n) {
      path_ = std::filesystem::temp_directory_path() /
              ("pg-host-unit-" + std::to_string(_getpid()) + "-" + std::to_string(n));
      if (std::filesystem::create_directory(path_)) break;
    }
#else
    char tmpl[] = "/tmp/pg-host-unit-XXXXXX";
    path_ = ::mkdtemp(tmpl);
#endif
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// A fresh Ed25519 policy-signing key pair.
class KeyPair {
 public:
  KeyPair() {
    EXPECT_GE(sodium_init(), 0);
    crypto_sign_keypair(pk_, sk_);
  }
  std::string public_b64() const { return B64(pk_, sizeof pk_); }
  std::string secret_b64() const { return B64(sk_, sizeof sk_); }
  const unsigned char* sk() const { return sk_; }

  // The HostConfig line that pins this key.
  std::string ConfigLine() const { return "policy_public_key: \"" + public_b64() + "\"\n"; }

  // A detached signature of `message`, as a .sig file holds it.
  std::string Sign(std::string_view message) const {
    std::string error;
    std::string sig = host::SignDetached(message, secret_b64(), &error);
    EXPECT_FALSE(sig.empty()) << error;
    return sig + "\n";
  }

 private:
  static std::string B64(const unsigned char* p, size_t n) {
    std::string out(sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), p, n, sodium_base64_VARIANT_ORIGINAL);
    out.pop_back();
    return out;
  }
  unsigned char pk_[crypto_sign_PUBLICKEYBYTES];
  unsigned char sk_[crypto_sign_SECRETKEYBYTES];
};

}  // namespace privacy_guard::testing

#endif  // PRIVACY_GUARD_TESTS_HOST_HOST_TEST_FILES_H_
