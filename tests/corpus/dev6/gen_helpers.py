"""Helpers for generate.py: valid (and deliberately invalid) identifier numbers
and a tiny inline-label markup.  Standard library only.

Markup: ⟦category|text⟧ inside a prompt string marks a labelled span.
"""
import datetime
import random
import re

rng = random.Random(20261206)
_used = set()

MARK_RE = re.compile(r"⟦(\w+)\|(.*?)⟧", re.S)


def L(cat, text):
    return f"⟦{cat}|{text}⟧"


def _fresh(fn):
    for _ in range(10000):
        v = fn()
        if v not in _used:
            _used.add(v)
            return v
    raise RuntimeError("no fresh value")


# ---------------------------------------------------------------- CVR
CVR_W = [2, 7, 6, 5, 4, 3, 2, 1]


def cvr_valid(d):
    return len(d) == 8 and d[0] != "0" and sum(int(a) * b for a, b in zip(d, CVR_W)) % 11 == 0


def _cvr_raw():
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)]
        s = sum(a * b for a, b in zip(d, CVR_W[:7]))
        last = (-s) % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def cvr_digits():
    return _fresh(_cvr_raw)


def fmt_cvr(d, style="plain"):
    sp = f"{d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}"
    return {
        "plain": d,
        "spaced": sp,
        "dk": "DK" + d,
        "dk-": "DK-" + d,
        "dksp": "DK " + sp,
        "dk4": f"DK {d[0:4]} {d[4:8]}",
        "4": f"{d[0:4]} {d[4:8]}",
        "dots": f"{d[0:2]}.{d[2:4]}.{d[4:6]}.{d[6:8]}",
    }[style]


def cvr(style="plain"):
    return L("cvr", fmt_cvr(cvr_digits(), style))


def not_cvr8():
    """8-digit number that is NOT mod-11 valid (for order/invoice numbers)."""
    def f():
        while True:
            d = str(rng.randint(10000000, 99999999))
            if not cvr_valid(d):
                return d
    return _fresh(f)


def mod11_8_trap():
    """8-digit number that IS mod-11 valid but is used as e.g. invoice no."""
    return cvr_digits()


# ---------------------------------------------------------------- cards
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def _luhn_complete(prefix, length):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


CARD_PREFIX = {
    "visa": (["4"], 16),
    "visa13": (["4"], 13),
    "visa19": (["4"], 19),
    "mc": (["51", "52", "53", "54", "55", "2221", "2300", "2720"], 16),
    "mc2": (["2221", "2230", "2300", "2511", "2720"], 16),
    "dankort": (["5019"], 16),
    "visadankort": (["4571"], 16),
    "amex": (["34", "37"], 15),
    "maestro": (["6759"], 16),
}


def card_digits(kind):
    pref, ln = CARD_PREFIX[kind]
    return _fresh(lambda: _luhn_complete(rng.choice(pref), ln))


def non_luhn(length, prefix=""):
    def f():
        while True:
            d = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix)))
            if not luhn_ok(d):
                return d
    return _fresh(f)


def fmt_card(d, style="space"):
    if len(d) == 15:  # Amex 4-6-5
        g = [d[0:4], d[4:10], d[10:15]]
    else:
        g = [d[i:i + 4] for i in range(0, len(d), 4)]
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "dot":
        return ".".join(g)
    if style == "none":
        return d
    if style == "mixed":  # "4571 2345-6789 0123"
        if len(g) == 4:
            return f"{g[0]} {g[1]}-{g[2]} {g[3]}"
        return g[0] + " " + "-".join(g[1:])
    if style == "dblspace":
        return "  ".join(g)
    if style == "ocr":  # stray space inside a group, as from a pasted PDF
        s = " ".join(g)
        return s[:6] + " " + s[6:]
    raise ValueError(style)


def card(kind, style="space"):
    return L("payment_card", fmt_card(card_digits(kind), style))


def masked(d, style="stars"):
    last = d[-4:]
    return {
        "stars": f"**** **** **** {last}",
        "x": f"XXXX XXXX XXXX {last}",
        "first6": f"{d[:4]} {d[4:6]}** **** {last}",
        "dots": f"•••• {last}",
    }[style]


# ---------------------------------------------------------------- IBAN / bank
def _iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return 98 - int(num) % 97


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


