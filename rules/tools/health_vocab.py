#!/usr/bin/env python3
"""Regenerate the privacy-guard health vocabulary lists from openly licensed sources.

Standard library only.  Inputs are read from raw/ (see SOURCES.md for the exact
origin of every file).  If a raw file is missing and the git mirror it came from
is present under /work/.mirror, it is extracted from the pinned commit with
`git show` first (the git binary is the only external program used).

Outputs (all UTF-8, one entry per line, '#' header):
  medicines-da.txt          name<TAB>ATC code(s)
  medicines-dropped.txt     name<TAB>reason
  conditions-da.txt         Danish condition / symptom / diagnosis terms
  conditions-en.txt         English condition / symptom terms
  aids-da.txt               assistive aids, home-care and municipal care terms
  wards-da.txt              hospital ward / unit types
  ambiguous.txt             entry<TAB>list<TAB>other meaning
  PROVENANCE.tsv            entry<TAB>list<TAB>source keys (for licence filtering)
  raw/stats.json            counts used in REPORT.md

Usage:  python3 convert.py [--raw DIR] [--out DIR] [--strict]
        --strict leaves out entries whose only sources are ICPC-2-DK or KL (no open licence)
"""
import argparse
import bz2
import csv
import gzip
import json
import os
import re
import struct
import subprocess
import sys
import unicodedata
from collections import defaultdict, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
MIRROR = '/work/.mirror'
BUILD_DATE = '2026-12-06'

# ---------------------------------------------------------------------------
# Raw inputs: file name -> (mirror repo, commit, path in repo)
# ---------------------------------------------------------------------------
GIT_SOURCES = {
    'icpcdk.fsh': ('hl7dk+dk-core', 'e3ad9eb54658e8454d8563ef29909c9af23d85c4',
                   'input/fsh/icpcdk.fsh'),
    'icd10-da.json': ('hl7dk+dk-sks-terminology-automation',
                      '226bba7a43878b2f85f16126be96f91862866eb3',
                      'fhir/CodeSystem-icd10-da.json'),
    'sks_D_2022-09-30.txt': ('Kjaerdk+minGPT', '6074ce372c55cc8b740aa764b723b1f17266e47c',
                             'diagGPT/utils/sks_output.txt'),
    'heaven_sks_codes.rda': ('tagteam+heaven', '60e1c327ebfc5ecaf8569f039c78ee26b21f321d',
                             'data/sks_codes.rda'),
    'kl-FSIII.json': ('hl7dk+kl-term', 'c32a6c2ec18efadee00574ffd50e0d0af5e0f33c',
                      'input/vocabulary/CodeSystem-FSIII.json'),
    'kl-FFB.json': ('hl7dk+kl-term', 'c32a6c2ec18efadee00574ffd50e0d0af5e0f33c',
                    'input/vocabulary/CodeSystem-FFB.json'),
    'ema_scrape_2017.csv': ('fagan2888+ema', '1d5d3fe2deda9202c483272e9df80a55d189689e',
                            'scrape/ema_scrape.csv'),
    'ema_indications_merged_2017.csv': ('fagan2888+ema',
                                        '1d5d3fe2deda9202c483272e9df80a55d189689e',
                                        'scrape/ema_indications_merged.csv'),
    'symp.obo': ('DiseaseOntology+SymptomOntology', '7a295d9856d8ce1af613e5b53b6af84940260605',
                 'src/ontology/symp.obo'),
    'doid-2016-09-01.obo': ('DiseaseOntology+HumanDiseaseOntology',
                            'd172fa5ea86a7faf9e1a976dad8ad5d8e944d646',
                            'src/ontology/doid.obo'),
}
KIP = ('KIP-infrastructure+implementation-guide', '641c37534886a91289ae829b49f2355da3c001bf',
       'input/fsh')

# Debian packages (downloaded with `apt-get download`, unpacked with dpkg-deb -x
# into raw/deb/<package>/).  Used as filters/checks only, never copied to output.
DEB_FILES = {
    'danish': ['deb/wdanish/usr/share/dict/danish', '/usr/share/dict/danish'],
    'american': ['deb/wamerican/usr/share/dict/american-english',
                 '/usr/share/dict/american-english'],
    'british': ['deb/wbritish/usr/share/dict/british-english',
                '/usr/share/dict/british-english'],
    'wordnet': ['deb/wordnet-base/usr/share/wordnet', '/usr/share/wordnet'],
    'mythes_da': ['deb/mythes-da/usr/share/mythes/th_da_DK.dat',
                  '/usr/share/mythes/th_da_DK.dat'],
    'freedict_da_en': ['deb/dict-freedict-dan-eng/usr/share/dictd/freedict-dan-eng.dict.dz',
                       '/usr/share/dictd/freedict-dan-eng.dict.dz'],
}
# The Lægehåndbog keyword list the detector already has; used only to report
# overlap/coverage and as evidence that a dictionary word is used medically.
EXISTING_HEALTH_TERMS = ['/work/shared/data/health-terms.txt']
# Danish name lists (frequency ranked) - used to flag list entries that are also
# common first names or surnames (e.g. a brand name that is a given name).
NAME_LISTS = [('first name', '/work/shared/data/first-names-women.txt', 5000),
              ('first name', '/work/shared/data/first-names-men.txt', 5000),
              ('surname', '/work/shared/data/surnames.txt', 3200)]


def git_show(repo, commit, path):
    gd = os.path.join(MIRROR, repo, 'repo')
    return subprocess.run(['git', '--git-dir', gd, 'show', '%s:%s' % (commit, path)],
                          check=True, capture_output=True).stdout


def ensure_raw(raw):
    os.makedirs(raw, exist_ok=True)
    for name, (repo, commit, path) in GIT_SOURCES.items():
        dst = os.path.join(raw, name)
        if not os.path.exists(dst):
            with open(dst, 'wb') as f:
                f.write(git_show(repo, commit, path))
    kipdir = os.path.join(raw, 'kip')
    if not os.path.isdir(kipdir):
        os.makedirs(kipdir)
        repo, commit, path = KIP
        gd = os.path.join(MIRROR, repo, 'repo')
        names = subprocess.run(['git', '--git-dir', gd, 'ls-tree', '-z', '--name-only',
                                commit, path + '/'], check=True,
                               capture_output=True).stdout.split(b'\0')
        for n in names:
            n = n.decode()
            if n.endswith('.fsh'):
                with open(os.path.join(kipdir, os.path.basename(n)), 'wb') as f:
                    f.write(git_show(repo, commit, n))


DEB_PACKAGES = ['wdanish', 'wamerican', 'wbritish', 'wordnet-base', 'mythes-da',
                'dict-freedict-dan-eng']


def ensure_debs(raw):
    """Download (apt-get download) and unpack the Debian packages used as checks."""
    for pkg in DEB_PACKAGES:
        dst = os.path.join(raw, 'deb', pkg)
        if os.path.isdir(dst):
            continue
        debs = [f for f in os.listdir(raw) if f.startswith(pkg + '_') and f.endswith('.deb')]
        if not debs:
            subprocess.run(['apt-get', 'download', pkg], cwd=raw, check=True)
            debs = [f for f in os.listdir(raw) if f.startswith(pkg + '_') and f.endswith('.deb')]
        os.makedirs(dst)
        subprocess.run(['dpkg-deb', '-x', os.path.join(raw, sorted(debs)[-1]), dst], check=True)


def find_file(raw, key):
    for p in DEB_FILES[key]:
        q = p if os.path.isabs(p) else os.path.join(raw, p)
        if os.path.exists(q):
            return q
    raise FileNotFoundError('%s: none of %s' % (key, DEB_FILES[key]))


# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------
def norm(s):
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\u2013', '-').replace('\u2019', "'").replace('\xa0', ' ')
    s = re.sub(r'\s+', ' ', s).strip()
    return s.lower()


def nwords(s):
    return len(s.split())


WORD_RE = re.compile(r"[a-zæøåäöüéèáóíúç0-9][a-zæøåäöüéèáóíúç0-9\-']*")


def tokens(s):
    return WORD_RE.findall(s.lower())


