#!/usr/bin/env python3
"""Validate the blind hold-out set and print counts (standard library only).

Checks: JSON shape, unique ids ("blind-NNNN"), every label text is an exact
substring of its prompt, categories from the allowed list, business terms are
listed in blind-terms.txt, no duplicate labels, and reports counts.
Run:  python3 check.py
"""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED = ['cpr', 'name', 'address', 'health', 'email', 'phone', 'cvr', 'iban',
           'bank_account', 'payment_card', 'business_term']
MIN = {'cpr': 40, 'name': 15, 'address': 15, 'health': 130, 'email': 15, 'phone': 15,
       'cvr': 15, 'iban': 15, 'bank_account': 15, 'payment_card': 15, 'business_term': 15}

import datetime

def cpr_info(raw):
    """Return (valid_date, mod11_ok, birth_year) for a CPR label, or None if not 10 digits."""
    d = re.sub(r'\D', '', raw)
    if len(d) != 10: return None
    dd, mm, yy, d7 = int(d[0:2]), int(d[2:4]), int(d[4:6]), int(d[6])
    if d7 <= 3: c = 1900
    elif d7 in (4, 9): c = 2000 if yy <= 36 else 1900
    else: c = 2000 if yy <= 57 else 1800
    try:
        datetime.date(c + yy, mm, dd); ok = True
    except ValueError:
        ok = False
    mod11 = sum(int(a) * b for a, b in zip(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0
    return ok, mod11, c + yy

def luhn_ok(raw):
    d = re.sub(r'\D', '', raw)
    if not 13 <= len(d) <= 19: return False
    t = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0

def iban_ok(raw):
    s = re.sub(r'\s', '', raw).upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{8,30}', s): return False
    r = s[4:] + s[:4]
    return int(''.join(str(int(ch, 36)) for ch in r)) % 97 == 1

def cvr_ok(raw):
    d = re.sub(r'\D', '', raw)
    return len(d) == 8 and d[0] != '0' and sum(int(a) * b for a, b in zip(d, [2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0

problems = []
def bad(msg): problems.append(msg)

terms = []
tp = os.path.join(HERE, 'blind-terms.txt')
if os.path.exists(tp):
    terms = [l.strip() for l in open(tp, encoding='utf-8') if l.strip()]
    if not 10 <= len(terms) <= 20: bad(f'blind-terms.txt has {len(terms)} terms (want 10-20)')
else:
    bad('blind-terms.txt missing')

ids = set(); recs = []
files = sorted(glob.glob(os.path.join(HERE, 'blind-*.jsonl')))
per_file = Counter()
for path in files:
    fn = os.path.basename(path)
    with open(path, encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                bad(f'{fn}:{ln}: empty line'); continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                bad(f'{fn}:{ln}: invalid JSON: {e}'); continue
            if not isinstance(r, dict) or set(r) != {'id', 'text', 'labels', 'note'}:
                bad(f'{fn}:{ln}: keys must be exactly id,text,labels,note'); continue
            rid, text, labels, note = r['id'], r['text'], r['labels'], r['note']
            if not (isinstance(rid, str) and re.fullmatch(r'blind-\d{4}', rid)):
                bad(f'{fn}:{ln}: bad id {rid!r}')
            if rid in ids: bad(f'{fn}:{ln}: duplicate id {rid}')
            ids.add(rid)
            if not isinstance(text, str) or not text.strip(): bad(f'{rid}: empty text')
            if not isinstance(note, str): bad(f'{rid}: note must be a string')
            if not isinstance(labels, list): bad(f'{rid}: labels must be a list'); continue
            seen = set()
            for lab in labels:
                if not isinstance(lab, dict) or set(lab) != {'category', 'text'}:
                    bad(f'{rid}: label must have exactly category,text: {lab}'); continue
                c, t = lab['category'], lab['text']
                if c not in ALLOWED: bad(f'{rid}: unknown category {c!r}')
                if not isinstance(t, str) or not t: bad(f'{rid}: empty label text'); continue
                if t != t.strip(): bad(f'{rid}: label text has surrounding whitespace: {t!r}')
                if t not in text: bad(f'{rid}: label text not in prompt: {t!r}')
                if (c, t) in seen: bad(f'{rid}: duplicate label {c}:{t!r}')
                seen.add((c, t))
                if c == 'cpr':
                    info = cpr_info(t)
                    if info is None or not info[0]: bad(f'{rid}: CPR label is not a 10-digit number with a real date: {t!r}')
                if c == 'payment_card' and not luhn_ok(t): bad(f'{rid}: card number fails Luhn: {t!r}')
                if c == 'iban' and not iban_ok(t): bad(f'{rid}: IBAN fails mod-97: {t!r}')
                if c == 'cvr':
                    if not cvr_ok(t): bad(f'{rid}: CVR fails modulus 11: {t!r}')
                    if re.sub(r'\D', '', t) == '29189838': bad(f'{rid}: the municipality\'s public CVR must not be labelled')
                if c == 'business_term' and terms and t not in terms:
                    bad(f'{rid}: business_term not in blind-terms.txt: {t!r}')
            # same text labelled with two categories is ambiguous
            tc = Counter(t for _, t in seen)
            for t, n in tc.items():
                if n > 1: bad(f'{rid}: text {t!r} labelled with several categories')
            # business terms in the prompt must be labelled
            for term in terms:
                if term in text and ('business_term', term) not in seen:
                    bad(f'{rid}: business term {term!r} present but not labelled')
            per_file[fn] += 1
            recs.append(r)

# counts
lab_count = Counter(); prm_count = Counter()
for r in recs:
    cats = set()
    for lab in r['labels']:
        lab_count[lab['category']] += 1; cats.add(lab['category'])
    for c in cats: prm_count[c] += 1
n = len(recs)
clean = [r for r in recs if not r['labels']]
hard = [r for r in clean if '[hard-neg]' in r['note']]
lang = Counter()
for r in recs:
    m = re.match(r'\[(en|da|da/en)\]', r['note'])
    lang[m.group(1) if m else '?'] += 1
for r in recs:
    if r['labels'] and ('[hard-neg]' in r['note'] or '[clean]' in r['note']):
        bad(f"{r['id']}: note marks it clean but it has labels")
    if not r['labels'] and not ('[hard-neg]' in r['note'] or '[clean]' in r['note']):
        bad(f"{r['id']}: no labels but note lacks [clean]/[hard-neg]")

print('Files:')
for fn in sorted(per_file): print(f'  {fn:28s} {per_file[fn]:4d} prompts')
print(f'Prompts total: {n}')
print(f'Clean prompts (no labels): {len(clean)}  of which hard negatives: {len(hard)}')
print(f"Language (from note tag): en={lang['en']} ({100*lang['en']/max(n,1):.1f} %), "
      f"da={lang['da']}, mixed da/en={lang['da/en']}, untagged={lang['?']}")
lens = sorted(len(r['text']) for r in recs)
print(f'Prompt length: min {lens[0]}, median {lens[len(lens)//2]}, max {lens[-1]} characters')
print(f"{'category':15s} {'labels':>7s} {'prompts':>8s}")
for c in ALLOWED:
    flag = '' if lab_count[c] >= MIN[c] else f'   < minimum {MIN[c]}'
    print(f'{c:15s} {lab_count[c]:7d} {prm_count[c]:8d}{flag}')
print(f"{'all':15s} {sum(lab_count.values()):7d}")
cprs = [lab['text'] for r in recs for lab in r['labels'] if lab['category'] == 'cpr']
infos = [cpr_info(t) for t in cprs]
m11 = sum(1 for i in infos if i and i[1]); kids = sum(1 for i in infos if i and 2007 <= i[2] <= 2024)
kids_nomod = sum(1 for i in infos if i and 2007 <= i[2] <= 2024 and not i[1])
sep = Counter('no separator' if re.fullmatch(r'\d{10}', t) else
              'dash' if re.fullmatch(r'\d{6}-\d{4}', t) else
              'space' if re.fullmatch(r'\d{6} \d{4}', t) else
              'dotted' if re.fullmatch(r'\d\d\.\d\d\.\d\d-\d{4}', t) else
              'spaced pairs' if re.fullmatch(r'\d\d \d\d \d\d \d{4}', t) else
              'dashed pairs' if re.fullmatch(r'\d\d-\d\d-\d\d-\d{4}', t) else 'other' for t in cprs)
print(f'CPR labels: {len(cprs)}; modulus-11 valid {m11}, not valid {len(cprs)-m11}; '
      f'born 2007-2024: {kids} (of which without mod-11: {kids_nomod})')
print('CPR formats:', dict(sep))
if n < 300: bad(f'only {n} prompts (need >= 300)')
if len(clean) < 100: bad(f'only {len(clean)} clean prompts (need >= 100)')
if len(hard) < 70: bad(f'only {len(hard)} hard negatives (need >= 70)')
if lang['en'] < 0.22 * n: bad(f"English share {lang['en']}/{n} below 22 %")
for c in ALLOWED:
    if lab_count[c] < MIN[c]: bad(f'category {c}: {lab_count[c]} labels < {MIN[c]}')
if problems:
    print(f'\n{len(problems)} PROBLEM(S):')
    for p in problems: print('  ' + p)
    sys.exit(1)
print('\nOK: no problems found')
