#include "host/policy_signing.h"

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "host/platform.h"

namespace privacy_guard::host {

namespace {

constexpr const char* kWhiteSpace = " \t\r\n";

// Decodes standard base64 (white space ignored) into exactly `len` bytes.
bool DecodeBase64Exact(std::string_view b64, unsigned char* out, size_t len) {
  size_t bin_len = 0;
  const char* end = nullptr;
  if (sodium_base642bin(out, len, b64.data(), b64.size(), kWhiteSpace, &bin_len, &end,
                        sodium_base64_VARIANT_ORIGINAL) != 0) {
    return false;
  }
  return bin_len == len && end == b64.data() + b64.size();
}

std::string EncodeBase64(const unsigned char* bytes, size_t len) {
  std::string out(sodium_base64_ENCODED_LEN(len, sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), bytes, len, sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // drop the terminating NUL
  return out;
}

bool InitSodium(std::string* error) {
  if (sodium_init() < 0) {
    *error = "libsodium failed to initialise";
    return false;
  }
  return true;
}

}  // namespace

bool VerifyDetachedSignature(std::string_view message, std::string_view signature,
                             std::string_view public_key_b64, std::string* error) {
  if (!InitSodium(error)) return false;
  unsigned char pk[crypto_sign_PUBLICKEYBYTES];
  if (!DecodeBase64Exact(public_key_b64, pk, sizeof pk)) {
    *error = "policy_public_key is not base64 of a 32-byte Ed25519 key";
    return false;
  }
  unsigned char sig[crypto_sign_BYTES];
  if (signature.size() == crypto_sign_BYTES) {
    std::copy(signature.begin(), signature.end(), sig);  // raw signature
  } else if (!DecodeBase64Exact(signature, sig, sizeof sig)) {
    *error = "signature is neither base64 nor 64 raw bytes";
    return false;
  }
  if (crypto_sign_verify_detached(sig, reinterpret_cast<const unsigned char*>(message.data()),
                                  message.size(), pk) != 0) {
    *error = "signature does not match the policy and public key";
    return false;
  }
  return true;
}

std::string SignDetached(std::string_view message, std::string_view secret_key_b64,
                         std::string* error) {
  if (!InitSodium(error)) return {};
  unsigned char sk[crypto_sign_SECRETKEYBYTES];
  if (!DecodeBase64Exact(secret_key_b64, sk, sizeof sk)) {
    *error = "secret key is not base64 of a 64-byte Ed25519 secret key";
    return {};
  }
  unsigned char sig[crypto_sign_BYTES];
  crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                       message.size(), sk);
  sodium_memzero(sk, sizeof sk);
  return EncodeBase64(sig, sizeof sig);
}

namespace {

int Usage() {
  std::fputs(
      "usage: privacy-guard policy keygen OUTPREFIX\n"
      "       privacy-guard policy sign --key SECRETKEYFILE POLICY\n"
      "       privacy-guard policy verify --key PUBLICKEY|PUBFILE POLICY\n",
      stderr);
  return 2;
}

int Fail(const std::string& message) {
  std::fprintf(stderr, "privacy-guard: %s\n", message.c_str());
  return 3;
}

int Keygen(const std::string& prefix) {
  std::string error;
  if (!InitSodium(&error)) return Fail(error);
  unsigned char pk[crypto_sign_PUBLICKEYBYTES];
  unsigned char sk[crypto_sign_SECRETKEYBYTES];
  crypto_sign_keypair(pk, sk);
  std::string sk_b64 = EncodeBase64(sk, sizeof sk) + "\n";
  sodium_memzero(sk, sizeof sk);
  const std::string pk_b64 = EncodeBase64(pk, sizeof pk);
  bool exists = false;
  const bool ok = CreateFilePrivate(prefix + ".key", sk_b64, &exists, &error);
  sodium_memzero(sk_b64.data(), sk_b64.size());
  if (!ok) return Fail(exists ? prefix + ".key exists; not overwritten" : error);
  if (!WriteFileAtomically(prefix + ".pub", pk_b64 + "\n", &error)) return Fail(error);
  std::printf("wrote %s.key (secret: keep it off the file share) and %s.pub\n"
              "add to privacy-guard.conf:\n  policy_public_key: \"%s\"\n",
              prefix.c_str(), prefix.c_str(), pk_b64.c_str());
  return 0;
}

int Sign(const std::string& key_file, const std::string& policy) {
  std::string error;
  std::optional<std::string> sk = ReadWholeFile(key_file, &error);
  if (!sk) return Fail(error);
  std::optional<std::string> content = ReadWholeFile(policy, &error);
  if (!content) return Fail(error);
  std::string sig = SignDetached(*content, *sk, &error);
  sodium_memzero(sk->data(), sk->size());
  if (sig.empty()) return Fail(error);
  if (!WriteFileAtomically(policy + ".sig", sig + "\n", &error)) return Fail(error);
  std::printf("wrote %s.sig\n", policy.c_str());
  return 0;
}

int Verify(const std::string& key, const std::string& policy) {
  std::string error;
  std::string pk = key;
  if (std::optional<std::string> from_file = ReadWholeFile(key)) pk = *from_file;
  std::optional<std::string> content = ReadWholeFile(policy, &error);
  if (!content) return Fail(error);
  std::optional<std::string> sig = ReadWholeFile(policy + ".sig", &error);
  if (!sig) return Fail(error);
  if (!VerifyDetachedSignature(*content, *sig, pk, &error)) {
    std::fprintf(stderr, "privacy-guard: %s: %s\n", policy.c_str(), error.c_str());
    return 1;
  }
  std::printf("%s: signature OK\n", policy.c_str());
  return 0;
}

}  // namespace

int RunPolicySigningCommand(int argc, char** argv) {
  if (argc < 1) return Usage();
  const std::string cmd = argv[0];
  std::vector<std::string> args(argv + 1, argv + argc);
  if (cmd == "keygen") {
    if (args.size() != 1) return Usage();
    return Keygen(args[0]);
  }
  if (cmd == "sign" || cmd == "verify") {
    std::string key, policy;
    for (size_t i = 0; i < args.size(); ++i) {
      if (args[i] == "--key" && i + 1 < args.size()) {
        key = args[++i];
      } else if (policy.empty() && !args[i].starts_with("--")) {
        policy = args[i];
      } else {
        return Usage();
      }
    }
    if (key.empty() || policy.empty()) return Usage();
    return cmd == "sign" ? Sign(key, policy) : Verify(key, policy);
  }
  return Usage();
}

}  // namespace privacy_guard::host