def rdig(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def dk_reg():
    return rng.choice(["0400", "1551", "2200", "2250", "3100", "3409", "4180", "4390", "5301",
                       "5470", "6110", "7260", "7321", "7670", "7780", "8117", "9070", "9255",
                       "9570", "9877", "1953", "2670", "3203", "6470", "7730"])


def dk_acct(n=10):
    a = rdig(n)
    if n == 10 and rng.random() < 0.5:
        a = "00" + a[2:]
    return a


def _no_bban():
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        d = rdig(10)
        r = 11 - sum(int(a) * b for a, b in zip(d, w)) % 11
        if r == 11:
            r = 0
        if r != 10:
            return d + str(r)


def _fr_bban():
    bank, branch, acct = rdig(5), rdig(5), rdig(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return f"{bank}{branch}{acct}{key:02d}"


def _bban(country, reg=None, acct=None):
    if country == "DK":
        return (reg or dk_reg()) + (acct or dk_acct())
    if country == "DE":
        return rdig(8) + rdig(10)
    if country == "SE":
        return rng.choice(["500", "800", "600", "300"]) + rdig(17)
    if country == "NO":
        return _no_bban()
    if country == "GB":
        return rng.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + rdig(6) + rdig(8)
    if country == "IE":
        return rng.choice(["AIBK", "BOFI"]) + rdig(6) + rdig(8)
    if country == "NL":
        return rng.choice(["ABNA", "INGB", "RABO"]) + rdig(10)
    if country == "PL":
        return rdig(24)
    if country == "FR":
        return _fr_bban()
    if country == "FI":
        return rdig(14)
    if country == "ES":
        return rdig(20)
    raise ValueError(country)


def iban_str(country="DK", spaced=True, reg=None, acct=None):
    def f():
        bban = _bban(country, reg, acct)
        ck = _iban_check(country, bban)
        return f"{country}{ck:02d}{bban}"
    s = _fresh(f) if reg is None else f()
    assert iban_ok(s)
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban(country="DK", spaced=True, reg=None, acct=None):
    return L("iban", iban_str(country, spaced, reg, acct))


def bad_iban(country="DK", spaced=True):
    """IBAN-looking string with wrong check digits (a trap, e.g. a typo)."""
    s = iban_str(country, False)
    ck = int(s[2:4])
    s = s[:2] + f"{(ck + 7) % 97 or 11:02d}" + s[4:]
    assert not iban_ok(s)
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def bank(style="reg", reg=None, acct=None, n=10):
    reg = reg or dk_reg()
    acct = acct or _fresh(lambda: dk_acct(n))
    s = {
        "reg": f"reg.nr. {reg} kontonr. {acct}",
        "regkonto": f"reg. {reg} konto {acct}",
        "dash": f"{reg}-{acct}",
        "space": f"{reg} {acct}",
        "slash": f"reg.nr./kontonr. {reg} / {acct}",
        "kto": f"Reg: {reg} Kto: {acct}",
        "konto": f"konto {reg} {acct}",
        "kontonummer": f"kontonummer {reg}-{acct}",
        "kontodash": f"konto {reg}-{acct}",
        "en": f"registration no. {reg}, account no. {acct}",
        "en2": f"reg. no. {reg} account {acct}",
        "lines": f"Reg.nr.: {reg}\nKontonr.: {acct}",
        "Regnr": f"Reg.nr. {reg} Konto nr. {acct}",
        "paren": f"({reg}) {acct}",
    }[style]
    return L("bank_account", s)


def uk_bank():
    sc = f"{rdig(2)}-{rdig(2)}-{rdig(2)}"
    return L("bank_account", f"sort code {sc}, account number {rdig(8)}")


def uk_bank_iban(bank_code="BARC"):
    """Consistent UK sort code + account and the matching GB IBAN (both labelled)."""
    sc, acct = rdig(6), rdig(8)
    bban = bank_code + sc + acct
    ib = f"GB{_iban_check('GB', bban):02d}{bban}"
    ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return (L("bank_account", f"sort code {sc[0:2]}-{sc[2:4]}-{sc[4:6]}, account number {acct}"),
            L("iban", ib))


def dk_bank_iban(style="en", spaced=True):
    """Consistent Danish reg+account and matching IBAN (both labelled)."""
    reg, acct = dk_reg(), _fresh(lambda: dk_acct(10))
    return bank(style, reg=reg, acct=acct), iban("DK", spaced=spaced, reg=reg, acct=acct)


# ---------------------------------------------------------------- CPR
CPR_W = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]


def cpr_mod11(d):
    return sum(int(a) * b for a, b in zip(d, CPR_W)) % 11 == 0


def cpr_year(yy, c7):
    if c7 <= 3:
        return 1900 + yy
    if c7 in (4, 9):
        return 2000 + yy if yy <= 36 else 1900 + yy
    return 2000 + yy if yy <= 57 else 1800 + yy


def _c7_for(year):
    if 1900 <= year <= 1999:
        opts = [0, 1, 2, 3] + ([4, 9] if year >= 1937 else [])
    elif 2000 <= year <= 2036:
        opts = [4, 9, 5, 6, 7, 8]
    elif 2037 <= year <= 2057:
        opts = [5, 6, 7, 8]
    else:
        opts = [5, 6, 7, 8]
    return opts


def cpr_digits(year, month=None, day=None, mod11=None, c7=None):
    """mod11: True -> must pass, False -> must fail, None -> auto (True if < 2007)."""
    if mod11 is None:
        mod11 = year < 2007
    def f():
        m = month or rng.randint(1, 12)
        dmax = (datetime.date(year + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1)).day
        dd = day or rng.randint(1, dmax)
        opts = [c7] if c7 is not None else _c7_for(year)
        while True:
            d7 = rng.choice(opts)
            s = f"{dd:02d}{m:02d}{year % 100:02d}{d7}{rdig(3)}"
            if cpr_year(year % 100, d7) != year:
                continue
            if cpr_mod11(s) == mod11:
                return s
    return _fresh(f)


def fmt_cpr(d, style="dash"):
    return {
        "dash": f"{d[:6]}-{d[6:]}",
        "plain": d,
        "dots": f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:]}",
        "spaced": f"{d[0:2]} {d[2:4]} {d[4:6]} {d[6:]}",
        "space": f"{d[:6]} {d[6:]}",
        "slash": f"{d[0:2]}{d[2:4]}{d[4:6]}/{d[6:]}",
    }[style]


