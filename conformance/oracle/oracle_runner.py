"""Feed cases to the HTCondor oracle process and collect its results.

Shared by check_corpus.py and regenerate.py (standard library only).

The oracle never stops early on its own, but it runs native HTCondor code: if
the process dies (say, a crash inside the library), the case it was working
on gets {"ok": false, "error": "crash", "detail": ...} and a fresh process
carries on with the next case.
"""

import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ORACLE = os.path.join(HERE, "htcondor_oracle.py")

# Keys of a corpus line that are not part of the case sent to an engine.
NOT_SENT = ("expect", "tags")

# Results that say the oracle could not produce HTCondor's answer.
NOT_AN_ANSWER = ("unsupported", "crash", "internal", "unknown_op", "bad_case", "bad_json")


def load_corpus(path):
    """[(raw line bytes, case dict or None)] for every line of the file."""
    rows = []
    with open(path, "rb") as f:
        for lineno, raw in enumerate(f, 1):
            if raw.strip() == b"":
                rows.append((raw, None))
                continue
            try:
                case = json.loads(raw.decode("utf-8"))
            except ValueError as e:
                raise SystemExit("%s:%d: not JSON: %s" % (path, lineno, e))
            if not isinstance(case, dict):
                raise SystemExit("%s:%d: not a JSON object" % (path, lineno))
            rows.append((raw, case))
    return rows


def case_line(case):
    sent = {k: v for k, v in case.items() if k not in NOT_SENT}
    return json.dumps(sent, ensure_ascii=False) + "\n"


def oracle_version(python=None, oracle=None):
    """The oracle's --version line; exits when the oracle cannot start."""
    proc = subprocess.run([python or sys.executable, oracle or DEFAULT_ORACLE, "--version"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if proc.returncode != 0:
        raise SystemExit("the oracle does not start (is classad2 installed? see "
                         "setup-oracle.sh):\n%s" % proc.stderr.decode("utf-8", "replace"))
    return proc.stdout.decode("utf-8", "replace").strip()


def run_oracle(cases, python=None, oracle=None):
    """The oracle's results for `cases` (dicts), in order."""
    python = python or sys.executable
    oracle = oracle or DEFAULT_ORACLE
    oracle_version(python, oracle)
    results = []
    start = 0
    while start < len(cases):
        payload = "".join(case_line(c) for c in cases[start:]).encode("utf-8")
        proc = subprocess.run([python, oracle], input=payload,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              check=False)
        lines = [l for l in proc.stdout.split(b"\n") if l.strip()]
        lines = lines[:len(cases) - start]
        results.extend(json.loads(l.decode("utf-8", "surrogateescape")) for l in lines)
        start += len(lines)
        if start == len(cases):
            break
        if proc.returncode == 0:
            raise SystemExit("the oracle stopped early without an error")
        # The process died while working on cases[start]: record it, go on.
        crashed = {"ok": False, "error": "crash",
                   "detail": "oracle process exited with status %d: %s"
                             % (proc.returncode,
                                proc.stderr.decode("utf-8", "replace").strip()[-500:])}
        if "id" in cases[start]:
            crashed = dict([("id", cases[start]["id"])] + list(crashed.items()))
        results.append(crashed)
        start += 1
    return results


def strip_id(result):
    if isinstance(result, dict):
        return {k: v for k, v in result.items() if k != "id"}
    return result


def is_answer(result):
    """False when the result says the oracle could not answer the case."""
    return not (isinstance(result, dict) and result.get("ok") is False
                and result.get("error") in NOT_AN_ANSWER)
