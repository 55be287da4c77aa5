#!/usr/bin/env python3
"""Writes the project's own conformance cases (without expectations) to stdout.

The expectations come from the real-HTCondor oracle:
    python3 conformance/corpus/generate_cases.py > conformance/corpus/cases.jsonl
    "$PY" conformance/oracle/regenerate.py conformance/corpus/cases.jsonl
then drop the few cases the oracle cannot answer exactly (they keep no "expect").
Each case carries tags: the area first (operator, function, unparse, ad, match, attr, regex), then details.
"""
import itertools
import json
import sys

VALUES = {
    "integer": ["0", "1", "-1", "7", "9223372036854775807", "-9223372036854775808"],
    "real": ["0.0", "-0.0", "2.5", "-1e300", "1e308"],
    "boolean": ["true", "false"],
    "string": ['""', '"abc"', '"ABC"', '"10"'],
    "undefined": ["undefined"],
    "error": ["error"],
    "list": ["{ 1, 2 }", "{ }"],
    "classad": ["[ a = 1 ]"],
    "abstime": ['absTime("2020-01-02T03:04:05Z")'],
    "reltime": ["relTime(90)", "relTime(-3600)"],
}
BINARY = ["+", "-", "*", "/", "%", "<", "<=", ">", ">=", "==", "!=", "=?=", "=!=", "&&", "||",
          "&", "|", "^", "<<", ">>", ">>>", "?:"]
UNARY = ["-", "+", "!", "~"]

FUNCTION_CALLS = [
    # strings
    'strcat("a", 1, 2.5, true)', 'strcat()', 'strcat("a", undefined)', 'join(",", {1, "b", 2.5})',
    'join(",", "a", "b")', 'substr("abcdef", 2)', 'substr("abcdef", -2)', 'substr("abcdef", 1, -1)',
    'substr("abc", 5)', 'toUpper("aBc\\303\\251")', 'toLower("ABC")', 'strcmp("a", "B")', 'stricmp("a", "A")',
    'versioncmp("8.9.1", "8.10.0")', 'versionGT("1.10", "1.9")', 'version_in_range("1.5", "1.0", "2.0")',
    'size("abc")', 'size({1, 2, 3})', 'size([a = 1; b = 2])', 'size(1)',
    # lists
    'member(2, {1, 2, 3})', 'member("A", {"a"})', 'identicalMember("A", {"a"})', 'sum({1, 2.5})', 'sum({})',
    'avg({1, 2})', 'avg({})', 'min({3, 1.5, 2})', 'max({})', 'anyCompare("<", {1, 2}, 2)',
    'allCompare("==", {1, 1}, 1)', 'split("a, b;c")', 'split("a-b-c", "-")', 'splitUserName("u@h")',
    'splitSlotName("slot1@machine")', 'stringListSize("a,b, c")', 'stringListSum("1,2,3.5")',
    'stringListMember("b", "a,b,c")', 'stringListIMember("B", "a,b,c")', 'stringListSubsetMatch("a,b", "a,b,c")',
    'stringListsIntersect("a,b", "b,c")', 'stringList_regexpMember("^b", "a,b,c")',
    # regex
    'regexp("^a.c$", "abc")', 'regexp("A", "abc", "i")', 'regexps("(a)(b)", "xaby", "\\\\2\\\\1")',
    'replace("b", "abcb", "X")', 'replaceAll("b", "abcb", "X")', 'regexpMember("^a", {"xa", "ab"})',
    'regexp("(", "a")',
    # conversion
    'int(2.9)', 'int(-2.9)', 'int("12abc")', 'int(true)', 'real("1e3")', 'real("INF")', 'string(2.5)',
    'string({1, 2})', 'bool("TRUE")', 'bool(0.0)', 'bool("yes")',
    # math
    'floor(-2.5)', 'ceiling(2.1)', 'ceil(2)', 'round(2.5)', 'round(3.5)', 'round(-2.5)', 'pow(2, 10)',
    'pow(2, -1)', 'pow(2.0, 0.5)', 'pow(-3, 3)', 'quantize(7, 5)', 'quantize(7.5, {2, 10})',
    # time
    'absTime(0, 3600)', 'relTime(3661)', 'getYear(absTime(0))', 'getDayOfWeek(absTime(86400 * 3))',
    'splitTime(relTime(93784))', 'formatTime(0, "%Y-%m-%d %H:%M:%S")', 'interval(3661)', 'interval(-67)',
    # control
    'ifThenElse(true, 1, 1/0)', 'ifThenElse(undefined, 1, 2)', 'eval("1 + 2")', 'unparse(x)',
    'isUndefined(undefined)', 'isError(1/0)', 'isString("s")', 'isReal(1)', 'isList({})', 'isClassAd([])',
    # environment and arguments
    'envV1ToV2("A=1;B=2")', 'mergeEnvironment("A=1", "B=2 A=3")', 'argsToList("a b \'c d\'")',
    'listToArgs({"a", "b c"})',
    # contexts
    'evalInEachContext(a * 2, {[a = 1], [a = 2]})', 'countMatches(a > 1, {[a = 1], [a = 2], [a = 3]})',
    # unknown and arity
    'noSuchFunction(1)', 'int()', 'size(1, 2)',
]

