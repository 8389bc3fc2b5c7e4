// Benchmark material made of INVENTED data: dense Copilot prompts as a
// municipal employee would write them, numbers-only tables, and lists of
// names with CPR numbers. Used by the engine benchmark, the dense_gen tool
// (tests/bench/scan_jsonl_bench.sh) and dense_prompts_test.
//
// Deterministic: the output depends only on the arguments (own PRNG, no
// standard-library distributions, no floating point, no hash-ordered
// containers), so it is the same on every run, compiler and machine.
// Self-contained: the name, street and town pools are written into
// dense_prompts.cc; nothing is read from rules/data, ../shared/data or the
// labelled corpus, so the material does not flatter the detectors' lists.
//
// Every person is invented; the numbers are made to be valid where real ones
// are: CPR dates exist and most CPR numbers pass modulus 11 (a share of the
// numbers of people born since 2007, and a few older ones, do not, as real
// ones issued since 2007 may not), CVR modulus 11, IBAN mod 97, cards Luhn
// with a real issuer prefix.
#ifndef PRIVACY_GUARD_TESTS_BENCH_DENSE_PROMPTS_H_
#define PRIVACY_GUARD_TESTS_BENCH_DENSE_PROMPTS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace privacy_guard::bench {

// One dense prompt of `target_bytes` bytes (fewer by at most 3: the text is
// cut at a UTF-8 character boundary): an instruction to Copilot followed by
// pasted material (case notes from home care, the job centre, children and
// young people, disability support under § 85; pupil lists; letters and
// e-mails with signatures; HR sick-leave notes; payroll and supplier lines;
// discharge summaries), mixed Danish and English. From 4 KB on, every
// category of the engine is in it (the supplier lines with CVR, bank
// account, IBAN, card number and a classification marking always come
// among the first three blocks). Different seeds give different prompts.
std::string DensePrompt(uint64_t seed, size_t target_bytes);

// `bytes` bytes (fewer by at most 3) of dense material: whole prompts of
// the kind above, one after another, separated by blank lines.
std::string DenseText(size_t bytes, uint64_t seed = 0);

// `bytes` bytes (fewer by at most 3) of numbers and nothing else: tables of
// dates, amounts, times, percentages, case and order numbers, and numbers
// shaped like CPR, phone, account, CVR and card numbers (valid or not),
// with no words around them; tables separated by blank lines.
std::string NumbersText(size_t bytes, uint64_t seed = 0);

// `bytes` bytes (fewer by at most 3) of lists of names with CPR numbers
// (and now and then a phone number), class by class, as pasted from a
// school or case system: the worst case for memory.
std::string PeopleText(size_t bytes, uint64_t seed = 0);

// One JSON line `{"id":"<id>","text":"<text>"}` followed by '\n', with the
// text escaped as JSON requires (quotes, backslashes, control characters).
std::string JsonLine(std::string_view id, std::string_view text);

}  // namespace privacy_guard::bench

#endif  // PRIVACY_GUARD_TESTS_BENCH_DENSE_PROMPTS_H_
