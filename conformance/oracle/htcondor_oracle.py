#!/usr/bin/env python3
"""Real-HTCondor oracle for the jclassad conformance protocol (JSON Lines).

Reads one JSON case per line on stdin and writes one JSON result per non-blank
input line on stdout (flushed per line), computed by HTCondor's own ClassAd
library through its Python bindings (``classad2``, from the ``htcondor`` wheel;
``htcondor2`` is imported too, because importing it runs HTCondor's config
start-up, which registers the HTCondor ClassAd functions such as
``stringListMember`` and switches old ClassAd semantics on, exactly as every
HTCondor daemon and tool does).

Protocol: ``/work/shared/spec/oracle-protocol.md`` (summarised in
``conformance/README.md``).  Ops: ``eval``, ``parse_expr``, ``parse_ad``,
``match``.  Options: ``old_semantics`` (default true), ``old_syntax``,
``ad_syntax``/``target_syntax``/``left_syntax``/``right_syntax``
(``new``|``old``|``json``), ``id`` echo.

Where the bindings cannot express something, the result says so:
``{"ok": false, "error": "unsupported", "detail": "..."}``.

Usage:  python3 htcondor_oracle.py < cases.jsonl > results.jsonl
        python3 htcondor_oracle.py --version   (prints the library version)
"""

import os
import sys
import time

# ---------------------------------------------------------------------------
# Process set-up.  All of this must happen before classad2/htcondor2 load.
# ---------------------------------------------------------------------------

# Results are defined for TZ=UTC.
os.environ["TZ"] = "UTC"
time.tzset()
# Hermetic HTCondor configuration: no config files, only the environment, and
# none of the caller's _CONDOR_* settings (they could change the semantics,
# load user function libraries, ...).
os.environ["CONDOR_CONFIG"] = "ONLY_ENV"
for _name in list(os.environ):
    if _name.lower().startswith("_condor_"):
        del os.environ[_name]
os.environ["_CONDOR_STRICT_CLASSAD_EVALUATION"] = "false"

import json  # noqa: E402
import re  # noqa: E402

import classad2  # noqa: E402
import htcondor2  # noqa: E402,F401  (runs config(): ClassAdReconfig())
from classad2.classad2_impl import _classad_parse_next  # noqa: E402

ClassAd = classad2.ClassAd
ParserType = classad2.ParserType

# ---------------------------------------------------------------------------
# Old / strict ClassAd semantics.
#
# classad2 has no switch of its own.  HTCondor's config start-up
# (ClassAdReconfig, run by `import htcondor2` and by htcondor2.reload_config())
# calls classad::SetOldClassAdSemantics(!STRICT_CLASSAD_EVALUATION).  With
# CONDOR_CONFIG=ONLY_ENV the knob comes from _CONDOR_STRICT_CLASSAD_EVALUATION,
# so flipping that variable and reloading the config flips the library-wide
# setting.
# ---------------------------------------------------------------------------

_current_old_semantics = None


def _probe_old_semantics():
    """True when the library currently runs with old semantics.

    Under old semantics an integer literal with a leading 0 is a lex error.
    """
    ad, _ = _parse_next_safe("[ x = 010 ]", ParserType.New)
    return ad is None


def set_old_semantics(flag):
    global _current_old_semantics
    if _current_old_semantics is flag:
        return True
    os.environ["_CONDOR_STRICT_CLASSAD_EVALUATION"] = "false" if flag else "true"
    htcondor2.reload_config()
    _current_old_semantics = flag if _probe_old_semantics() == flag else None
    return _current_old_semantics is flag


# ---------------------------------------------------------------------------
# Parsing helpers
# ---------------------------------------------------------------------------


class CaseError(Exception):
    """A failure that becomes the result of the case."""

    def __init__(self, error, detail=None):
        Exception.__init__(self, error)
        self.result = {"ok": False, "error": error}
        if detail is not None:
            self.result["detail"] = detail


def unsupported(detail):
    return CaseError("unsupported", detail)


def _parse_next_safe(text, parser):
    """(ad or None, bytes consumed) from the library's ad reader."""
    try:
        ad, offset = _classad_parse_next(text, int(parser), 0)
    except (classad2.ClassAdException, ValueError):
        return None, 0
    return ad, offset