# ---------------------------------------------------------------------------
# Dictionaries and sense inventories (filters only)
# ---------------------------------------------------------------------------
class Lexicon:
    def __init__(self, raw):
        self.raw = raw
        self.da = self._words(find_file(raw, 'danish'), lower_only=True)
        self.en = set()
        self.en_proper = set()
        for k in ('american', 'british'):
            p = find_file(raw, k)
            with open(p, encoding='utf-8', errors='replace') as f:
                for w in f:
                    w = w.strip()
                    if not w or "'" in w:
                        continue
                    if w[0].isupper():
                        self.en_proper.add(w.lower())
                    else:
                        self.en.add(w)
        self._load_wordnet(find_file(raw, 'wordnet'))
        self._load_mythes(find_file(raw, 'mythes_da'))
        self._load_freedict(find_file(raw, 'freedict_da_en'))

    @staticmethod
    def _words(path, lower_only=False):
        out = set()
        with open(path, encoding='utf-8', errors='replace') as f:
            for w in f:
                w = w.strip()
                if not w:
                    continue
                if lower_only and w[0].isupper():
                    continue
                out.add(w)
        return out

    # -- WordNet 3.0 -------------------------------------------------------
    LEXNAMES = ('adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact '
                'noun.attribute noun.body noun.cognition noun.communication noun.event '
                'noun.feeling noun.food noun.group noun.location noun.motive noun.object '
                'noun.person noun.phenomenon noun.plant noun.possession noun.process '
                'noun.quantity noun.relation noun.shape noun.state noun.substance noun.time '
                'verb.body verb.change verb.cognition verb.communication verb.competition '
                'verb.consumption verb.contact verb.creation verb.emotion verb.motion '
                'verb.perception verb.possession verb.social verb.stative verb.weather '
                'adj.ppl').split()
    # lexicographer files in which WordNet often files the medical sense itself
    # (e.g. obesity = noun.attribute, amnesia = noun.cognition); a sense there is
    # not taken as evidence of a second, non-health meaning
    MED_PRONE_LEX = {'noun.state', 'noun.body', 'verb.body', 'noun.attribute',
                     'noun.cognition', 'noun.feeling', 'noun.act', 'noun.process',
                     'noun.phenomenon'}
    MED_GLOSS = re.compile(
        r'\b(disease|disorder|infect|inflamm|pain|symptom|medic|drug|treat|injur|patient|'
        r'syndrome|tumou?r|cancer|carcinoma|illness|ill\b|sick|physician|surg|therap|health|'
        r'hospital|nurs|addict|chronic|ache|wound|fractur|fever|pharmac|dose|tablet|pill|'
        r'narcotic|analgesic|antibiotic|hormone|vitamin|psychiatr|mental|diagnos|clinic|'
        r'blood|virus|bacteri|poison|toxic|deficien|impair|disabilit|handicap|'
        r'paralys|lesion|abnormal|congenital|allerg|sedative|anesthe|anaesthe|vaccin|'
        r'immun|cardiac|heart|lung|kidney|liver|brain|nerv|muscle|bone|skin|eye|ear\b|'
        r'pregnan|birth|childbirth|menstru|urin|bowel|stomach|intestin|organ|tissue|'
        r'gland|cell|medication|remedy|cure|rehabilitat|wheelchair|crutch|walker|'
        r'prosthe|orthopedic|stoma|catheter|dementia|depress|anxiety|psychos|neuro)',
        re.I)

    def _load_wordnet(self, d):
        self.wn = defaultdict(list)   # lemma -> [(pos, lexname, gloss, tagcount_rank)]
        for pos in ('noun', 'verb', 'adj'):
            data = open(os.path.join(d, 'data.' + pos), 'rb').read()
            with open(os.path.join(d, 'index.' + pos), encoding='latin-1') as f:
                for line in f:
                    if line.startswith(' '):
                        continue
                    parts = line.split()
                    lemma = parts[0]
                    p_cnt = int(parts[3])
                    rest = parts[4 + p_cnt:]
                    sense_cnt, tag_cnt = int(rest[0]), int(rest[1])
                    offs = rest[2:2 + sense_cnt]
                    for i, off in enumerate(offs):
                        o = int(off)
                        end = data.index(b'\n', o)
                        rec = data[o:end].decode('latin-1')
                        fields, _, gloss = rec.partition(' | ')
                        lex = self.LEXNAMES[int(fields.split()[1])]
                        self.wn[lemma].append((pos, lex, gloss.strip(), i, tag_cnt))

    def en_other_sense(self, word):
        """Return a gloss of a frequent non-medical WordNet sense of `word`, or None."""
        senses = self.wn.get(word.replace(' ', '_'))
        if not senses:
            return None
        for pos, lex, gloss, rank, tagged in senses:
            if rank >= max(2, min(tagged, 4)):
                continue
            if lex in self.MED_PRONE_LEX:
                continue
            short = gloss.split(';')[0].strip().strip('"')
            if self.MED_GLOSS.search(short):
                continue
            return '%s (%s)' % (short, lex)
        return None

    def en_first_sense_nonmedical(self, word):
        senses = self.wn.get(word.replace(' ', '_'))
        if not senses:
            return True          # dictionary word without WordNet entry: treat as ordinary
        pos, lex, gloss, rank, tagged = senses[0]
        if lex in ('noun.state', 'noun.body'):
            return False
        return not self.MED_GLOSS.search(gloss.split(';')[0])

    def en_has_medical_sense(self, word, max_rank=99):
        for pos, lex, gloss, rank, tagged in self.wn.get(word.replace(' ', '_'), []):
            if rank > max_rank:
                continue
            if lex in ('noun.state', 'noun.body') or self.MED_GLOSS.search(gloss.split(';')[0]):
                return True
        return False

    # -- Danish thesaurus (mythes-da) -------------------------------------
    def _load_mythes(self, path):
        self.th = {}
        with open(path, encoding='utf-8', errors='replace') as f:
            f.readline()
            while True:
                head = f.readline()
                if not head:
                    break
                if '|' not in head:
                    continue
                w, n = head.rstrip('\n').rsplit('|', 1)
                senses = []
                for _ in range(int(n)):
                    line = f.readline().rstrip('\n')
                    syns = [re.sub(r'\s*\(.*?\)\s*', ' ', s).strip().lower()
                            for s in line.split('|')[1:]]
                    senses.append([s for s in syns if s])
                self.th[w.lower()] = senses

    # -- FreeDict Danish-English -----------------------------------------
    def _load_freedict(self, path):
        """dictd format: .index lines "headword<TAB>b64 offset<TAB>b64 length"."""
        b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

        def dec(x):
            v = 0
            for ch in x:
                v = v * 64 + b64.index(ch)
            return v
        self.fd = {}
        txt = gzip.open(path).read()
        with open(path.replace('.dict.dz', '.index'), encoding='utf-8') as f:
            for line in f:
                parts = line.rstrip('\n').split('\t')
                if len(parts) != 3 or parts[0].startswith('00database'):
                    continue
                head, off, ln = parts[0].lower(), dec(parts[1]), dec(parts[2])
                entry = txt[off:off + ln].decode('utf-8', errors='replace').split('\n')
                trans = [l.strip() for l in entry[1:] if l.strip()]
                if trans and head not in self.fd:
                    self.fd[head] = '; '.join(trans[:2])


# ---------------------------------------------------------------------------
# R .rda (XDR serialisation) reader, just enough for data.table of strings
# ---------------------------------------------------------------------------
def read_rdx(data):
    if data[:3] == b'BZh':
        data = bz2.decompress(data)
    elif data[:2] == b'\x1f\x8b':
        data = gzip.decompress(data)
    assert data[:5] in (b'RDX2\n', b'RDX3\n') and data[5:7] == b'X\n', 'not an XDR .rda'
    pos = [7]

    def i32():
        v = struct.unpack('>i', data[pos[0]:pos[0] + 4])[0]
        pos[0] += 4
        return v
    ver = i32()
    i32()
    i32()
    if ver == 3:
        pos[0] += i32()
    refs = []

    def item():
        flags = i32()
        t = flags & 0xFF
        has_attr, has_tag = flags & (1 << 9), flags & (1 << 10)
        if t == 255:
            idx = flags >> 8 or i32()
            return refs[idx - 1]
        if t in (254, 253, 252, 251, 250, 242, 241):
            return None
        if t == 1:
            s = ('sym', item())
            refs.append(s)
            return s
        if t in (247, 248, 249):
            i32()
            v = [item() for _ in range(i32())]
            refs.append(v)
            return v
        if t in (2, 3, 5, 6, 17, 239, 240):
            attr = item() if has_attr else None
            tag = item() if has_tag else None
            return ('pair', tag, item(), item(), attr)
        if t == 22:
            o = {}
            refs.append(o)
            item()
            item()
            if has_attr:
                item()
            return o
        if t == 9:
            n = i32()
            if n == -1:
                return None
            s = data[pos[0]:pos[0] + n]
            pos[0] += n
            return s.decode('utf-8', 'replace')
        if t in (10, 13, 14, 16, 19, 20, 24):
            n = i32()
            if n == -1:
                n = (i32() << 32) + i32()
            if t in (16, 19, 20):
                v = [item() for _ in range(n)]
            elif t in (10, 13):
                v = list(struct.unpack('>%di' % n, data[pos[0]:pos[0] + 4 * n]))
                pos[0] += 4 * n
            elif t == 14:
                v = list(struct.unpack('>%dd' % n, data[pos[0]:pos[0] + 8 * n]))
                pos[0] += 8 * n
            else:
                v = data[pos[0]:pos[0] + n]
                pos[0] += n
            attr = item() if has_attr else None
            return ('vec', t, v, attr)
        raise ValueError('unsupported R type %d' % t)
    return item()


def read_heaven_sks(path):
    obj = read_rdx(open(path, 'rb').read())
    cols = obj[2][2]
    return list(zip(cols[0][2], cols[1][2]))


