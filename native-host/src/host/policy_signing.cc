#include "host/policy_signing.h"

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "platform/platform.h"

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

bool GenerateKeyPair(std::string* secret_key_b64, std::string* public_key_b64, std::string* error) {
  if (!InitSodium(error)) return false;
  unsigned char pk[crypto_sign_PUBLICKEYBYTES];
  unsigned char sk[crypto_sign_SECRETKEYBYTES];
  crypto_sign_keypair(pk, sk);
  *secret_key_b64 = EncodeBase64(sk, sizeof sk);
  sodium_memzero(sk, sizeof sk);
  *public_key_b64 = EncodeBase64(pk, sizeof pk);
  return true;
}

void WipeSecret(std::string* secret) { sodium_memzero(secret->data(), secret->size()); }

}  // namespace privacy_guard::host
