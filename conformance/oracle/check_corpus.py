#!/usr/bin/env python3
"""Run the HTCondor oracle over a conformance corpus and compare with "expect".

Usage:
    check_corpus.py [--python PY] [--oracle ORACLE] [--show N] [--fail] CORPUS...

For every corpus file, the cases (each line minus "expect" and "tags") are fed
to the oracle in one process; each result is compared with the recorded
"expect" as parsed JSON (key order and spacing do not matter).  The report
gives, per tag, how many cases agree, and lists the ids of the mismatching
cases (with the first few differences in detail when --show is given).

--python defaults to the interpreter running this script; --oracle to
htcondor_oracle.py next to this script.  Only the standard library is used
here; the oracle itself needs classad2 (see setup-oracle.sh).
Exit status: 0, or 1 with --fail when any case disagrees.
"""

import argparse
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Keys of a corpus line that are not part of the case sent to an engine.
NOT_SENT = ("expect", "tags")


def load_corpus(path):
    cases = []
    with open(path, "rb") as f:
        for lineno, raw in enumerate(f, 1):
            if raw.strip() == b"":
                continue
            try:
                case = json.loads(raw.decode("utf-8"))
            except ValueError as e:
                raise SystemExit("%s:%d: not JSON: %s" % (path, lineno, e))
            cases.append(case)
    return cases


def run_oracle(python, oracle, cases):
    """Results of the oracle for `cases`, in order (one process)."""
    payload = "".join(
        json.dumps({k: v for k, v in c.items() if k not in NOT_SENT},
                   ensure_ascii=False) + "\n"
        for c in cases).encode("utf-8")
    proc = subprocess.run([python, oracle], input=payload,
                          stdout=subprocess.PIPE, check=False)
    lines = [l for l in proc.stdout.split(b"\n") if l.strip()]
    if proc.returncode != 0 or len(lines) != len(cases):
        raise SystemExit("oracle failed: exit %d, %d results for %d cases"
                         % (proc.returncode, len(lines), len(cases)))
    return [json.loads(l.decode("utf-8")) for l in lines]


def strip_id(obj):
    return {k: v for k, v in obj.items() if k != "id"} if isinstance(obj, dict) else obj


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="+", help="corpus .jsonl file(s)")
    ap.add_argument("--python", default=sys.executable,
                    help="python with classad2 (default: this interpreter)")
    ap.add_argument("--oracle", default=os.path.join(HERE, "htcondor_oracle.py"))
    ap.add_argument("--show", type=int, default=0, metavar="N",
                    help="print expected/got for the first N mismatches")
    ap.add_argument("--fail", action="store_true",
                    help="exit 1 when any case disagrees")
    args = ap.parse_args(argv[1:])

    total = agree = 0
    any_mismatch = False
    for path in args.corpus:
        cases = load_corpus(path)
        results = run_oracle(args.python, args.oracle, cases)
        per_tag = collections.OrderedDict()
        mismatches = []
        for case, got in zip(cases, results):
            if "id" in case and got.get("id") != case["id"]:
                raise SystemExit("result id %r does not match case id %r"
                                 % (got.get("id"), case["id"]))
            same = strip_id(got) == strip_id(case.get("expect"))
            tags = case.get("tags") or ["(untagged)"]
            for tag in tags:
                counts = per_tag.setdefault(tag, [0, 0])
                counts[1] += 1
                counts[0] += same
            total += 1
            agree += same
            if not same:
                mismatches.append((case, got))

        print("== %s: %d/%d cases agree" % (path, len(cases) - len(mismatches), len(cases)))
        width = max([len(t) for t in per_tag] + [3])
        print("%-*s %7s %7s %9s" % (width, "tag", "agree", "cases", "mismatch"))
        for tag in sorted(per_tag, key=lambda t: (-per_tag[t][1], t)):
            ok, n = per_tag[tag]
            print("%-*s %7d %7d %9d" % (width, tag, ok, n, n - ok))
        if mismatches:
            any_mismatch = True
            print("mismatching ids (%d):" % len(mismatches))
            for case, _ in mismatches:
                print("  %s  [%s]" % (case.get("id"), ",".join(case.get("tags") or [])))
            for case, got in mismatches[:args.show]:
                print("-- %s" % case.get("id"))
                print("   case:   %s" % json.dumps(
                    {k: v for k, v in case.items() if k not in NOT_SENT},
                    ensure_ascii=False)[:2000])
                print("   expect: %s" % json.dumps(case.get("expect"), ensure_ascii=False)[:2000])
                print("   got:    %s" % json.dumps(strip_id(got), ensure_ascii=False)[:2000])
    if len(args.corpus) > 1:
        print("== total: %d/%d cases agree" % (agree, total))
    return 1 if (args.fail and any_mismatch) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