def _only_comments(rest):
    """True when `rest` holds no ClassAd token (only blanks and comments).

    The library reader stops after the first ad; a full parse (as HTCondor's
    ParseClassAd(..., full=true) does) additionally requires the end of the
    input to follow.  Whether the rest is token-free is asked of the library's
    own lexer: put after the 1 in `[ zz = (1 ... ) ]`, it must change nothing.
    """
    if rest.strip() == "":
        return True
    probe = "[ zz = (1\n" + rest + "\n) ]"
    ad, offset = _parse_next_safe(probe, ParserType.New)
    if ad is None or offset != len(probe.encode("utf-8")):
        return False
    return repr(ad) == "[ zz = (1) ]"


def _rest_after(text, offset):
    data = text.encode("utf-8")
    return data[offset:].decode("utf-8", "surrogateescape")


def parse_ad_text(text, syntax):
    """Parse a whole ad in new / old / json syntax; None when it fails."""
    if not isinstance(text, str):
        raise CaseError("bad_case", "ad text must be a string")
    if syntax == "new" or syntax == "json":
        parser = ParserType.New if syntax == "new" else ParserType.JSON
        ad, offset = _parse_next_safe(text, parser)
        if ad is None:
            # The bindings' reader reports an empty ad as "no ad".
            return _empty_ad(text, syntax)
        if not _only_comments(_rest_after(text, offset)):
            return None
        return ad
    if syntax == "old":
        return parse_old_ad(text)
    raise CaseError("bad_case", "syntax must be new, old or json, not %r" % (syntax,))


_JSON_EMPTY_OBJECT = re.compile(r"[ \t\r\n]*\{[ \t\r\n]*\}[ \t\r\n]*\Z")


def _empty_ad(text, syntax):
    """An empty ClassAd when `text` is exactly an empty ad, else None."""
    if syntax == "json":
        if _JSON_EMPTY_OBJECT.match(text):
            return ClassAd()
        # Anything else that the library might still read as an empty
        # object (comments, stray commas) cannot be decided through the
        # bindings: with one member added after the `{` it would parse.
        brace = text.find("{")
        if brace >= 0 and _only_comments(text[:brace]):
            probe = text[:brace] + '{"zz": 1 ' + text[brace + 1:]
            ad, offset = _parse_next_safe(probe, ParserType.JSON)
            if (ad is not None and list(ad) == ["zz"]
                    and _only_comments(_rest_after(probe, offset))):
                raise unsupported(
                    "the bindings report an empty ad as no ad at all; cannot "
                    "tell whether HTCondor reads this text as an empty JSON ad")
        return None
    # New syntax: let the library parse the text as the value of an
    # attribute; it is an empty ad when that value is a bare empty ad literal.
    probe = "[ zz = " + text + "\n]"
    ad, offset = _parse_next_safe(probe, ParserType.New)
    if ad is None or offset != len(probe.encode("utf-8")) or list(ad) != ["zz"]:
        return None
    if repr(ad.lookup("zz")) != "[  ]":
        return None
    return ClassAd()


def parse_old_ad(text):
    """Read `condor_q -long` text line by line, as HTCondor does.

    Every line must be a `Name = value` line (parsed with the old-ClassAd
    parser; tokens after the value are ignored, as HTCondor ignores them); a
    blank or comment line is an error, a final newline is allowed.
    """
    if text == "":
        return ClassAd()
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    for line in lines:
        one, _ = _parse_next_safe(line, ParserType.Old)
        if one is None or len(one) == 0:
            return None
    # Every line is an attribute line: let the library build the whole ad
    # (attribute insertion, duplicate names, ...) from the text.
    ad, offset = _parse_next_safe(text, ParserType.Old)
    if ad is None:
        return None
    if _rest_after(text, offset).strip() != "":
        raise unsupported("old-syntax ad reader stopped before the end of valid input")
    return ad


_WRAP_ATTR = "x"