class Deasciifier:
    """Restore æ/ø/å in SKS texts that the heaven package transliterated to ae/oe/aa.

    A token is rewritten only if a rewritten form is a word of the Danish
    dictionary (wdanish) or splits into dictionary words (compounds)."""

    def __init__(self, da_words):
        self.da = da_words
        self.cache = {}

    def _segments(self, w, depth=0):
        if w in self.da:
            return True
        if depth > 2:
            return False
        for i in range(len(w) - 3, 2, -1):
            head, tail = w[:i], w[i:]
            for h in (head, head[:-1] if head.endswith('s') else None):
                if h and len(h) >= 3 and h in self.da and self._segments(tail, depth + 1):
                    return True
        return False

    def _affix_ok(self, cand, restored):
        """A restored letter must sit inside a dictionary word that is a prefix or a
        suffix of the token (compounds such as knæ|ortose, conchahøre|apparat)."""
        lo, hi = min(restored), max(restored)
        for i in range(len(cand), 2, -1):           # prefixes
            if i > hi and cand[:i] in self.da and i >= 3:
                return True
        for i in range(0, len(cand) - 3):          # suffixes
            if i <= lo and cand[i:] in self.da and len(cand) - i >= 4:
                return True
        return False

    def token(self, t):
        if t in self.cache:
            return self.cache[t]
        low = t.lower()
        spots = [m.start() for m in re.finditer(r'(?=(ae|oe|aa))', low)]
        best = t
        if spots and len(spots) <= 6 and low not in self.da:
            cands = []
            for mask in range(1, 1 << len(spots)):
                s, last, ok, restored = [], 0, True, []
                for j, p in enumerate(spots):
                    if mask >> j & 1:
                        if p < last:
                            ok = False
                            break
                        s.append(low[last:p])
                        restored.append(sum(len(x) for x in s))
                        s.append({'ae': 'æ', 'oe': 'ø', 'aa': 'å'}[low[p:p + 2]])
                        last = p + 2
                if ok:
                    s.append(low[last:])
                    cands.append((''.join(s), restored))
            cands.sort(key=lambda c: len(c[0]))
            for test in (lambda c, r: c in self.da,
                         lambda c, r: self._segments(c),
                         lambda c, r: self._affix_ok(c, r)):
                hit = [c for c, r in cands if test(c, r)]
                if hit:
                    best = hit[0]
                    break
        if best is not t and t[:1].isupper():
            best = best[:1].upper() + best[1:]
        self.cache[t] = best
        return best

    # Regular Danish medical spellings of ASCII digraphs, applied only to tokens
    # that the dictionary tests above could not resolve
    RULES = [(r'aer(t|e|es)?$', r'ær\1'), (r'aemi', 'æmi'), (r'^haem', 'hæm'),
             (r'haemm', 'hæmm'), (r'oedem', 'ødem'), (r'diaet', 'diæt'),
             (r'^oesofag', 'øsofag'), (r'maesling', 'mæsling'), (r'^roede$', 'røde'),
             (r'loesn', 'løsn'), (r'praep', 'præp'), (r'laesion', 'læsion'),
             (r'anaest', 'anæst'), (r'frigoer', 'frigør'), (r'spaend', 'spænd'),
             (r'saebe', 'sæbe'), (r'boenne', 'bønne'), (r'praecipitat', 'præcipitat')]

    def text(self, s):
        def fix(m):
            t = m.group(0)
            r = self.token(t)
            if r == t and re.search('ae|oe|aa', t.lower()) and t.lower() not in self.da:
                low = t.lower()
                for a, b in self.RULES:
                    low = re.sub(a, b, low)
                if low != t.lower():
                    r = (low[:1].upper() + low[1:]) if t[:1].isupper() else low
            return r
        return re.sub(r'[A-Za-z]+', fix, s)


# ---------------------------------------------------------------------------
# Source readers
# ---------------------------------------------------------------------------
def read_icpc(path):
    out, code = [], None
    for line in open(path, encoding='utf-8'):
        m = re.match(r'\* #(\S+)', line)
        if m:
            code = m.group(1)
        m = re.search(r'\^designation\.value = "(.*)"', line)
        if m and code:
            out.append((code, m.group(1)))
    return out


def read_icd10_da(path):
    d = json.load(open(path, encoding='utf-8'))
    out = []
    for c in d['concept']:
        for des in c.get('designation', []):
            if des.get('language') == 'da':
                out.append((c['code'], des['value']))
    return out, d.get('version')


def read_sks_d(path):
    out = []
    for line in open(path, encoding='utf-8'):
        parts = line.rstrip('\n').split('\t')
        if len(parts) == 2 and re.match(r'^D[A-Z]', parts[0]):
            out.append(tuple(parts))
    return out


def read_fhir_tree(path):
    d = json.load(open(path, encoding='utf-8'))
    out = []

    def walk(cs, anc):
        for c in cs:
            disp = c.get('display', '').strip()
            out.append((disp, tuple(anc)))
            walk(c.get('concept', []), anc + [disp])
    walk(d['concept'], [])
    return out, d.get('version')


def read_obo(path):
    terms, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line == '[Term]':
            cur = {'syn': [], 'xref': [], 'is_a': [], 'obsolete': False}
            terms.append(cur)
        elif line.startswith('['):
            cur = None
        elif cur is not None and ': ' in line:
            k, v = line.split(': ', 1)
            if k == 'id':
                cur['id'] = v
            elif k == 'name':
                cur['name'] = v
            elif k == 'synonym':
                m = re.match(r'"(.*)" (\w+)', v)
                if m:
                    cur['syn'].append((m.group(1), m.group(2)))
            elif k == 'xref':
                cur['xref'].append(v.split()[0])
            elif k == 'is_a':
                cur['is_a'].append(v.split()[0])
            elif k == 'is_obsolete' and v.strip() == 'true':
                cur['obsolete'] = True
    return terms


FSH_CONCEPT = re.compile(r'^\s*\* #(\S+)\s+"([^"]*)"(?:\s+"([^"]*)")?')
FSH_VS = re.compile(r'^\s*\* (\w[\w-]*)#(\S+)\s+"([^"]*)"')


def read_kip(kipdir):
    """Return {codesystem file stem: [(code, display, definition)]} and value-set codings."""
    cs, vs = {}, []
    for fn in sorted(os.listdir(kipdir)):
        if not fn.endswith('.fsh'):
            continue
        stem = fn[:-4]
        for line in open(os.path.join(kipdir, fn), encoding='utf-8', errors='replace'):
            m = FSH_CONCEPT.match(line)
            if m and fn.startswith('CodeSystem-'):
                cs.setdefault(stem, []).append((m.group(1), m.group(2), m.group(3) or ''))
                continue
            m = FSH_VS.match(line)
            if m:
                vs.append((stem, m.group(1), m.group(2), m.group(3)))
    return cs, vs


# ---------------------------------------------------------------------------
# Danish head-term extraction from classification texts
# ---------------------------------------------------------------------------
DA_QUALIFIERS = [
    r'\bUNS\b', r'\bIKA\b', r'\bINA\b', r'\bIKKE KLASSIFICERET ANDETSTEDS\b',
    r',? ikke klassificeret andetsteds', r',? ikke specificeret', r',? uspecificeret',
    r',? uden specifikation', r',? uden nærmere specifikation', r'\bspec\.',
]
DA_CUT = re.compile(
    r'\s(?:forårsaget af|fremkaldt af|som følge af|i forbindelse med|med|uden|hos|ved|'
    r'efter|under|på grund af|pga\.|som komplicerer|komplicerende|som|der|hvor|'
    r'klassificeret|inkl\.|ekskl\.|eksklusive|inklusive)\s')
DA_GENERIC_LEAD = re.compile(
    r'^(?:anden|andet|andre|øvrige|visse|flere|forskellige|uspecificeret|uspecificerede|'
    r'ikke specificeret|ikke specificerede|specificeret|specificerede|følger efter|'
    r'følgetilstand efter|mistanke om|observation for|observation pga\.|'
    r'problemer med|problem med|kontrol efter|undersøgelse for|risikofaktor for|'
    r'frygt for|bekymring for|bekymring vedr|bekymring vedr\.|anmodning om|'
    r'anmodning/samtale om|form for|former for|anden form for|andre former for|tilfælde af|episode med)\s+')
DA_TRAIL = re.compile(
    r'(?:\s+(?:af|ukendt|anden|ikke specificeret|uspecificeret|ikke klassificeret)?\s*årsag.*|'
    r'\s+(?:kompliceret|ukompliceret|komplikationer|i|af|på|ved|med|uden|hos|efter|som|og|'
    r'eller|el|for|til|mhp|pga|ikke))+$')
