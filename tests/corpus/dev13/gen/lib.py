"""Helpers for the dev13 batches (clean-only set).

Every record is clean: labels are always empty. A batch calls
    C(lang, kind, trap, text)   -> note "[lang] [hard-neg] kind: trap"
    P(lang, what, text)         -> note "[lang] [clean] what"   (plain prompts, at most 10)
and collects them in RECS.
"""
import re

KIND_RE = re.compile(r"^[a-z-]+$")


def _check(lang, text):
    if lang not in ("da", "en"):
        raise ValueError("lang must be da or en")
    if "[[" in text:
        raise ValueError("markup in clean text: " + text[:80])
    return text.strip()


def C(lang, kind, trap, text):
    if not KIND_RE.match(kind):
        raise ValueError("bad kind " + kind)
    return {"text": _check(lang, text), "labels": [],
            "note": "[%s] [hard-neg] %s: %s" % (lang, kind, trap)}


def P(lang, what, text):
    return {"text": _check(lang, text), "labels": [], "note": "[%s] [clean] %s" % (lang, what)}