def parse_expr_ad(expr, old_syntax):
    """Parse `expr` completely; return a one-attribute ad holding it as `x`.

    The bindings parse expressions only as attribute values inside an ad, so
    the expression is wrapped.  Completeness (no trailing tokens, no ad
    syntax smuggled in) is checked by also parsing it inside parentheses and
    comparing the two trees' prints.
    """
    if not isinstance(expr, str):
        raise CaseError("bad_case", "expr must be a string")
    if old_syntax:
        if "\n" in expr or "\r" in expr:
            raise unsupported(
                "old_syntax: the bindings reach the old-ClassAd lexer only through "
                "the line-based long-format reader, which cannot read an "
                "expression containing a line break")
        ad = _old_attr(expr)
        if ad is None:
            return None
        # The long-format reader ignores tokens after the value, so
        # completeness is checked by parsing `(E)` and `(E) + 1` too: both
        # must give the same tree inside.  The old lexer ends a string at a
        # backslash-quote only when nothing follows it; for these checks only,
        # such a final backslash is replaced by a letter, which ends the same
        # token at the same place.
        check = expr
        if check.endswith('\\"') or check.endswith("\\'"):
            check = check[:-2] + "x" + check[-1]
        paren = _old_attr("(" + check + ")")
        plus = _old_attr("(" + check + ") + 1")
        if check != expr and paren is not None and plus is not None:
            ad_check = _old_attr(check)
            if ad_check is None:
                return None
            inner = repr(ad_check.lookup(_WRAP_ATTR))
        else:
            inner = repr(ad.lookup(_WRAP_ATTR))
        if paren is None or plus is None:
            # `x = E` parsed but `x = (E)` did not: trailing tokens, or a
            # trailing `//` comment (which swallows the closing parenthesis
            # and cannot be told apart with a line-based reader).
            if "//" in expr:
                raise unsupported(
                    "old_syntax: cannot tell a trailing // comment from trailing "
                    "tokens with the line-based long-format reader")
            return None
        if repr(paren.lookup(_WRAP_ATTR)) != "(" + inner + ")":
            return None
        if repr(plus.lookup(_WRAP_ATTR)) != "(" + inner + ") + 1":
            return None
        return ad
    text = "[ " + _WRAP_ATTR + " = " + expr + "\n]"
    ad = parse_ad_text(text, "new")
    if ad is None or list(ad) != [_WRAP_ATTR]:
        return None
    paren = parse_ad_text("[ " + _WRAP_ATTR + " = (" + expr + "\n) ]", "new")
    if paren is None or list(paren) != [_WRAP_ATTR]:
        return None
    if repr(paren.lookup(_WRAP_ATTR)) != "(" + repr(ad.lookup(_WRAP_ATTR)) + ")":
        return None
    return ad


def _old_attr(rhs):
    line = _WRAP_ATTR + " = " + rhs
    ad, offset = _parse_next_safe(line, ParserType.Old)
    if ad is None or list(ad) != [_WRAP_ATTR]:
        return None
    return ad


# ---------------------------------------------------------------------------
# Printing helpers
# ---------------------------------------------------------------------------

_JSON_LAYOUT = re.compile(r"\n *")


def compact_json(pretty):
    """One-line JSON from the library's multi-line JSON print.

    ClassAdJsonUnParser escapes every control character inside strings, so a
    raw newline in its output is always layout; the one-line form is the same
    text without the newline-plus-indent sequences.
    """
    return _JSON_LAYOUT.sub("", pretty)


def old_value(expr_tree):
    """Old-syntax print of one expression (via a one-attribute ad)."""
    holder = ClassAd()
    holder[_WRAP_ATTR] = expr_tree
    return _strip_old_line(holder.printOld())


def _strip_old_line(line):
    prefix = _WRAP_ATTR + " = "
    if not line.startswith(prefix) or not line.endswith("\n"):
        raise unsupported("unexpected old-syntax print %r" % (line,))
    return line[len(prefix):-1]


def json_value_of_wrapped(ad):
    """One-line JSON print of the attribute `x` of a one-attribute ad."""
    one = compact_json(ad.printJson())
    prefix = '{"' + _WRAP_ATTR + '": '
    if not one.startswith(prefix) or not one.endswith("}"):
        raise unsupported("unexpected JSON print %r" % (one,))
    return one[len(prefix):-1]


_INT_RE = re.compile(r"-?[0-9]+\Z")


def type_of(printed):
    """ClassAd type name of a value, from its canonical new-syntax print."""
    if printed in ("true", "false"):
        return "boolean"
    if printed == "undefined":
        return "undefined"
    if printed == "error":
        return "error"
    if printed.startswith('"'):
        return "string"
    if printed.startswith("{"):
        return "list"
    if printed.startswith("["):
        return "classad"
    if printed.startswith("absTime("):
        return "abstime"
    if printed.startswith("relTime("):
        return "reltime"
    if printed.startswith("real("):
        return "real"
    if _INT_RE.match(printed):
        return "integer"
    try:
        float(printed)
    except ValueError:
        raise unsupported("cannot classify value print %r" % (printed,))
    return "real"