# Heads that are too general to signal health information on their own (they are
# category words of the classifications, not condition names).
DA_GENERIC_HEADS = set('''
sygdom sygdomme lidelse lidelser tilstand tilstande symptom symptomer tegn fund
abnorme abnormt problem problemer forstyrrelse forstyrrelser komplikation
komplikationer følger skade skader misdannelse misdannelser påvirkning
påvirkninger kontakt undersøgelse undersøgelser observation behandling
anomali anomalier medfødte erhvervet erhvervede defekt defekter reaktion risikofaktor
klage klager spørgsmål udseende bekymring frygt
reaktioner infektion infektioner svulst svulster neoplasi neoplasmer
forgiftning forgiftninger virkning virkninger effekt tumor tumorer andet
anden andre person personer funktion funktioner ændring ændringer smerte
smerter tab mangel fremmedlegeme sår brud læsion læsioner
'''.split())
# Condition terms that are pure body sites or processes, not conditions
DA_SITE_ONLY = re.compile(r'^(?:i|af|på|ved|til|for|og|eller)\b')


DA_PATH_SUFFIX = re.compile(
    r'(itis|it|itter|ose|oser|om|omer|æmi|emi|pati|patier|algi|plegi|parese|syge|sygdom|'
    r'sygdomme|lidelse|lidelser|betændelse|betændelser|kræft|cancer|infektion|infektioner|'
    r'forgiftning|brud|fraktur|frakturer|skade|skader|sår|smerte|smerter|svigt|mangel|'
    r'misbrug|afhængighed|forstyrrelse|forstyrrelser|syndrom|feber|sten|blødning|blødninger|'
    r'tumor|tumorer|sklerose|lammelse|insufficiens|stenose|emboli|trombose|infarkt|anfald|'
    r'allergi|eksem|udslæt|hoste|kvalme|diarré|svimmelhed|træthed|hævelse|kløe|angst|'
    r'depression|demens|psykose|ptose|cele|uri|ismus|isme|fobi|mani|plasi|trofi|spasme|'
    r'spasmer|krampe|kramper|absces|abscesser|cyste|cyster|polyp|polypper|vorte|vorter|'
    r'hernie|brok|prolaps|ruptur|luksation|distorsion|forstuvning|kontusion|forbrænding|'
    r'forbrændinger|ætsning|forfrysning|ødem|ikterus|gulsot|nekrose|fibrose|cirrose|atrofi|'
    r'dystrofi|hypertrofi|dysplasi|aplasi|neoplasi|karcinom|carcinom|sarkom|lymfom|leukæmi|'
    r'myelom|melanom|adenom|gliom|metastase|metastaser|handicap|hæmning|nedsættelse|'
    r'blindhed|døvhed|astma|diabetes|gigt|migræne|epilepsi|apopleksi|slagtilfælde|'
    r'overvægt|fedme|undervægt|inkontinens|impotens|sterilitet|infertilitet|abort|'
    r'skizofreni|autisme|ptsd|adhd|stress|stammen|ordblindhed|søvnløshed|snorken|'
    r'tinnitus|svimmelhed|besvimelse|koma|chok|shock|attack)$')
DA_SUFFIX_STOP = set('diagnose prognose glukose glucose laktose fruktose saccharose cellulose '
                     'symptom syndrom atom appetit transit profit kredit bandit termit granit '
                     'dolomit bit limit habit'.split())


def da_condition_word(w, rubric_words):
    w = w.strip('-')
    if w in DA_GENERIC_HEADS or w in DA_SUFFIX_STOP or len(w) < 3:
        return False
    if w in rubric_words:
        return True
    m = DA_PATH_SUFFIX.search(w)
    if not m:
        return False
    stem = re.sub(r'[^a-zæøåäöüé]', '', w[:m.start()])
    # the suffix must follow a real stem ("galde|sten", not "ve|sten" = vesten)
    return stem == '' or len(stem) >= (4 if m.group(1) in ('sten', 'it', 'om', 'uri', 'ose') else 3)


DA_ADJ = re.compile(r'(lig|ig|isk|iv|ret|som|løs|bar|agtig)$')


DA_PROBLEM_PHRASE = re.compile(r'^(?:problemer|problem|klager?|gener|besvær) (?:med|vedr\.?|fra) \S')


def da_condition_term(term, rubric_words, da_words=()):
    if DA_PROBLEM_PHRASE.match(term) and nwords(term) <= 4:
        return True              # "problemer med hørelse", "klage vedr hudforandring"
    ws = term.split()
    if len(ws) == 1:
        w = ws[0]
        if w in da_words and DA_ADJ.search(w) and not DA_PATH_SUFFIX.search(w):
            return False        # ordinary adjectives such as "urolig", "bekymret"
        return da_condition_word(w, rubric_words)
    return any(da_condition_word(w, rubric_words) for w in ws)


def clean_da_text(t):
    t = re.sub(r'\(.*?\)', ' ', t)
    t = re.sub(r'\[.*?\]', ' ', t)
    for q in DA_QUALIFIERS:
        t = re.sub(q, ' ', t, flags=re.I)
    t = t.replace('"', ' ').replace('?', ' ')
    t = re.sub(r'\s+', ' ', t).strip(' ,;:.-/')
    return t


def da_heads(text, max_words=4):
    """Yield candidate Danish condition terms from one classification text."""
    t = clean_da_text(text)
    low = norm(t)
    out = []
    if DA_PROBLEM_PHRASE.match(low) and nwords(low) <= max_words and \
            not re.search(r' og | eller |,|/', low):
        out.append(low)
    low = DA_GENERIC_LEAD.sub('', low)
    low = DA_GENERIC_LEAD.sub('', low)
    # whole text if short enough
    parts = [low]
    # cut at first qualifying preposition
    m = DA_CUT.search(' ' + low + ' ')
    if m:
        head = (' ' + low + ' ')[:m.start()].strip()
        if head:
            parts.append(head)
    for p in parts:
        # split coordinated terms "x og y", "x eller y", "x, y"
        subs = [p]
        if re.search(r',| og | eller | el |/', p):
            pieces = [s.strip() for s in re.split(r',| og | eller | el |/', p) if s.strip()]
            if all(nwords(s) <= 3 for s in pieces):
                subs = pieces
        for s in subs:
            if s.endswith('-') or s.startswith('-'):
                continue
            s = DA_GENERIC_LEAD.sub('', s).strip(' ,;:.-')
            s = DA_TRAIL.sub('', s).strip(' ,;:.-')
            s = re.sub(r'\s+', ' ', s)
            if s.startswith('ikke ') or s.startswith('ikke-'):
                continue
            if not s or nwords(s) > max_words:
                continue
            if DA_SITE_ONLY.match(s):
                continue
            if re.search(r'\d', s) and not re.search(r'type [12]|covid-19|hiv', s):
                continue
            w = s.split()
            if all(x in DA_GENERIC_HEADS or len(x) <= 2 for x in w):
                continue
            if len(s) < 3:
                continue
            out.append(s)
    return out


# ---------------------------------------------------------------------------
# Output helpers
# ---------------------------------------------------------------------------
def header_lines(title, sources, licence, extra=()):
    lines = ['# %s' % title,
             '# Generated %s by convert.py (privacy-guard health-vocab); see SOURCES.md.' % BUILD_DATE]
    for s in sources:
        lines.append('# Source: %s' % s)
    for l in licence:
        lines.append('# Licence: %s' % l)
    for e in extra:
        lines.append('# %s' % e)
    return lines


def write_list(path, header, rows):
    with open(path, 'w', encoding='utf-8') as f:
        for h in header:
            f.write(h + '\n')
        for r in rows:
            f.write((r if isinstance(r, str) else '\t'.join(r)) + '\n')


