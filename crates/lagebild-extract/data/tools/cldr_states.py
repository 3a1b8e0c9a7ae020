#!/usr/bin/env python3
"""Adds every ISO 3166-1 state that `states.tsv` lacks, named from CLDR.

The German short names come from the Unicode CLDR (through Babel: `pip install babel`),
so no state name is typed by hand; the other columns of an added row (variants,
adjective stems, capital, metonyms) start empty and are filled in by hand, since CLDR
has no adjectives or capitals. Existing rows are kept as they are; the script also
prints where a kept canonical name differs from CLDR's (the German press form wins,
e.g. `USA` over `Vereinigte Staaten`), so a reviewer sees every deliberate difference.

Dependent territories (Guam, Greenland, ...) are not states here: places.tsv lists the
ones that matter for troops, with the state they belong to.

Usage: python3 data/tools/cldr_states.py data/states.tsv [--write]
"""
import sys

from babel import Locale

# ISO 3166-1 codes of territories that are not sovereign states, and CLDR's
# non-state regions (EU, UN, pseudo-locales, unknown). Kosovo (XK) is kept.
NOT_STATES = set(
    "AC AI AQ AS AW AX BL BM BQ BV CC CK CP CQ CW CX DG EA EH EU EZ FK FO GF GG GI GL GP GS "
    "GU HK HM IC IM IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR QO RE SH SJ SX TA TC TF "
    "TK UM UN VG VI WF XA XB YT ZZ".split()
)


def main() -> int:
    path = sys.argv[1]
    write = "--write" in sys.argv
    names = Locale("de").territories
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    header = [l for l in lines if l.startswith("#")]
    rows = {l.split("\t")[0]: l for l in lines if l and not l.startswith("#")}
    for code, row in sorted(rows.items()):
        cldr = names.get(code)
        if cldr and row.split("\t")[1] != cldr:
            print(f"kept {code}: {row.split(chr(9))[1]!r} (CLDR: {cldr!r})", file=sys.stderr)
    for code, name in sorted(names.items()):
        if len(code) == 2 and code.isalpha() and code not in NOT_STATES and code not in rows:
            rows[code] = "\t".join([code, name, "", "", "", ""])
            print(f"added {code}: {name}", file=sys.stderr)
    out = "\n".join(header + [rows[c] for c in sorted(rows)]) + "\n"
    if write:
        with open(path, "w", encoding="utf-8") as f:
            f.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