def evaluate(tree, scope, target):
    """(print, type) of the value, or None when evaluation itself fails.

    ExprTree.simplify() evaluates and turns the value into a literal, which
    the library then prints.  For a relative time that literal holds whole
    seconds only (Literal::MakeLiteral truncates to time_t), while HTCondor
    prints the value itself with its fraction; so a relative-time result is
    checked against the exact seconds (ExprTree.eval(), a second evaluation)
    and reported as unsupported when the print would not be exact (a
    fraction of a second, or beyond 32 bits: the literal path reads the
    seconds through an int, so larger values print wrongly).
    """
    try:
        value = tree.simplify(scope, target)
    except classad2.ClassAdException:
        return None
    printed = repr(value)
    kind = type_of(printed)
    if kind == "reltime":
        try:
            seconds = tree.eval(scope, target)
        except classad2.ClassAdException:
            seconds = None
        # Whole seconds that fit in 32 bits survive the literal unchanged.
        if not (isinstance(seconds, float) and -2.0 ** 31 <= seconds < 2.0 ** 31
                and seconds == int(seconds)):
            raise unsupported(
                "relative time %r seconds: the bindings print relative-time "
                "values through a whole-second literal (%s), which is not "
                "HTCondor's print of this value" % (seconds, printed))
    return printed, kind


EVAL_FAILED = {"ok": False, "error": "eval", "value": "error", "type": "error"}


# ---------------------------------------------------------------------------
# Ops
# ---------------------------------------------------------------------------

_SYNTAXES = ("new", "old", "json")


def _syntax_option(case, key):
    syntax = case.get(key, "new")
    if syntax not in _SYNTAXES:
        raise CaseError("bad_case", "%s must be new, old or json" % key)
    return syntax


def op_eval(case):
    ad_syntax = _syntax_option(case, "ad_syntax")
    target_syntax = _syntax_option(case, "target_syntax")
    holder = parse_expr_ad(case.get("expr"), bool(case.get("old_syntax", False)))
    if holder is None:
        return {"ok": False, "error": "parse"}
    tree = holder.lookup(_WRAP_ATTR)
    if case.get("ad") is not None:
        ad = parse_ad_text(case["ad"], ad_syntax)
        if ad is None:
            return {"ok": False, "error": "parse_ad"}
    else:
        ad = ClassAd()
    target = None
    if case.get("target") is not None:
        target = parse_ad_text(case["target"], target_syntax)
        if target is None:
            return {"ok": False, "error": "parse_target"}
    got = evaluate(tree, ad, target)
    if got is None:
        return dict(EVAL_FAILED)
    return {"ok": True, "value": got[0], "type": got[1]}


def op_parse_expr(case):
    holder = parse_expr_ad(case.get("expr"), bool(case.get("old_syntax", False)))
    if holder is None:
        return {"ok": False, "error": "parse"}
    return {
        "ok": True,
        "unparse": repr(holder.lookup(_WRAP_ATTR)),
        "old": _strip_old_line(holder.printOld()),
        "json": json_value_of_wrapped(holder),
    }


# HTCondor's private attributes, left out of the long format (sPrintAd):
# the V1 list (compared case-insensitively) and the _condor_priv prefix.
_PRIVATE_V1 = {n.lower() for n in (
    "Capability", "ChildClaimIds", "ClaimId", "ClaimIdList", "ClaimIds",
    "TransferKey")}


def _is_private(name):
    low = name.lower()
    return low in _PRIVATE_V1 or low.startswith("_condor_priv")


def long_format(ad):
    """HTCondor's long format: `Name = value` lines, byte-sorted by name."""
    rows = []
    for name in ad:
        if _is_private(name):
            continue
        rows.append((name.encode("utf-8", "surrogateescape"), name,
                     old_value(ad.lookup(name))))
    rows.sort(key=lambda row: row[0])
    return "".join(name + " = " + value + "\n" for _, name, value in rows)


def op_parse_ad(case):
    syntax = case.get("syntax", "new")
    if syntax not in _SYNTAXES:
        raise CaseError("bad_case", "syntax must be new, old or json")
    ad = parse_ad_text(case.get("text"), syntax)
    if ad is None:
        return {"ok": False, "error": "parse"}
    pretty_json = ad.printJson()
    return {
        "ok": True,
        "new": repr(ad),
        "old": long_format(ad),
        "old_unparser": ad.printOld(),
        "json": compact_json(pretty_json),
        "json_pretty": pretty_json,
        "pretty": str(ad),
    }