# PCRE2's dialect as HTCondor compiles it (8-bit, non-UTF): (pattern, targets); a pattern PCRE2
# refuses makes regexp() give error. Ranges with class escapes, \8/\9, escapes and POSIX names
# inside classes, ] and ^ at a class's start, and the other places the dialects part.
REGEX = [
    (r"^[\w-.]+$", ["a-b.c", "abc"]), (r"^[.-\w]+$", ["a"]), (r"^[\d-z]$", ["5"]), (r"^[%-\d]$", ["%"]),
    (r"^[a-\w]$", ["a"]), (r"^[\w-]+$", ["a-b", "a.b"]), (r"^[-\w]+$", ["-a"]), (r"^[\s-\S]$", [" "]),
    (r"^[[:alpha:]-z]$", ["a"]), (r"^[z-[:alpha:]]$", ["z"]), (r"^[\x41-\x5a]+$", ["ABZ", "abz"]),
    (r"^[\101-\132]$", ["M"]), (r"^[\t-\r]$", ["\n", " "]), (r"^[a-\Qz\E]+$", ["amz"]),
    (r"^[z-a]$", ["a"]), (r"^[a-c-e]+$", ["a-e", "d"]), (r"^[\]-a]+$", ["_^]a"]),
    (r"^[\8]$", ["8", "\\\\8"]), (r"^[\9]$", ["9"]), (r"^[\8-\9]+$", ["89"]), (r"^[\7-\8]$", ["8"]),
    (r"\8", ["8"]), (r"(a)\8", ["a8"]), (r"^(a)(b)(c)(d)(e)(f)(g)(h)\8$", ["abcdefghh"]), (r"^\81$", ["81"]),
    (r"^[\d]+$", ["12", "1a"]), (r"^[\h]$", [" ", "\t", "\n"]), (r"^[\v]$", ["\n", " "]), (r"^[\R]$", ["\n"]),
    (r"^[\N]$", ["a"]), (r"^[\B]$", ["B"]), (r"^[\X]$", ["X"]), (r"^[\A]$", ["A"]), (r"^[\z]$", ["z"]),
    (r"^[\G]$", ["G"]), (r"^[\K]$", ["K"]), (r"^[\C]$", ["C"]), (r"^[\g]$", ["g"]), (r"^[\k]$", ["k"]),
    (r"^[\p{L}]+$", ["ab", "a1"]), (r"^[\P{Lu}]+$", ["ab", "aB"]), (r"^[\p{Xan}]+$", ["a1", "a-"]),
    (r"^[\p{Alpha}]$", ["a"]), (r"^\p{IsGreek}$", ["a"]), (r"^\p{L&}+$", ["aB"]), (r"^\p{^Lu}$", ["a", "A"]),
    (r"^[\Qa-c\E]+$", ["a-c", "b"]), (r"^[\x{41}\o{142}]+$", ["Ab"]), (r"^[\x{}]$", ["a"]),
    (r"^[\cA\c[]+$", ["\001\033"]), (r"^[\b]$", ["\b"]), (r"^[\e\a\f]+$", ["\033\007\f"]),
    (r"^[\E]]$", ["]"]), (r"^[\Q\E]]$", ["]"]), (r"^[\E^]]$", ["]", "a"]),
    (r"^[[:alpha:]]+$", ["ab", "a1"]), (r"^[[:^digit:]]+$", ["ab", "a1"]), (r"^[[:word:]]+$", ["a_1"]),
    (r"^[[:foo:]]$", ["f"]), (r"^[[.a.]]$", ["a"]), (r"^[[=a=]]$", ["a"]), (r"[:alpha:]", ["a"]),
    (r"^[]a]+$", ["]a", "b"]), (r"^[^]a]+$", ["bc", "b]"]), (r"^[]]$", ["]"]), (r"^[^]]$", ["a", "]"]),
    (r"^[]-a]+$", ["]^a"]), (r"^[[a]+$", ["[a"]), (r"^[a&&b]+$", ["a&b"]),
    (r"[[:<:]]ab", ["x ab", "xab"]), (r"ab[[:>:]]", ["ab x", "abc"]),
    (r"^*", ["a"]), (r"a$?", ["a"]), (r"\b+", ["a"]), (r"(?i)*a", ["a"]),
    (r"(?<=a{1,2})b", ["ab"]), (r"(?<=a|bc)d", ["bcd", "ad"]), (r"(?<=ab(c|de))x", ["abcx"]),
    (r"\k<n>(?<n>a)", ["a"]), (r"(?<n>a)\k<n>", ["aa"]), (r"\k<m>(?<n>a)", ["a"]),
    (r"^a\Cb$", ["a.b", "a\nb"]), (r"(?U)a+", ["aaa"]), (r"a\N{2}b", ["axxb"]), (r"\N{U+41}", ["A"]),
    (r"\o{}", ["a"]), (r"\x{100}", ["a"]), (r"\c", ["a"]), (r"a{2,1}", ["aa"]), (r"a{70000}", ["a"]),
]


