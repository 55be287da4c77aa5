#!/usr/bin/env python3
"""Re-record the "expect" of every case of conformance corpora from the oracle.

Usage:
    regenerate.py [--python PY] [--oracle ORACLE] [--dry-run] CORPUS...

Each corpus file is rewritten in place: every line keeps its other keys, their
order and the line order; only "expect" is replaced, and a line whose
expectation did not change is kept byte for byte (so the diff shows exactly
what the new HTCondor does differently).  Where the oracle cannot answer a
case ("unsupported", "crash", "unknown_op", ...), the recorded expectation is
kept and the case is listed.  A summary of how many expectations changed is
printed per file.  With --dry-run nothing is written.

After an HTCondor upgrade: bump requirements.txt, run setup-oracle.sh, run
this script on the corpora, and review `git diff`.
"""

import argparse
import json
import signal
import os
import sys
import tempfile

import oracle_runner


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="+", help="corpus .jsonl file(s), rewritten in place")
    ap.add_argument("--python", default=None,
                    help="python with classad2 (default: this interpreter)")
    ap.add_argument("--oracle", default=None, help="oracle script")
    ap.add_argument("--dry-run", action="store_true", help="report only, write nothing")
    ap.add_argument("--list", type=int, default=50, metavar="N",
                    help="list at most N changed ids per file (default 50)")
    args = ap.parse_args(argv[1:])

    print("oracle: %s" % oracle_runner.oracle_version(args.python, args.oracle))
    total_changed = 0
    for path in args.corpus:
        rows = oracle_runner.load_corpus(path)
        cases = [c for _, c in rows if c is not None]
        results = iter(oracle_runner.run_oracle(cases, args.python, args.oracle))

        out_lines = []
        changed, kept, added = [], [], []
        same = 0
        for raw, case in rows:
            if case is None:
                out_lines.append(raw)
                continue
            got = next(results)
            new_expect = oracle_runner.strip_id(got)
            if not oracle_runner.is_answer(got):
                kept.append((case.get("id"), got))
                out_lines.append(raw)
                continue
            if "expect" in case and case["expect"] == new_expect:
                same += 1
                out_lines.append(raw)
                continue
            (changed if "expect" in case else added).append(case.get("id"))
            if "expect" in case or "tags" not in case:
                case["expect"] = new_expect  # keeps the key's position
            else:  # new key: put it before "tags", as the corpora do
                items = list(case.items())
                at = [k for k, _ in items].index("tags")
                case = dict(items[:at] + [("expect", new_expect)] + items[at:])
            line = json.dumps(case, ensure_ascii=False)
            ending = b"\r\n" if raw.endswith(b"\r\n") else (b"\n" if raw.endswith(b"\n") else b"")
            out_lines.append(line.encode("utf-8") + ending)

        if (changed or added) and not args.dry_run:
            directory = os.path.dirname(os.path.abspath(path))
            fd, tmp = tempfile.mkstemp(prefix=".regenerate-", dir=directory)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.writelines(out_lines)
                os.chmod(tmp, os.stat(path).st_mode & 0o7777)
                os.replace(tmp, path)
            except BaseException:
                if os.path.exists(tmp):
                    os.unlink(tmp)
                raise
        print("== %s: %d cases: %d changed, %d added, %d unchanged, %d kept "
              "(oracle cannot answer)" % (path, len(cases), len(changed), len(added),
                                          same, len(kept)))
        for ident in (changed + added)[:args.list]:
            print("  changed  %s" % ident)
        if len(changed) + len(added) > args.list:
            print("  ... and %d more" % (len(changed) + len(added) - args.list))
        for ident, got in kept:
            print("  kept     %s  (%s%s)" % (ident, got.get("error"),
                                             ": " + got["detail"][:120] if got.get("detail") else ""))
        total_changed += len(changed) + len(added)

    if len(args.corpus) > 1:
        print("== total: %d expectations changed" % total_changed)
    if args.dry_run:
        print("(dry run: nothing written)")
    return 0


if __name__ == "__main__":
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet under `| head`
    sys.exit(main(sys.argv))
