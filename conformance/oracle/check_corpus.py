#!/usr/bin/env python3
"""Run the HTCondor oracle over conformance corpora and compare with "expect".

Usage:
    check_corpus.py [--python PY] [--oracle ORACLE] [--show N] [--fail] CORPUS...

Every case of a corpus (a line minus "expect" and "tags") goes to the oracle;
each result is compared with the recorded "expect" as parsed JSON (key order
and spacing do not matter; "id" is ignored).  The report gives the agreement
per area (the first tag) and per tag, and lists the ids of mismatching cases,
marking those the oracle declared it cannot answer ("unsupported" etc.).

--python is the interpreter that has classad2 (default: the one running this
script; setup-oracle.sh prints a suitable one); --oracle defaults to
htcondor_oracle.py next to this script.  Standard library only.
Exit status: 0, or 1 with --fail when any case disagrees.
"""

import argparse
import collections
import json
import signal
import sys

import oracle_runner


def table(title, counts):
    width = max([len(t) for t in counts] + [len(title)])
    print("%-*s %7s %7s %9s" % (width, title, "agree", "cases", "mismatch"))
    for tag in sorted(counts, key=lambda t: (-counts[t][1], t)):
        ok, n = counts[tag]
        print("%-*s %7d %7d %9d" % (width, tag, ok, n, n - ok))


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="+", help="corpus .jsonl file(s)")
    ap.add_argument("--python", default=None,
                    help="python with classad2 (default: this interpreter)")
    ap.add_argument("--oracle", default=None, help="oracle script")
    ap.add_argument("--show", type=int, default=0, metavar="N",
                    help="print case, expected and got for the first N mismatches")
    ap.add_argument("--fail", action="store_true",
                    help="exit 1 when any case disagrees")
    args = ap.parse_args(argv[1:])

    print("oracle: %s" % oracle_runner.oracle_version(args.python, args.oracle))
    total = agree = 0
    any_mismatch = False
    for path in args.corpus:
        cases = [c for _, c in oracle_runner.load_corpus(path) if c is not None]
        results = oracle_runner.run_oracle(cases, args.python, args.oracle)
        by_area = collections.OrderedDict()
        by_tag = collections.OrderedDict()
        mismatches = []
        for case, got in zip(cases, results):
            if "id" in case and got.get("id") != case["id"]:
                raise SystemExit("result id %r does not match case id %r"
                                 % (got.get("id"), case["id"]))
            same = oracle_runner.strip_id(got) == oracle_runner.strip_id(case.get("expect"))
            tags = case.get("tags") or ["(untagged)"]
            for counts, keys in ((by_area, tags[:1]), (by_tag, tags)):
                for tag in keys:
                    c = counts.setdefault(tag, [0, 0])
                    c[1] += 1
                    c[0] += same
            total += 1
            agree += same
            if not same:
                mismatches.append((case, got))

        print("== %s: %d/%d cases agree" % (path, len(cases) - len(mismatches), len(cases)))
        table("area (first tag)", by_area)
        print()
        table("tag", by_tag)
        if mismatches:
            any_mismatch = True
            print("mismatching ids (%d; * = the oracle says it cannot answer):"
                  % len(mismatches))
            for case, got in mismatches:
                mark = " " if oracle_runner.is_answer(got) else "*"
                print(" %s %s  [%s]%s" % (
                    mark, case.get("id"), ",".join(case.get("tags") or []),
                    "" if oracle_runner.is_answer(got) else "  " + got.get("error", "")))
            for case, got in mismatches[:args.show]:
                print("-- %s" % case.get("id"))
                print("   case:   %s" % oracle_runner.case_line(case).strip()[:2000])
                print("   expect: %s" % json.dumps(case.get("expect"), ensure_ascii=False)[:2000])
                print("   got:    %s" % json.dumps(oracle_runner.strip_id(got),
                                                   ensure_ascii=False)[:2000])
        print()
    if len(args.corpus) > 1:
        print("== total: %d/%d cases agree" % (agree, total))
    return 1 if (args.fail and any_mismatch) else 0


if __name__ == "__main__":
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet under `| head`
    sys.exit(main(sys.argv))