def cpr(year, style="dash", mod11=None, month=None, day=None, c7=None):
    return L("cpr", fmt_cpr(cpr_digits(year, month, day, mod11, c7), style))


def date_order_no(mod11=False, yy=26):
    """10-digit order/invoice number starting with a valid ddmmyy date (not a CPR)."""
    def f():
        while True:
            m = rng.randint(1, 12)
            dd = rng.randint(1, 28)
            s = f"{dd:02d}{m:02d}{yy:02d}{rdig(4)}"
            if cpr_mod11(s) == mod11:
                return s
    return _fresh(f)


# ---------------------------------------------------------------- phone
DK_MOB = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93"]
DK_FIX = ["86", "87", "89", "86", "87"]


def phone_digits(mobile=True):
    def f():
        p = rng.choice(DK_MOB if mobile else DK_FIX)
        s = p + rdig(6)
        if s.startswith("8959"):
            return f()
        return s
    return _fresh(f)


def fmt_phone(d, style="pairs"):
    pairs = " ".join(d[i:i + 2] for i in range(0, 8, 2))
    return {
        "pairs": pairs,
        "plus": "+45 " + pairs,
        "plain": d,
        "4": f"{d[:4]} {d[4:]}",
        "plus4": f"+45 {d[:4]} {d[4:]}",
        "plusnone": "+45" + d,
        "0045": "0045 " + pairs,
        "paren": f"(+45) {d[:4]} {d[4:]}",
        "dash": f"{d[:4]}-{d[4:]}",
    }[style]


def phone(style="pairs", mobile=True):
    return L("phone", fmt_phone(phone_digits(mobile), style))


# ---------------------------------------------------------------- misc
def N(name):
    return L("name", name)


def A(addr):
    return L("address", addr)


def E(mail):
    return L("email", mail)


def P(s):
    """literal phone as written (foreign numbers)"""
    return L("phone", s)


def ean():
    """GS1-valid 13-digit GLN/EAN starting 5798 (Danish public sector style), Luhn-INVALID."""
    def f():
        while True:
            body = "579800" + rdig(6)
            s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
            d = body + str((10 - s % 10) % 10)
            if not luhn_ok(d):
                return d
    return _fresh(f)


def money(lo, hi, dk=True):
    v = rng.randint(lo * 100, hi * 100) / 100
    s = f"{v:,.2f}"
    if dk:
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def parse(marked):
    """Return (text, labels) from marked-up text; assert label rules."""
    labels = []
    seen = {}
    for m in MARK_RE.finditer(marked):
        cat, t = m.group(1), m.group(2)
        seen[t] = seen.get(t, 0) + 1
        if not any(l["text"] == t for l in labels):
            labels.append({"category": cat, "text": t})
        else:
            prev = [l for l in labels if l["text"] == t][0]
            assert prev["category"] == cat, (t, cat, prev)
    text = MARK_RE.sub(lambda m: m.group(2), marked)
    assert "⟦" not in text and "⟧" not in text, text
    for t, n in seen.items():
        occ = len(re.findall(r"(?<![0-9A-Za-zÆØÅæøå_])" + re.escape(t) + r"(?![0-9A-Za-zÆØÅæøå_])", text))
        raw = text.count(t)
        assert occ == n and raw == n, f"label text {t!r} occurs {occ}/{raw} times but marked {n}: {text[:80]}"
    return text, labels