class Collector:
    """Term -> score and provenance, for ranking and de-duplication."""

    def __init__(self):
        self.score = defaultdict(float)
        self.src = defaultdict(set)
        self.extra = defaultdict(set)

    def add(self, term, source, score, extra=None):
        term = norm(term)
        if not term:
            return
        self.score[term] = max(self.score[term], score) + 0.0
        if source not in self.src[term]:
            self.src[term].add(source)
        if extra:
            self.extra[term].add(extra)

    def ranked(self):
        def key(t):
            # more sources first, then source score, then shorter, then alphabetical
            return (-(self.score[t] + 0.5 * (len(self.src[t]) - 1)), nwords(t), t)
        return sorted(self.score, key=key)

    def drop(self, term):
        for d in (self.score, self.src, self.extra):
            d.pop(term, None)


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------
def build_medicines(raw, lex, deasc, med_evidence_da, med_evidence_en):
    meds = Collector()
    atc = defaultdict(set)
    kind = {}
    dropped = OrderedDict()

    def add(name, source, score, codes=(), k='generic'):
        n = norm(name)
        n = re.sub(r'\s+', ' ', n).strip(' ,.;:-')
        if not n:
            return
        meds.add(n, source, score)
        for c in codes:
            if c:
                atc[n].add(c)
        kind.setdefault(n, k)

    # 1. SKS M-codes (Danish ATC substance names), via heaven (Oct 2018)
    sks = read_heaven_sks(os.path.join(raw, 'heaven_sks_codes.rda'))
    for code, text in sks:
        if not (code.startswith('M') and len(code) == 8):
            continue
        if code[1:4] in ('V01', 'V07'):      # allergen extracts, non-therapeutic auxiliaries
            continue
        a = code[1:]
        t = deasc.text(text)
        t = norm(t)
        t = re.sub(r',?\s*(incl\.|inkl\.)?\s*kombinationspræparater$', '', t)
        t = re.sub(r',?\s*(incl\.|inkl\.)?\s*kombinationer$', '', t)
        t = re.sub(r',\s*komb\.?$', '', t)
        t = re.sub(r'\s*\(.*?\)', '', t).strip(' ,')
        if not t or ',' in t or re.search(r'kombination|\b(og|diverse|andre|anden|andet|kombinationer?|forskellige|'
                              r'midler|præparater|produkter|i kombination|ekskl|excl|'
                              r'inkl|incl|kombination)\b', t):
            continue
        if nwords(t) > 3 or re.search(r'\d', t):
            continue
        add(t, 'sks-atc', 1.0, [a])

    # 2. KIP code systems (CC0): medication names with ATC, and ATC value sets
    cs, vs = read_kip(os.path.join(raw, 'kip'))
    name_re = re.compile(r"^[a-zæøå][a-zæøå\-]{2,}(?: (?:alfa|beta|gamma|acid|etexilate|pegol|vedotin))?$")
    bad = re.compile(r'\b(el|incl|inkl|evt|andet|anden|behandling|og|atc|hæmmere?|statiner|'
                     r'analoger|kun|mono|dosis|fuld|halv|postop|steroid|præparat)\b')

    def kip_names(display):
        d = re.sub(r'\b[A-Z]\d\d[A-Z]{0,2}\d{0,2}\b\s*-?\s*(ATC)?', ' ', display)
        cands = re.findall(r'\(([^)]*)\)', d)
        cands.append(re.sub(r'\(.*?\)', ' ', d))
        out = []
        for c in cands:
            for piece in c.split('/'):
                p = norm(piece).strip(' -')
                if name_re.match(p) and not bad.search(p):
                    out.append(p)
        return out
    for code, disp, defi in cs.get('CodeSystem-MedicationName', []):
        m = re.search(r'\(([A-Z]\d\d[A-Z]{2}\d\d)\)', disp)
        for n in kip_names(disp):
            add(n, 'kip', 1.5, [m.group(1)] if m else [], 'brand-or-generic')
    for code, disp, defi in cs.get('CodeSystem-ATC', []):
        if re.match(r'^[A-Z]\d\d[A-Z]{2}\d\d$', code):
            for n in kip_names(disp):
                add(n, 'kip', 1.0, [code], 'generic-en')
    for stem, system, code, disp in vs:
        if system == 'ATC' and re.match(r'^[A-Z]\d\d[A-Z]{2}\d\d$', code):
            for n in kip_names(disp):
                add(n, 'kip', 1.5, [code], 'brand-or-generic')
    for stem in ('CodeSystem-Medicine', 'CodeSystem-SystemiskPraeparat',
                 'CodeSystem-MedicinDANARREST'):
        for code, disp, defi in cs.get(stem, []):
            for n in kip_names(disp):
                add(n, 'kip', 1.2, [], 'brand-or-generic')

    # 3. EMA centrally authorised human medicines (EPAR list, Feb 2017)
    atc_by_name = {}
    with open(os.path.join(raw, 'ema_indications_merged_2017.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            atc_by_name[r['Name']] = (r.get('atc') or '').strip()
    with open(os.path.join(raw, 'ema_scrape_2017.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            if r['Status'].strip().lower() == 'refused' or '/human/' not in r['url']:
                continue
            name = re.sub(r'\(previously.*?\)', '', r['Name']).strip()
            subst = norm(r['Active substance'])
            a = atc_by_name.get(r['Name'], '')
            a = a if re.match(r'^[A-Z]\d\d[A-Z]{2}\d\d$', a) else ''
            first = norm(name.split()[0]).strip(' ,.-')
            if not first or first == subst.split()[0] or first in subst.split():
                continue   # generic-named product ("Rivaroxaban Mylan")
            if not re.match(r'^[a-zæøå][a-zæøå0-9\-]{2,}$', first):
                continue
            add(first, 'ema', 1.3, [a], 'brand')

    # 4. Drop ordinary words.  "Ordinary" = a lower-case entry of the general
    #    dictionaries that is not primarily a medicine word:
    #    - English: in wamerican/wbritish and WordNet's first sense is not medical
    #      (e.g. "lithium" = element, "sonata", "emend"); drug-first words such as
    #      "ibuprofen" or "insulin" are kept.
    #    - Danish: in wdanish and also in the general Danish-English dictionary or the
    #      Danish thesaurus (i.e. a common word, e.g. "svovl", "sølv", "fjer"),
    #      unless attested as a standalone word in Danish clinical texts.
    for n in list(meds.score):
        words = n.split()
        in_en = n in lex.en
        in_da = n in lex.da
        en_ord = in_en and lex.en_first_sense_nonmedical(n)
        da_ord = in_da and (n in lex.fd or n in lex.th) and n not in med_evidence_da
        if not (en_ord or da_ord):
            continue
        where = []
        if da_ord:
            where.append('common Danish word (wdanish + FreeDict/thesaurus)')
        if en_ord:
            where.append('common English word whose main sense is not a medicine')
        gloss = lex.en_other_sense(n) if in_en else None
        dk = lex.fd.get(n) if in_da else None
        reason = '; '.join(where)
        if gloss:
            reason += '; English: ' + gloss
        if dk:
            reason += '; Danish: ' + dk
        dropped[n] = (reason, ','.join(sorted(atc.get(n, ()))), '+'.join(sorted(meds.src[n])))
        meds.drop(n)
    return meds, atc, kind, dropped


def kip_bilingual(raw):
    """(English, Danish) pairs from KIP displays written "English / Danish[ / SNOMED-CT: n]"."""
    cs, vs = read_kip(os.path.join(raw, 'kip'))
    pairs = []
    for stem, rows in cs.items():
        for code, disp, defi in rows:
            parts = [p.strip() for p in defi.split(' / ')]
            parts = [p for p in parts if not p.startswith('SNOMED')]
            if len(parts) == 2 and parts[0] and parts[1] and parts[0] != parts[1]:
                pairs.append((parts[0], parts[1].split(';')[0]))
    return pairs


def build_conditions_da(raw, lex, deasc):
    c = Collector()
    cands = []          # (text, source, score)
    # ICPC-2 DK (symptom and diagnosis components only: 01-29, 70-99)
    icpc = read_icpc(os.path.join(raw, 'icpcdk.fsh'))
    for code, text in icpc:
        m = re.match(r'^[A-Y](\d\d)$', code)     # chapter Z = social problems
        if not m or 30 <= int(m.group(1)) <= 69:
            continue
        cands.append((text, 'icpc2-dk', 3.0))
    # ICD-10 Danish texts (SDS via HL7 DK), chapters A-T (no external causes/Z/U)
    icd, icd_version = read_icd10_da(os.path.join(raw, 'icd10-da.json'))
    for code, text in icd:
        if code[0] in 'VWXYZU':
            continue
        cands.append((text, 'icd10-da', 2.5 if len(code) == 3 else 2.0))
    # SKS D-register incl. Danish extension sub-codes (2022-09-30 dump)
    sksd = read_sks_d(os.path.join(raw, 'sks_D_2022-09-30.txt'))
    for code, text in sksd:
        if code[1] in 'VWXYZU':
            continue
        n = len(code)
        cands.append((text, 'sks-d', 2.5 if n == 4 else (2.0 if n == 5 else 1.5)))
    # KL FSIII nursing conditions + FFB target-group health categories
    fsiii, v1 = read_fhir_tree(os.path.join(raw, 'kl-FSIII.json'))
    for disp, anc in fsiii:
        if anc and anc[0] == 'Kommunale sygeplejetilstande' and len(anc) >= 2:
            cands.append((disp, 'kl-fsiii', 2.0))
    ffb, v2 = read_fhir_tree(os.path.join(raw, 'kl-FFB.json'))
    for disp, anc in ffb:
        if 'Funktionsnedsættelse' in anc or disp == 'Funktionsnedsættelse' or \
                'Misbrug' in anc or disp in ('Misbrug', 'Selvskadende adfærd',
                                             'Selvmordstanker eller -forsøg'):
            cands.append((disp.replace('eller -forsøg', 'eller selvmordsforsøg'), 'kl-ffb', 2.0))
    # KIP (RKKP) disease/symptom code systems, Danish displays
    cs, vs = read_kip(os.path.join(raw, 'kip'))
    for stem in ('CodeSystem-DiseasesUnspecified', 'CodeSystem-BasicDisorder',
                 'CodeSystem-SKS_CodeCollection', 'CodeSystem-KliniskeSymptomer_DCCG',
                 'CodeSystem-MORS_Diagnosegrupper'):
        for code, disp, defi in cs.get(stem, []):
            if ' / ' not in defi:
                cands.append((disp, 'kip', 1.5))
    for en, da in kip_bilingual(raw):   # "English / Danish" bilingual displays
        cands.append((da, 'kip', 1.5))
    # Whole rubrics that are one word are condition names by construction
    rubric_words = set()
    for text, src, sc in cands:
        if src == 'kip':
            continue
        t = norm(clean_da_text(text))
        # coordinated one-word rubrics: "Atrieflimren og atrieflagren", "Tyfus/paratyfus"
        pieces = [x.strip() for x in re.split(r' og | eller |/|, ', t)]
        if len(pieces) > 1 and all(x and ' ' not in x and not x.endswith('-') and
                                   not x.startswith('-') for x in pieces):
            rubric_words.update(x for x in pieces if x not in DA_GENERIC_HEADS and len(x) > 3)
        if t and ' ' not in t and '-' not in t.strip('-') and t not in DA_GENERIC_HEADS:
            rubric_words.add(t)
    rejected = defaultdict(int)
    for text, src, sc in cands:
        maxw = 3 if src in ('sks-d', 'icd10-da') and sc < 2.5 else 4
        for h in da_heads(text, max_words=maxw):
            if da_condition_term(h, set() if src == 'kip' else rubric_words, lex.da):
                c.add(h, src, sc)
            else:
                rejected[h] += 1
    # abbreviations given in parentheses after a condition term, e.g. "(PCOS)"
    abbrev = {}
    texts = [t for _, t in icpc] + [t for _, t in icd] + [t for _, t in sksd]
    for stem in ('CodeSystem-DiseasesUnspecified', 'CodeSystem-SKS_CodeCollection'):
        texts += [d for _, d, _ in cs.get(stem, [])]
    for t in texts:
        for m in re.finditer(r'([A-ZÆØÅa-zæøå][\wæøå\- ]{3,60}?)\s*\(([A-ZÆØÅ][A-ZÆØÅ0-9\-]{1,5})\)', t):
            full, ab = norm(m.group(1)), m.group(2)
            full = DA_GENERIC_LEAD.sub('', full)
            if not (ab.isupper() and len(ab) >= 2) or re.match(r'^[IVX]+$', ab):
                continue
            if any(len(w) < 2 for w in full.split()) or not da_condition_term(full, rubric_words):
                continue
            abbrev.setdefault(ab.lower(), full)
    for ab, full in abbrev.items():
        c.add(ab, 'abbrev', 1.0, extra='abbreviation of "%s"' % full)
    c.rejected = rejected
    c.rubric_words = rubric_words
    return c, abbrev, icd_version


def build_conditions_en(raw, lex, cond_da=None):
    c = Collector()
    bad = re.compile(r'\b(syndrome \d|type [a-z0-9]+$|\d{2,}|susceptibility|deficiency of|'
                     r'gene|protein|locus|variant|obsolete)\b')

    def ok(t):
        if re.fullmatch(r'[A-Z0-9\- ]{2,8}', t.strip()):
            return None          # bare abbreviations (ALS8, GDM, PPMS)
        t = norm(t)
        t = re.sub(r'\s+nos$', '', t)
        if re.search(r'\d', t) and not re.search(r'type [12]|covid-19|22q11', t):
            return None
        if not t or nwords(t) > 4 or len(t) < 3 or bad.search(t) or t in generic:
            return None
        if re.search(r'[^a-z0-9 \-\'éö]', t):
            return None
        return t
    generic = {'symptom', 'disease', 'disorder', 'syndrome', 'condition', 'finding',
               'abnormality', 'lesion', 'infection'}
    # Symptom Ontology (CC0)
    for term in read_obo(os.path.join(raw, 'symp.obo')):
        if term['obsolete'] or 'name' not in term:
            continue
        for t in [term['name']] + [s for s, kind in term['syn'] if kind == 'EXACT']:
            t = ok(t)
            if t:
                c.add(t, 'symp', 2.5 if nwords(t) <= 2 else 2.0)
    # Human Disease Ontology 2016-09-01 (CC BY 3.0)
    for term in read_obo(os.path.join(raw, 'doid-2016-09-01.obo')):
        if term['obsolete'] or 'name' not in term:
            continue
        icd = any(x.startswith(('ICD10CM', 'ICD9CM')) for x in term['xref'])
        base = 2.0 if icd else 1.0
        for t in [term['name']] + [s for s, kind in term['syn'] if kind == 'EXACT']:
            t = ok(t)
            if t:
                c.add(t, 'doid', base + (0.5 if nwords(t) <= 2 else 0))
    # EMA therapeutic areas (MeSH headings used in the EPAR list)
    with open(os.path.join(raw, 'ema_scrape_2017.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            for area in re.split(r'\s{2,}', r['Therapeutic area']):
                area = area.strip()
                if ',' in area:       # MeSH inverted form "Arthritis, Rheumatoid"
                    a, b = [x.strip() for x in area.split(',', 1)]
                    area = b + ' ' + a
                t = ok(area)
                if t:
                    c.add(t, 'ema-area', 2.5)
    # KIP bilingual displays whose Danish side is a condition term
    for en, da in kip_bilingual(raw):
        if cond_da is not None and not any(h in cond_da.score for h in da_heads(da)):
            continue
        t = ok(en)
        if t:
            c.add(t, 'kip', 2.0)
    return c


FSIII_HEALTH = re.compile(
    r'pleje|syge|behandling|træning|hjælpemid|ernæring|medicin|sår|stomi|kateter|dialyse|'
    r'ilt|respirat|inkontinens|smerte|rehabilitering|psyk|sonde|væske|afvænning|alkohol|'
    r'diæt|hygiejne|aflastning|afløsning|udskillelse|tobak|nikotin|kost|\badl|mobilisering|'
    r'forflytning|hjælp|madservice|sekret|dræn|kompression|cirkulation|sygdom|udredning|'
    r'boligindretning')


def build_aids(raw, lex, deasc):
    c = Collector()
    # SKS B-codes (treatment/care classification), objects of aid-related phrases
    sks = read_heaven_sks(os.path.join(raw, 'heaven_sks_codes.rda'))
    aid_heads = re.compile(
        r'(apparat|stol|stok|stokke|buk|rollator|gangbuk|protese|ortose|kateter|bandage|bind|'
        r'skinne|korset|krykke|sko|fodtøj|lift|seng|madras|briller|linse|linser|'
        r'hjælpemiddel|hjælpemidler|høreapparat|stomi|pumpe|maske|sonde)$')
    pat = re.compile(r'(?:behandling med|anvendelse af|brug af|udlevering af|tilpasning af|'
                     r'vejledning i anvendelse af|træning i brug af|færden i)\s+'
                     r'((?:[a-zæøå\-]+ ){0,2}[a-zæøå\-]+)')
    for code, text in sks:
        if code[0] != 'B':
            continue
        t = norm(deasc.text(text))
        for m in pat.finditer(t):
            obj = m.group(1).strip()
            for piece in re.split(r',| og | samt ', obj):
                piece = re.sub(r'\b(m\.m|mhp|ved|til|i|på|af|med)\b.*$', '', piece).strip()
                last = piece.split()[-1] if piece else ''
                if last and aid_heads.search(last) and nwords(piece) <= 3:
                    # keep the head noun phrase without leading adjectives like
                    # "kosmetisk", "konventionel", "speciel"
                    c.add(piece, 'sks-b', 2.0)
                    c.add(last, 'sks-b', 2.5)
    # KL FSIII: home care, nursing interventions, aids area, rehabilitation
    fsiii, ver = read_fhir_tree(os.path.join(raw, 'kl-FSIII.json'))
    wanted = ('Kommunale pleje- og omsorgsindsatser', 'Kommunale sygeplejeindsatser',
              'Kommunalt hjælpemiddelområde indsatser',
              'Kommunal genoptræning efter sygehusophold-indsatser',
              'Kommunale sundhedsfremme og forebyggelsesindsatser')
    for disp, anc in fsiii:
        if not anc or anc[0] not in wanted:
            continue
        d = norm(disp)
        d = re.sub(r'^(rh|sel|sul)\s+', '', d)
        d = re.sub(r'^§.*?\d+[a-z]?(?:,? stk\. \d+)?(?:,? nr\. \d+)?\s*', '', d)
        d = re.sub(r'\s+i serviceloven$', '', d)
        d = d.replace('hjaelp', 'hjælp')
        if not d or re.search(r'\d|0-ydelse|ydelser|serviceloven|/', d) or nwords(d) > 4:
            continue
        if not FSIII_HEALTH.search(d):
            # generic service words (opfølgning, rengøring, indkøb, koordinering ...)
            # do not reveal health information on their own
            continue
        c.add(d, 'kl-fsiii', 2.0)
    for disp, anc in fsiii:
        if anc and anc[0] == 'Henvendelse/henvisning fra':
            d = norm(disp)
            if d.startswith('hjemme'):
                c.add(d, 'kl-fsiii', 2.0)
                if d.endswith('en'):             # definite -> indefinite form
                    c.add(d[:-1] if d[:-1].endswith('e') else d[:-2], 'kl-fsiii', 2.0)
    ffb, ver2 = read_fhir_tree(os.path.join(raw, 'kl-FFB.json'))
    for disp, anc in ffb:
        d = norm(disp)
        if anc and anc[-1] == 'Støtte til sundhed':
            c.add(d, 'kl-ffb', 1.5)
    return c


def build_wards(raw, lex):
    c = Collector()
    cs, vs = read_kip(os.path.join(raw, 'kip'))
    unit_noun = r'(?:afdeling|afsnit|ambulatorium|klinik|sengeafsnit|sengeafdeling|' \
                r'overafdeling|enhed|team|modtagelse)'
    medstem = re.compile(r'psyk|demens|hukommelse|sygdom|sikring|neuro|stroke|blod|gyn|'
                         r'kirurg|medicin|hæmat|nefro|urolog|apopleksi|depression|bipolar|'
                         r'adhd|rusmiddel')
    for code, disp, defi in cs.get('CodeSystem-SOR', []):
        d = norm(disp)
        d = re.sub(r'\(.*?\)|[-–,]', ' ', d)
        d = d.replace('afd.', 'afdeling ').replace('amb.', 'ambulatorium ').replace('amb ', 'ambulatorium ')
        d = d.replace('kl. ', 'klinik ').replace('neurokir.', 'neurokirurgisk').replace('overafd.', 'overafdeling ')
        d = d.replace('gyn ', 'gynækologisk ')
        ws = [w for w in d.split() if (w in lex.da or w.endswith(('isk', 'iske')) or
                                       medstem.search(w) or
                                       re.search(unit_noun + r'(?:k?en|et)?$', w))]
        d = ' '.join(ws)
        for m in re.finditer(r'((?:[a-zæøå\-]+ ){0,2}[a-zæøå\-]*' + unit_noun + r'(?:k?en|et)?)\b', d):
            t = m.group(1).strip()
            t = re.sub(r'^(?:og|for|i|på|senge|enhed for|team for|klinik for)\s+', '', t)
            toks = t.split()
            first = next((i for i, w in enumerate(toks) if medstem.search(w) or
                          w.endswith(('isk', 'iske')) or w == 'ambulant'), None)
            if first is None:
                continue
            toks = [w for w in toks[first:] if w not in ('nord', 'syd', 'øst', 'vest')]
            t = ' '.join(toks)
            if medstem.search(t) and nwords(t) <= 3 and re.search(unit_noun + r'|psykiatri', t):
                c.add(t, 'kip-sor', 1.0)
                if t.endswith(('klinikken', 'enheden', 'afdelingen')):
                    c.add(re.sub(r'(ken|en)$', '', t), 'kip-sor', 1.0)
        for m in re.finditer(r'\b(retspsykiatri|børne- og ungdomspsykiatri|ungdomspsykiatri|'
                             r'ældrepsykiatri|almenpsykiatri|psykiatri)\b', d):
            c.add(m.group(1), 'kip-sor', 1.0)
    fsiii, ver = read_fhir_tree(os.path.join(raw, 'kl-FSIII.json'))
    for disp, anc in fsiii:
        if anc and anc[0] == 'Henvendelse/henvisning fra' and disp.startswith('Sygehus'):
            w = norm(disp).replace('sygehus - ', '')
            c.add(w + ' afdeling' if w.endswith('sk') else w, 'kl-fsiii', 1.0)
    return c


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--raw', default=os.path.join(HERE, 'raw'))
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--strict', action='store_true',
                    help='leave out entries whose only sources have no open licence '
                         '(ICPC-2-DK, KL FSIII/FFB); see SOURCES.md')
    args = ap.parse_args()
    raw, out = args.raw, args.out
    ensure_raw(raw)
    ensure_debs(raw)
    lex = Lexicon(raw)
    deasc = Deasciifier(lex.da)

    existing = set()
    for p in EXISTING_HEALTH_TERMS:
        if os.path.exists(p):
            existing |= {norm(l) for l in open(p, encoding='utf-8') if l.strip() and not l.startswith('#')}

    cond_da, abbrev, icd_version = build_conditions_da(raw, lex, deasc)
    cond_en = build_conditions_en(raw, lex, cond_da)
    aids = build_aids(raw, lex, deasc)
    wards = build_wards(raw, lex)

    # Evidence that a dictionary word is used as a health term in Danish sources:
    # it is itself a condition term, or a standalone word in the Danish
    # classification texts (ICD-10/SKS-D/ICPC) or in the Lægehåndbog keyword list.
    ev_da = set(existing) | set(cond_da.score)
    drug_ctx = re.compile(r'(?:forgiftning|behandling|medicingivning|misbrug|afhængighed|'
                          r'brug|intoksikation|overdosis|injektion|infusion|'
                          r'indgift|administration)\s+(?:med|af)\s+([a-zæøå\-]+)')
    ctx_texts = [t for _, t in read_icd10_da(os.path.join(raw, 'icd10-da.json'))[0]]
    ctx_texts += [t for _, t in read_sks_d(os.path.join(raw, 'sks_D_2022-09-30.txt'))]
    ctx_texts += [deasc.text(t) for code, t in read_heaven_sks(
        os.path.join(raw, 'heaven_sks_codes.rda')) if code[0] in 'BKU']
    for t in ctx_texts:
        ev_da |= set(drug_ctx.findall(norm(t)))
    ev_en = set(cond_en.score)
    for term in read_obo(os.path.join(raw, 'doid-2016-09-01.obo')) + \
            read_obo(os.path.join(raw, 'symp.obo')):
        for t in [term.get('name', '')] + [s for s, _ in term['syn']]:
            ev_en |= set(tokens(t))
    meds, atc, kind, dropped = build_medicines(raw, lex, deasc, ev_da, ev_en)

    # -- post-filters for condition lists -----------------------------------
    for term in list(cond_da.score):
        # drop terms that are only medicine names (they live in medicines-da)
        if term in meds.score and cond_da.src[term] <= {'kip'}:
            cond_da.drop(term)
    os.makedirs(out, exist_ok=True)
    restricted = {'icpc2-dk', 'kl-fsiii', 'kl-ffb'}
    if args.strict:
        for coll in (cond_da, aids, wards):
            for t in list(coll.score):
                if coll.src[t] <= restricted:
                    coll.drop(t)
    with open(os.path.join(out, 'PROVENANCE.tsv'), 'w', encoding='utf-8') as f:
        f.write('# entry<TAB>list<TAB>sources (source keys: see SOURCES.md)\n')
        for name, coll in (('medicines-da', meds), ('conditions-da', cond_da),
                           ('conditions-en', cond_en), ('aids-da', aids), ('wards-da', wards)):
            for t in sorted(coll.score):
                f.write('%s\t%s\t%s\n' % (t, name, ','.join(sorted(coll.src[t]))))

    # -- write medicines -------------------------------------------------------
    rows = []
    for n in sorted(meds.score):
        codes = ','.join(sorted(atc.get(n, ())))
        rows.append((n, codes) if codes else n)
    write_list(os.path.join(out, 'medicines-da.txt'), header_lines(
        'Medicine names (generic/INN in Danish spelling, brand names) with ATC code(s). Human medicines only.',
        ['SKS M-register (Danish ATC substance names), Sundhedsdatastyrelsen, Oct 2018 extract '
         'as bundled in tagteam/heaven data/sks_codes.rda @60e1c32 (ASCII-transliterated; æ/ø/å '
         'restored with wdanish)',
         'RKKP/KIP FHIR code systems, KIP-infrastructure/implementation-guide @641c375 input/fsh',
         'EMA European public assessment reports list (human, not refused), Feb 2017, via '
         'fagan2888/ema scrape/*.csv @1d5d3fe; first word of product name = brand'],
        ['SKS: Sundhedsdatastyrelsen terms ("offentligt tilgængelige og kan frit anvendes"); only '
         'substance names (facts) taken',
         'KIP: CC0-1.0', 'EMA: "Reproduction is authorised provided the source is acknowledged"; '
         'only product names (facts) and ATC codes taken'],
        ['Format: name<TAB>ATC code(s), comma separated. Alphabetical (no open usage-frequency data).',
         'Ordinary Danish/English dictionary words removed, see medicines-dropped.txt.']),
        rows)
    write_list(os.path.join(out, 'medicines-dropped.txt'), header_lines(
        'Medicine-list entries dropped because they are ordinary Danish or English words.',
        ['medicines-da.txt sources (see there)', 'wdanish 1.6.36-14, wamerican/wbritish 2020.12.07-2, '
         'wordnet-base 1:3.0-37, dict-freedict-dan-eng (used as checks only)'],
        ['see SOURCES.md'],
        ['Format: name<TAB>ATC<TAB>list source<TAB>reason']),
        [(n, a, s, r) for n, (r, a, s) in sorted(dropped.items())])

    # -- write conditions --------------------------------------------------------
    da_rows = [t for t in cond_da.ranked()]
    write_list(os.path.join(out, 'conditions-da.txt'), header_lines(
        'Danish condition, symptom and diagnosis terms (head terms, max 4 words).',
        ['ICPC-2-DK Danish designations, hl7dk/dk-core branch icpc2 @e3ad9eb input/fsh/icpcdk.fsh',
         'ICD-10 Danish texts from SKS (revision %s), hl7dk/dk-sks-terminology-automation @226bba7 '
         'fhir/CodeSystem-icd10-da.json' % icd_version,
         'SKS D-register dump 2022-09-30 (incl. Danish sub-codes), Kjaerdk/minGPT @6074ce3 '
         'diagGPT/utils/sks_output.txt',
         'KL FSIII nursing conditions and FFB target groups, hl7dk/kl-term @c32a6c2',
         'RKKP/KIP code systems @641c375 (CC0)'],
        ['ICPC-2: (c) WONCA, Danish translation DSAM; published by HL7 Denmark (IG licence '
         'CC0-1.0) - see SOURCES.md for the rights note',
         'SKS/ICD-10: Sundhedsdatastyrelsen terms (free use, not for commercial gain); ICD-10 (c) WHO',
         'KL terms: no licence stated in kl-term (facts/short terms only)', 'KIP: CC0-1.0'],
        ['Ranked: ICPC lay terms and multi-source terms first. Abbreviations are marked in ambiguous.txt.']),
        da_rows)
    write_list(os.path.join(out, 'conditions-en.txt'), header_lines(
        'English condition, disease and symptom terms (max 4 words).',
        ['Symptom Ontology (SYMP) %s, DiseaseOntology/SymptomOntology @7a295d9 src/ontology/symp.obo' % '2026-07-30',
         'Human Disease Ontology release 2016-09-01, DiseaseOntology/HumanDiseaseOntology @d172fa5 '
         'src/ontology/doid.obo (names + EXACT synonyms)',
         'EMA EPAR therapeutic areas (MeSH headings), Feb 2017, fagan2888/ema @1d5d3fe',
         'RKKP/KIP code systems (English displays) @641c375'],
        ['SYMP: CC0-1.0', 'DOID 2016-09-01: CC BY 3.0 (attribution: Disease Ontology, '
         'Schriml et al., disease-ontology.org)', 'EMA: reproduction authorised with acknowledgement',
         'KIP: CC0-1.0'],
        ['Ranked: terms in several sources, symptoms and ICD-linked diseases, shorter terms first.']),
        cond_en.ranked())
    write_list(os.path.join(out, 'aids-da.txt'), header_lines(
        'Danish assistive aids, home-care and municipal nursing/rehabilitation terms.',
        ['SKS B-register (treatment/care), Oct 2018 extract in tagteam/heaven @60e1c32: objects of '
         '"behandling med / anvendelse af / brug af / udlevering af / træning i brug af ..." whose '
         'head noun is an aid (apparat, stol, stok, protese, ortose, kateter, ...)',
         'KL FSIII interventions (pleje og omsorg, sygepleje, hjælpemiddelområde, genoptræning, '
         'forebyggelse) and FFB "Støtte til sundhed", hl7dk/kl-term @c32a6c2'],
        ['SKS: Sundhedsdatastyrelsen terms (free use, not for commercial gain)',
         'KL terms: no licence stated in kl-term (short terms only)'],
        ['No ISO 9999 Danish title list was found under an open licence (ISO copyright).']),
        aids.ranked())
    write_list(os.path.join(out, 'wards-da.txt'), header_lines(
        'Danish hospital ward / unit types (generic parts of unit names).',
        ['SOR unit names in RKKP/KIP CodeSystem-SOR.fsh @641c375',
         'KL FSIII referral sources (Sygehus - medicinsk/kirurgisk/psykiatrisk/akutmodtagelse)'],
        ['KIP: CC0-1.0 (SOR is Sundhedsdatastyrelsen public register data)',
         'KL terms: no licence stated'],
        ['Small fragment only; SOR clinical specialities are SNOMED CT based and were not used.']),
        wards.ranked())

    # -- ambiguous ---------------------------------------------------------------
    amb = OrderedDict()

    if args.strict:
        print('strict mode: entries with only ICPC-2-DK/KL sources left out', file=sys.stderr)

    def flag(term, lst, why):
        if term not in amb:
            amb[term] = (lst, why)
    for ab, full in sorted(abbrev.items()):
        if ab not in cond_da.score:
            continue
        other = []
        if ab in lex.da:
            other.append('Danish word/abbreviation "%s"' % ab + (' = ' + lex.fd[ab] if ab in lex.fd else ''))
        g = lex.en_other_sense(ab)
        if ab in lex.en or g:
            other.append('English word "%s"' % ab + (': ' + g if g else ''))
        if other or len(ab) <= 3:
            flag(ab, 'conditions-da', 'abbreviation of "%s"; %s' % (
                full, '; '.join(other) if other else 'short abbreviation, needs context'))

    def da_other_sense(w, medvocab):
        """A non-health meaning of a Danish word: one of its FreeDict English
        translations has a frequent WordNet sense outside the health domain and
        no health sense at all (e.g. skinne -> rail, maske -> mask)."""
        tr = lex.fd.get(w)
        if not tr:
            return None
        for e in re.split(r'[,;]\s*|\d\.\s*', tr):
            e = e.strip().lower()
            e = re.sub(r'^(to|a|an|the)\s+', '', e)
            if not e or e not in lex.wn:
                continue
            if lex.en_has_medical_sense(e, max_rank=1):
                continue
            g = lex.en_other_sense(e)
            if g:
                return '"%s" = %s' % (e, g)
        return None
    medvocab_da = set(cond_da.score) | set(meds.score) | set(aids.score) | existing
    names = {}
    for kind_, path, top in NAME_LISTS:
        if os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                rank = 0
                for line in f:
                    if line.startswith('#') or not line.strip():
                        continue
                    rank += 1
                    if rank > top:
                        break
                    names.setdefault(norm(line), '%s (rank %d in %s)' % (
                        kind_, rank, os.path.basename(path)))
    for lst, coll in (('medicines-da', meds), ('conditions-da', cond_da), ('aids-da', aids)):
        for t in coll.ranked():
            if ' ' in t:
                continue
            why = []
            if t in lex.en:
                g = lex.en_other_sense(t)
                if g:
                    why.append('English: ' + g)
            if t in lex.da:
                o = da_other_sense(t, medvocab_da)
                if o:
                    why.append('Danish: ' + o)
            if t in names and len(t) >= 3:
                why.append('also a Danish ' + names[t])
            if not why and len(t) <= 3:
                why.append('very short token (%d letters); abbreviation-like, needs context' % len(t))
            if why:
                flag(t, lst, '; '.join(why))
    for t in cond_en.ranked():
        if ' ' in t:
            continue
        why = []
        g = lex.en_other_sense(t)
        if g:
            why.append('English: ' + g)
        if t in lex.da and t not in medvocab_da:
            o = da_other_sense(t, medvocab_da)
            if o:
                why.append('Danish: ' + o)
        if why:
            flag(t, 'conditions-en', '; '.join(why))
    write_list(os.path.join(out, 'ambiguous.txt'), header_lines(
        'Entries of the lists above that are also ordinary Danish/English words or short abbreviations.',
        ['the lists in this directory',
         'checks: wdanish, wamerican/wbritish, WordNet 3.0 (wordnet-base), mythes-da thesaurus, '
         'FreeDict dan-eng (Debian packages; used as checks, glosses are short quotations)',
         'Danish first-name/surname frequency lists in /work/shared/data (top 5000/3200; check only)'],
        ['WordNet 3.0 licence (Princeton, permissive); mythes-da LGPL-2.1/GPL-2/MPL-1.1; '
         'FreeDict dan-eng GPL-3+ (single-word glosses only)'],
        ['Format: entry<TAB>list<TAB>other meaning. Use as a guard: require health context.']),
        [(t, l, w) for t, (l, w) in amb.items()])

    # -- summary for REPORT.md ---------------------------------------------------
    stats = OrderedDict()
    for name, coll in (('medicines-da', meds), ('conditions-da', cond_da),
                       ('conditions-en', cond_en), ('aids-da', aids), ('wards-da', wards)):
        srcc = defaultdict(int)
        for t in coll.score:
            for s in coll.src[t]:
                srcc[s] += 1
        stats[name] = {'entries': len(coll.score), 'by_source': dict(srcc),
                       'single_word': sum(1 for t in coll.score if ' ' not in t),
                       'in_existing_health_terms': sum(1 for t in coll.score if t in existing)}
    for name, coll in (('conditions-da', cond_da), ('aids-da', aids), ('wards-da', wards)):
        stats[name]['only_restricted_sources'] = sum(
            1 for t in coll.score if coll.src[t] <= restricted)
    stats['medicines-dropped'] = {'entries': len(dropped)}
    stats['ambiguous'] = {'entries': len(amb)}
    stats['medicines-da']['with_atc'] = sum(1 for n in meds.score if atc.get(n))
    json.dump(stats, open(os.path.join(out, 'raw', 'stats.json') if os.path.isdir(
        os.path.join(out, 'raw')) else os.path.join(out, 'stats.json'), 'w'),
        indent=1, ensure_ascii=False)
    print(json.dumps(stats, indent=1, ensure_ascii=False))


if __name__ == '__main__':
    main()
