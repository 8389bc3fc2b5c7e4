"""Helper used while writing: generates invented CPR numbers (modulus 11 for births before 2007)
and Luhn-valid invented card numbers. Not imported by build.py."""
import random, sys
W = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
def cpr(dd, mm, yyyy, rng):
    yy = yyyy % 100
    while True:
        if yyyy < 2000:
            c7 = rng.choice([0, 1, 2, 3])
        else:
            c7 = rng.choice([4, 9, 5, 6, 7, 8]) if yy <= 36 else rng.choice([5, 6, 7, 8])
        rest = [c7] + [rng.randrange(10) for _ in range(3)]
        d = [dd // 10, dd % 10, mm // 10, mm % 10, yy // 10, yy % 10] + rest
        if yyyy >= 2007 or sum(a * b for a, b in zip(d, W)) % 11 == 0:
            return "%02d%02d%02d-%s" % (dd, mm, yy, "".join(map(str, rest)))
def luhn(prefix, n, rng):
    while True:
        s = prefix + "".join(str(rng.randrange(10)) for _ in range(n - len(prefix) - 1))
        for c in range(10):
            t = s + str(c)
            tot = 0
            for i, ch in enumerate(reversed(t)):
                x = int(ch)
                if i % 2: x *= 2; x -= 9 if x > 9 else 0
                tot += x
            if tot % 10 == 0:
                return t
rng = random.Random(1414)
dates = [(3,4,1941),(17,11,1936),(22,8,1948),(9,1,1952),(28,2,1939),(14,6,1960),(5,10,1972),(30,3,1985),(11,12,1990),(19,7,1979),(2,5,1967),(25,9,1944),(8,8,1955),(16,1,1998),(21,4,2003),(6,11,2005),(12,3,2009),(27,6,2011),(4,9,2013),(15,2,2015),(31,10,2012),(23,1,2017),(10,5,1931),(1,7,1988),(29,12,1976),(13,8,2001),(7,2,1963),(18,5,1950),(26,6,2008),(20,10,2014)]
for d in dates:
    print(d, cpr(*d, rng))
for p in ["4571", "5413", "4532", "5290", "4917", "5232"]:
    print(luhn(p, 16, rng))