def classad_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


ADS_NEW = [
    '[ a = 1; b = "x"; c = { 1, 2 }; d = [ e = 2.5 ]; f = a + 1 ]',
    '[ ]', '[ A = 1; a = 2 ]', '[ x = "caf\\303\\251" ]', '[ r = real("NaN"); s = -0.0 ]',
    '[ t = absTime("2020-01-01T00:00:00Z"); u = relTime("1:30") ]',
]
ADS_OLD = [
    'A = 1\nB = "x\\y"\nC = TARGET.Memory >= 1024 && MY.Cpus > 0\n',
    'Requirements = (Arch == "X86_64") && (OpSys == "LINUX")\nRank = Mips\n',
    'S = "a\\"b"\nL = { 1,2 }\n',
]
ADS_JSON = [
    '{"a": 1, "b": "x", "c": [1, 2.5, null], "d": {"e": true}, "f": "\\/Expr(a + 1)\\/"}',
    '{"s": "tab\\there", "n": -0.5}',
]
MATCH = [
    ('[ Requirements = TARGET.Memory >= RequestMemory; RequestMemory = 2048; Rank = TARGET.Mips ]',
     '[ Requirements = TARGET.RequestMemory <= Memory; Memory = 4096; Mips = 100; Rank = 1 ]'),
    ('[ Requirements = Memory >= 2048; Rank = 0 ]', '[ Memory = 1024; Requirements = true ]'),
    ('[ Requirements = undefined ]', '[ Requirements = true ]'),
    ('[ Requirements = 1 ]', '[ Requirements = 2.5 ]'),
    ('[ Requirements = "yes" ]', '[ Requirements = true ]'),
    ('[ x = 1; Requirements = other.y == x ]', '[ y = 1; Requirements = TARGET.x == 1 ]'),
]


# ---------------------------------------------------------------------------
# Reader exactness (JSON ads through HTCondor's shared lexer, old-syntax full
# parses). A separate block with its own id counter ("p-readers-N"), appended
# after the cases above, so that other blocks can be added independently.
# ---------------------------------------------------------------------------