# The bindings put the two ads of ExprTree.eval/simplify(scope, target) into
# HTCondor's MatchClassAd (scope = LEFT, target = RIGHT), whose top level
# defines these convenience attributes; absolute references (leading `.`)
# read them from the match ad itself, as the matchmaker does.
_MATCH_EXPRS = [
    ("symmetric", ".symmetricMatch"),
    ("left_requirements", ".rightMatchesLeft"),   # = LEFT.requirements
    ("right_requirements", ".leftMatchesRight"),  # = RIGHT.requirements
    ("left_rank", ".leftRankValue"),              # = LEFT.rank
    ("right_rank", ".rightRankValue"),            # = RIGHT.rank
]
_MATCH_TREES = None


def _as_match_bool(printed, kind):
    """Requirements value to bool, as classad2.ClassAd.matches() converts it.

    Boolean as is, integer and real by != 0 (a NaN is true), anything else
    (undefined, error, string, list, ad, time) false.
    """
    if kind == "boolean":
        return printed == "true"
    if kind == "integer":
        return int(printed) != 0
    if kind == "real":
        if printed.startswith("real("):
            return True  # INF, -INF, NaN
        return float(printed) != 0.0
    return False


def op_match(case):
    global _MATCH_TREES
    left_syntax = _syntax_option(case, "left_syntax")
    right_syntax = _syntax_option(case, "right_syntax")
    left = parse_ad_text(case.get("left"), left_syntax)
    if left is None:
        return {"ok": False, "error": "parse_left"}
    right = parse_ad_text(case.get("right"), right_syntax)
    if right is None:
        return {"ok": False, "error": "parse_right"}
    if _MATCH_TREES is None:
        _MATCH_TREES = [(key, classad2.ExprTree(src)) for key, src in _MATCH_EXPRS]
    result = {"ok": True}
    values = {}
    for key, tree in _MATCH_TREES:
        got = evaluate(tree, left, right)
        values[key] = got if got is not None else ("error", "error")
    for key in ("symmetric", "left_requirements", "right_requirements"):
        result[key] = _as_match_bool(*values[key])
    # As classad2.ClassAd.symmetricMatch(): both requirements hold.
    result["symmetric"] = result["left_requirements"] and result["right_requirements"]
    for key in ("symmetric", "left_requirements", "right_requirements"):
        result[key + "_value"], result[key + "_type"] = values[key]
    for key in ("left_rank", "right_rank"):
        result[key], result[key + "_type"] = values[key]
    return result


OPS = {
    "eval": op_eval,
    "parse_expr": op_parse_expr,
    "parse_ad": op_parse_ad,
    "match": op_match,
}


def run_case(case):
    op = case.get("op")
    handler = OPS.get(op) if isinstance(op, str) else None
    if handler is None:
        return {"ok": False, "error": "unknown_op"}
    old_semantics = case.get("old_semantics", True)
    if not isinstance(old_semantics, bool):
        return {"ok": False, "error": "bad_case", "detail": "old_semantics must be a boolean"}
    if not set_old_semantics(old_semantics):
        return {"ok": False, "error": "unsupported",
                "detail": "could not switch old ClassAd semantics %s" %
                          ("on" if old_semantics else "off")}
    try:
        return handler(case)
    except CaseError as e:
        return dict(e.result)
    except UnicodeDecodeError as e:
        return {"ok": False, "error": "unsupported",
                "detail": "the bindings cannot return a non-UTF-8 string to Python: %s" % e}


def handle_line(raw):
    """Result object for one non-blank input line (bytes)."""
    try:
        case = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {"ok": False, "error": "bad_json"}
    if not isinstance(case, dict):
        return {"ok": False, "error": "bad_json"}
    try:
        result = run_case(case)
    except Exception as e:  # never stop early: report and carry on
        result = {"ok": False, "error": "internal",
                  "detail": "%s: %s" % (type(e).__name__, e)}
    if "id" in case:
        result = dict([("id", case["id"])] + list(result.items()))
    return result


def main(argv):
    if len(argv) > 1 and argv[1] in ("--version", "-V"):
        print("htcondor classad2 %s" % classad2.version())
        return 0
    if len(argv) > 1:
        sys.stderr.write("usage: %s < cases.jsonl > results.jsonl\n" % argv[0])
        return 2
    set_old_semantics(True)
    out = sys.stdout.buffer
    for raw in sys.stdin.buffer:
        if raw.strip() == b"":
            continue
        result = handle_line(raw)
        out.write(json.dumps(result, ensure_ascii=False).encode("utf-8", "surrogateescape"))
        out.write(b"\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
