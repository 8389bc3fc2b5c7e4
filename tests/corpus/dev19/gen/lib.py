"""Helpers for the dev19 batches: inline label markup (copy of dev18's lib.py, unchanged
apart from this docstring; dev18's was dev17's, which was dev16's, which had added v=cvr
and i=iban).

Write a label as [[k:span]] inside the text, where k is one of
n=name, a=address, c=cpr, e=email, p=phone, h=health, b=bank_account, k=payment_card,
v=cvr, i=iban.
The markup is removed from the text and each (category, span) becomes one label
(duplicates merged; one label covers every occurrence of its string).
"""
import re

CAT = {"n": "name", "a": "address", "c": "cpr", "e": "email", "p": "phone", "h": "health",
       "b": "bank_account", "k": "payment_card",
       "v": "cvr", "i": "iban"}
MARK = re.compile(r"\[\[([nacephbkvi]):(.+?)\]\]", re.S)


def parse(marked):
    labels = []
    seen = set()

    def repl(m):
        cat, span = CAT[m.group(1)], m.group(2)
        if (cat, span) not in seen:
            seen.add((cat, span))
            labels.append({"category": cat, "text": span})
        return span

    text = MARK.sub(repl, marked)
    if "[[" in text or "]]" in text:
        raise ValueError("unparsed markup: " + text[:80])
    return text, labels


def personal(note, marked):
    text, labels = parse(marked.strip())
    return {"text": text, "labels": labels, "note": note}


def clean(note, text):
    text = text.strip()
    if "[[" in text:
        raise ValueError("markup in clean text: " + text[:80])
    return {"text": text, "labels": [], "note": note}
