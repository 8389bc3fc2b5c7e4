"""Helpers for writing dev9 records: label shorthands and checksum-valid invented numbers."""
CPR_W = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
CVR_W = (2, 7, 6, 5, 4, 3, 2, 1)
RECORDS = []


def C(note, text):
    RECORDS.append(("clean", text, [], note))


def P(note, text, *labels):
    RECORDS.append(("personal", text, list(labels), note))


def H(t): return {"category": "health", "text": t}
def N(t): return {"category": "name", "text": t}
def A(t): return {"category": "address", "text": t}
def E(t): return {"category": "email", "text": t}
def T(t): return {"category": "phone", "text": t}
def CPR(t): return {"category": "cpr", "text": t}
def CVR(t): return {"category": "cvr", "text": t}
def IB(t): return {"category": "iban", "text": t}
def BA(t): return {"category": "bank_account", "text": t}
def PC(t): return {"category": "payment_card", "text": t}


def _mod11(d, w):
    return sum(int(a) * b for a, b in zip(d, w)) % 11 == 0


def cpr(ddmmyy, first, start=0, valid=True, sep="-"):
    """CPR with given birth date and 7th digit; valid or deliberately failing modulus 11."""
    for s in range(start, start + 1000):
        tail = f"{first}{s % 1000:03d}"
        ok = _mod11(ddmmyy + tail, CPR_W)
        if ok == valid:
            return ddmmyy + sep + tail
    raise ValueError(ddmmyy)


def cvr(seed):
    for n in range(seed, seed + 1000):
        d = str(n)
        if len(d) == 8 and d != "29189838" and _mod11(d, CVR_W):
            return d
    raise ValueError(seed)


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card(body15, groups=(4, 4, 4, 4), sep=" "):
    full = body15 + luhn_digit(body15)
    out, i = [], 0
    for g in groups:
        out.append(full[i:i + g])
        i += g
    return sep.join(out)


def iban(country, bban, spaced=True):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(num) % 97
    compact = f"{country}{check:02d}{bban}"
    if not spaced:
        return compact
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
