#!/usr/bin/env python3
"""English lay and clinical health words from WordNet 3.0: the nouns under
a few health synsets (diseases, symptoms, injuries, disorders, addictions,
disabilities, therapies, medical procedures, prostheses and mobility aids),
kept only when their most frequent sense is one of them.

Writes rules/data/health-terms-en-wordnet.txt. Terms already in
health-terms-en.txt are left out. Usage:
  apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb x
  python3 rules/tools/wordnet_health_en.py x/usr/share/wordnet > rules/data/health-terms-en-wordnet.txt
WordNet 3.0 licence: Princeton, permissive (copyright notice kept in the
output header)."""
import os
import sys

# Seed synsets as (lemma, sense number in index.noun): their hyponym trees.
SEEDS = [
    ('disease', 1), ('illness', 1), ('symptom', 1), ('injury', 1), ('wound', 1),
    ('disorder', 1), ('mental_disorder', 1), ('addiction', 1), ('alcoholism', 2),
    ('disability', 1), ('pregnancy', 1), ('therapy', 1), ('medical_care', 1),
    ('medical_procedure', 1), ('surgery', 2), ('prosthesis', 1), ('wheelchair', 1),
    ('crutch', 1), ('walker', 4), ('hearing_aid', 2), ('pain', 1), ('ache', 1),
    ('fracture', 2), ('infection', 1), ('inflammation', 1), ('tumor', 1), ('ulcer', 1),
    ('seizure', 1), ('paralysis', 1), ('dementia', 1), ('depression', 1),
    ('anxiety_disorder', 1), ('eating_disorder', 1), ('rehabilitation', 2),
]
# Subtrees that are no person's health.
EXCLUDE = [('plant_disease', 1), ('animal_disease', 1)]
MIN_LEN = 5  # shorter words are too often something else (a few are kept)
KEEP_SHORT = {'flu', 'gout', 'mump', 'acne', 'rash', 'cyst', 'coma', 'polio'}
# Words every sense of which WordNet files under health, but which English
# prompts use for other things too ("a complaint", "the treatment of data",
# "digitalization", "football fever") or which say nothing alone ("care",
# "test"): the detector's phrase rules handle the health uses.
DROP = {
    'attack', 'spell', 'stroke', 'fit', 'shock', 'cold', 'break', 'trauma', 'complex',
    'fatigue', 'temperature', 'weakness', 'dryness', 'growth', 'sign', 'side effect',
    'operation', 'treatment', 'care', 'therapy', 'procedure', 'disorder', 'condition',
    'digitalization', 'digitalisation', 'exercise', 'massage', 'bath', 'diet', 'rest',
    'nursing', 'relief', 'support', 'aid', 'injury', 'wound', 'disease', 'illness', 'pain',
    'ache', 'symptom', 'cast', 'birth', 'labor', 'labour', 'delivery', 'discomfort',
    'distress', 'twinge', 'pang', 'sting', 'scratch', 'cut', 'graze', 'burn', 'bite',
    'lump', 'bump', 'upset', 'hurt', 'harm', 'damage', 'defect', 'handicap', 'impairment',
    'mania', 'hysteria', 'panic', 'phobia', 'stress', 'tension', 'craving', 'habit',
    'dependence', 'dependance', 'crutch', 'walker', 'cane', 'brace', 'sling', 'plaster',
    'dressing', 'injection', 'shot', 'jab', 'screening', 'checkup', 'examination', 'exam',
    'test', 'scan', 'x-ray', 'recovery', 'infection', 'inflammation', 'fever', 'surgery',
    'complaint', 'allopathy', 'fester', 'throb', 'squeamishness', 'altering', 'flooding',
    'faulting', 'spots', 'dumps', 'frenzy', 'gameness', 'bends', 'drugging', 'stigmata',
    'xenophobia', 'neophobia', 'vapors', 'vapours', 'hickey', 'clubbing', 'cupping', 'mopes',
    'fantods', 'maidism', 'gimpiness', 'hurting', 'smarting', 'crack-up', 'neutering',
    'spaying', 'folie', 'obturator', 'disability', 'megrims', 'gripes', 'griping', 'blackwater',
    'sword-cut', 'snakebite', 'tumescence', 'tumidity', 'tumidness', 'windburn'}


