// Ed25519 signatures for the central policy (issue 7). The host verifies
// with these; the CLI's `privacy-guard policy keygen|sign|verify`
// (cli/policy_command.cc) creates keys and signatures with them.
//
// IT signs the policy file's exact bytes; the detached signature lives in
// "<policy>.sig" as one line of standard base64 (a raw 64-byte file is also
// accepted). HostConfig.policy_public_key holds the base64 public key; when
// it is set, the host accepts a policy only with a valid signature. Keys
// are libsodium's: the secret key file holds the 64-byte secret key in
// base64 (owner-only permissions), the public key file 32 bytes in base64.
//
// The signature covers the policy file only, not the data files it names.
#ifndef PRIVACY_GUARD_HOST_POLICY_SIGNING_H_
#define PRIVACY_GUARD_HOST_POLICY_SIGNING_H_

#include <string>
#include <string_view>

namespace privacy_guard::host {

// Returns true if `signature` (contents of a .sig file: base64 text with
// optional surrounding white space, or exactly 64 raw bytes) is a valid
// Ed25519 signature of `message` under `public_key_b64` (base64 of 32
// bytes). Otherwise false with *error saying why (bad key, bad signature
// encoding, or "signature does not match").
bool VerifyDetachedSignature(std::string_view message, std::string_view signature,
                             std::string_view public_key_b64, std::string* error);

// Returns the base64 detached signature (no newline) of `message` under the
// base64 64-byte secret key `secret_key_b64`, or "" with *error on a bad key.
std::string SignDetached(std::string_view message, std::string_view secret_key_b64,
                         std::string* error);

// A fresh Ed25519 key pair: the 64-byte secret key and the 32-byte public
// key, each base64. False with *error if libsodium cannot start.
bool GenerateKeyPair(std::string* secret_key_b64, std::string* public_key_b64, std::string* error);

// Overwrites a secret in memory before it is released.
void WipeSecret(std::string* secret);

}  // namespace privacy_guard::host

#endif  // PRIVACY_GUARD_HOST_POLICY_SIGNING_H_