READER_JSON_ADS = [
    # members need ',' or '}' after them; extra commas are tolerated
    '{"A":1 "B":2}', '{"A":{"B":1 "C":2}}', '{"A":"x" "B":1}', '{"A":true "B":false}', '{"A":null"B":1}',
    '{"A":-1"B":2}', '{"A":[1]"B":2}', '{"A":{}"B":2}', '{"A":1, "B":2}', '{,"A":1}', '{"A":1,,"B":2,}',
    '{"A":1 , "B":2}', '{"A":1 ,}', '{"A":1;"B":2}',
    # list elements need exactly one ','
    '{"A":[1 2]}', '{"A":[1,]}', '{"A":[1,,2]}', '{"A":[,]}',
    # the ClassAd lexer: joined strings, comments, number and keyword rules
    '{"A" "B":1}', '{"A":"x" "y"}', '{"A":"x"\n"y"}', '{"A":"x" /**/ "y"}', '{"A":"\\/Expr(1" "+1)\\/"}',
    '{"A":1 /* c */}', '{"A":1, // c\n "B":2}', '{"A":1}//c', '{"A":1} /*',
    '{"A":1.}', '{"A":.5}', '{"A":-.5}', '{"A":..5}', '{"A":01}', '{"A":-017}', '{"A":0x1F}', '{"A":1e}',
    '{"A":- 1}', '{"A":9223372036854775808}', '{"A":Null}', '{"A":TRUE}', '{"A":truex}', '{"A":undefined}',
    '{"A":error}', "{'A':1}",
    # escapes and the \/Expr(...)\/ form
    '{"A":"\\u+041"}', '{"A":"\\u004"}', '{"A":"\\u0000"}', '{"A":"a\\\nb"}', '{"A":"\\/EXPR(a)\\/"}',
    '{"A":"\\/Expr()\\/"}', '{"A":"\\/Expr(a)\\/ "}', '{"\\/Expr(a)\\/":1}',
]

READER_OLD_SYNTAX_EXPRS = [
    # old-syntax strings and quoted names are never joined, so a second one is a trailing token
    '"a" "b"', "'a' 'b'", '"a"   "b"', 'x == "a" "b"', '"a" "b" + c', '"a"\t"b"', "a 'b'",
    # other trailing tokens (a full parse refuses them)
    '"a" b', 'f(1) 2', '"x\\"y" z', '"a\\" "b"',
]


def reader_cases():
    out = []
    n = itertools.count(1)

    def add(tags, **fields):
        d = {"id": "p-readers-" + str(next(n)), "op": fields.pop("op")}
        d.update(fields)
        d["tags"] = tags
        out.append(d)

    for text in READER_JSON_ADS:
        add(["ad", "json", "reader"], op="parse_ad", syntax="json", text=text)
    for expr in READER_OLD_SYNTAX_EXPRS:
        add(["parse", "old_syntax", "reader"], op="parse_expr", expr=expr, old_syntax=True)
        add(["ad", "old", "reader"], op="parse_ad", syntax="old", text="A = " + expr + "\n")
    return out


def case(i, tags, **fields):
    d = {"id": "p-" + tags[0] + "-" + str(i), "op": fields.pop("op", "eval")}
    d.update(fields)
    d["tags"] = tags
    return d


def main():
    out = []
    n = itertools.count(1)
    for op in BINARY:
        for lt, rt in itertools.product(VALUES, VALUES):
            for lv, rv in itertools.product(VALUES[lt][:2], VALUES[rt][:2]):
                out.append(case(next(n), ["operator", "op:" + op, "lhs:" + lt, "rhs:" + rt],
                                expr="(%s) %s (%s)" % (lv, op, rv)))
    for op in UNARY:
        for t in VALUES:
            for v in VALUES[t]:
                out.append(case(next(n), ["operator", "op:unary" + op, "operand:" + t], expr="%s(%s)" % (op, v)))
    for call in FUNCTION_CALLS:
        name = call.split("(")[0]
        out.append(case(next(n), ["function", name], expr=call, ad="[ x = a + 1; a = 1 ]"))
    for text in ADS_NEW:
        out.append(case(next(n), ["ad", "new"], op="parse_ad", syntax="new", text=text))
    for text in ADS_OLD:
        out.append(case(next(n), ["ad", "old"], op="parse_ad", syntax="old", text=text))
    for text in ADS_JSON:
        out.append(case(next(n), ["ad", "json"], op="parse_ad", syntax="json", text=text))
    for left, right in MATCH:
        out.append(case(next(n), ["match"], op="match", left=left, right=right))
    for expr in ["a + b", "-a", "!a", "a ? b : c", "a ?: b", "f(a, b)", "{ 1, [ x = 2 ] }", "a.b[0]",
                 "'a b' + 1", "a =?= b", "absTime(\"2020-01-01T00:00:00+01:00\")", "((a))"]:
        out.append(case(next(n), ["unparse"], op="parse_expr", expr=expr))
    for pattern, targets in REGEX:
        for target in targets:
            # targets are written with ClassAd escapes already (\\n, \\001)
            out.append(case(next(n), ["regex", "dialect"],
                            expr="regexp(%s, \"%s\")" % (classad_string(pattern), target)))
    out.extend(reader_cases())
    for c in out:
        sys.stdout.write(json.dumps(c, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