def lemmas(d, pos):
    with open(os.path.join(d, 'index.' + pos), encoding='latin-1') as f:
        return {l.split()[0] for l in f if not l.startswith(' ')}


def load(d):
    data = open(os.path.join(d, 'data.noun'), 'rb').read()
    index = {}
    with open(os.path.join(d, 'index.noun'), encoding='latin-1') as f:
        for line in f:
            if line.startswith(' '):
                continue
            p = line.split()
            p_cnt = int(p[3])
            rest = p[4 + p_cnt:]
            index[p[0]] = [int(o) for o in rest[2:2 + int(rest[0])]]

    def synset(off):
        end = data.index(b'\n', off)
        fields = data[off:end].decode('latin-1').partition(' | ')[0].split()
        w_cnt = int(fields[3], 16)
        words = [fields[4 + 2 * i].lower() for i in range(w_cnt)]
        k = 4 + 2 * w_cnt
        p_cnt = int(fields[k])
        ptrs = [(fields[k + 1 + 4 * i], int(fields[k + 2 + 4 * i])) for i in range(p_cnt)]
        return words, ptrs
    return index, synset


def main():
    d = sys.argv[1]
    index, synset = load(d)
    def tree(seeds):
        found = set()
        stack = [index[l][n - 1] for l, n in seeds if l in index and len(index[l]) >= n]
        while stack:
            off = stack.pop()
            if off in found:
                continue
            found.add(off)
            for sym, target in synset(off)[1]:
                if sym == '~':  # hyponym (not instances)
                    stack.append(target)
        return found
    inside = tree(SEEDS) - tree(EXCLUDE)
    other_pos = lemmas(d, 'verb') | lemmas(d, 'adj') | lemmas(d, 'adv')
    have = set()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, '..', 'data', 'health-terms-en.txt'), encoding='utf-8') as f:
        have = {l.strip().lower() for l in f if l.strip() and not l.startswith('#')}
    out = set()
    for off in inside:
        for w in synset(off)[0]:
            lemma = w.split('(')[0]
            term = lemma.replace('_', ' ')
            if term in DROP or term in have or not term.isascii():
                continue
            if len(term) < MIN_LEN and term not in KEEP_SHORT:
                continue
            if any(c.isdigit() for c in term) or term.count(' ') > 3:
                continue
            senses = index.get(lemma)
            # Every sense of the word is a health sense, and it is no verb,
            # adjective or adverb: "complaint" (a grievance), "digitalization"
            # and "cold" are left out.
            if not senses or any(o not in inside for o in senses) or lemma in other_pos:
                continue
            out.add(term)
    print('# English lay and clinical health words (nouns) from WordNet 3.0: the hyponyms of')
    print('# disease, illness, symptom, injury, wound, disorder, mental disorder, addiction,')
    print('# disability, pregnancy, therapy, medical care and procedure, surgery, prosthesis,')
    print('# wheelchair, crutch, walker, hearing aid and the like, kept when every')
    print('# sense of the word is one of them and it is no verb or adjective; very common lay words left out (rules/tools/wordnet_health_en.py).')
    print('# Generated 2026-12-06 from Debian wordnet-base 1:3.0-37 by rules/tools/wordnet_health_en.py.')
    print('# Source: WordNet 3.0, Princeton University. Licence: WordNet 3.0 licence (permissive):')
    print('# "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved."')
    print('# Terms already in health-terms-en.txt are left out. Read only in English sentences.')
    for t in sorted(out):
        print(t)


if __name__ == '__main__':
    main()
