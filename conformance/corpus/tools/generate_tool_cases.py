#!/usr/bin/env python3
"""Writes the project's own router, route-conversion and transform cases (without expectations).

The cases are in the shapes of ../shared/conformance/realworld/*.jsonl (ops route, convert,
classic, transform); record.py runs them through the real HTCondor tools and adds "expect":

    python3 conformance/corpus/tools/generate_tool_cases.py \\
        | python3 conformance/corpus/tools/record.py > conformance/corpus/tools/tool-cases.jsonl

Each case is a small site configuration written for this project in the manner of an
HTCondor-CE site (a pre-route transform, a few routes, knobs a CE sets) and pins one rule the
router or converter follows; "tags" name the rule. Job ads are CE pilots written the same way.
"""
import json
import sys

CASES = []


def case(op, cid, tags, **fields):
    c = {"id": cid, "op": op, "tags": tags}
    c.update(fields)
    CASES.append(c)


def ad(**attrs):
    return "".join("%s = %s\n" % (k, v) for k, v in attrs.items()) + "\n"


def pilot(cluster, owner, vo, extra=None, universe=5, status=1):
    a = {
        "ClusterId": cluster, "ProcId": 0, "Owner": '"%s"' % owner, "JobStatus": status,
        "JobUniverse": universe, "Cmd": '"glidein_startup.sh"', "Arguments": '"-v std -name site"',
        "Iwd": '"/var/lib/condor-ce/spool/%d/0/cluster%d.proc0.subproc0"' % (cluster, cluster),
        "QDate": 1700000000 + cluster, "GlobalJobId": '"ce.example.org#%d.0#1700000000"' % cluster,
        "RequestCpus": 1, "RequestMemory": 2048, "x509UserProxyVOName": '"%s"' % vo,
        "x509userproxysubject": '"/DC=org/DC=example/OU=Robots/CN=%s pilot"' % vo,
        "Environment": '"GLIDEIN_Site=EXAMPLE"', "Requirements": "true",
    }
    a.update(extra or {})
    return ad(**a)


JOBS = (pilot(301, "cmsprod", "cms", {"queue": '"cms"', "xcount": 8, "maxMemory": 16000, "maxWallTime": 2880})
        + pilot(302, "usatlas1", "atlas", {"queue": '"analy"', "maxWallTime": 600})
        + pilot(303, "osg01", "osg", {"WantWholeNode": "true"})
        + pilot(304, "lhcb", "lhcb", universe=7))

# a pre-route and a post-route transform in the manner of a CE's defaults
TRANSFORMS = """\
JOB_ROUTER_TRANSFORM_Stamp @=jrt
    SET RoutedJob True
    COPY RequestCpus orig_RequestCpus
    COPY Environment orig_Environment
@jrt
JOB_ROUTER_TRANSFORM_Walltime @=jrt
    REQUIREMENTS maxWallTime isnt undefined
    EVALSET BatchRuntime 60 * maxWallTime
@jrt
JOB_ROUTER_PRE_ROUTE_TRANSFORM_NAMES = Stamp
JOB_ROUTER_POST_ROUTE_TRANSFORM_NAMES = Walltime
"""

LOCAL_ROUTES = """\
JOB_ROUTER_ROUTE_Cms_Pool @=jrt
    UNIVERSE VANILLA
    REQUIREMENTS x509UserProxyVOName == "cms"
    SET AccountingGroup "group_cms.$(MY.Owner)"
@jrt
JOB_ROUTER_ROUTE_Other @=jrt
    UNIVERSE VANILLA
    REQUIREMENTS true
@jrt
JOB_ROUTER_ROUTE_NAMES = Cms_Pool Other
"""

SITE = "JOB_ROUTER_SOURCE_JOB_CONSTRAINT = target.JobUniverse =?= 5\n"


def route(cid, tags, config, jobs=JOBS, **extra):
    case("route", cid, tags, config=config, jobads=jobs, **extra)


# ---------------------------------------------------------------- destination schedd and router knobs
route("schedd2-name-and-pool", ["schedd2"], SITE + TRANSFORMS + LOCAL_ROUTES
      + "JOB_ROUTER_SCHEDD2_SPOOL = /var/lib/condor/spool\nJOB_ROUTER_SCHEDD2_NAME = $(FULL_HOSTNAME)\n"
      + "JOB_ROUTER_SCHEDD2_POOL = $(FULL_HOSTNAME):9618\n")
route("schedd2-pool-only", ["schedd2"], SITE + LOCAL_ROUTES + "JOB_ROUTER_SCHEDD2_POOL = cm.example.org:9618\n")
route("schedd2-name-only", ["schedd2"], SITE + LOCAL_ROUTES + "JOB_ROUTER_SCHEDD2_NAME = batch-schedd@ce.example.org\n")
route("schedd2-empty-name", ["schedd2", "param"], SITE + LOCAL_ROUTES
      + "JOB_ROUTER_SCHEDD2_NAME =\nJOB_ROUTER_SCHEDD2_POOL = $(UNDEFINED_KNOB)\n")
route("schedd1-knobs-only", ["schedd1"], SITE + LOCAL_ROUTES
      + "JOB_ROUTER_SCHEDD1_NAME = ce.example.org\nJOB_ROUTER_SCHEDD1_POOL = ce.example.org:9619\n"
      + "JOB_ROUTER_SCHEDD1_SPOOL = /var/lib/condor-ce/spool\n")
route("router-name", ["name", "umbrella"], SITE + LOCAL_ROUTES + "JOB_ROUTER_NAME = htcondor-ce\n",
      jobs=JOBS + pilot(305, "cmsprod", "cms", {"RoutedBy": '"htcondor-ce"'}))
route("router-name-empty", ["name", "except"], SITE + LOCAL_ROUTES + "JOB_ROUTER_NAME =\n")
route("empty-source-constraint", ["param", "requirements"],
      "JOB_ROUTER_SOURCE_JOB_CONSTRAINT =\nJOB_ROUTER_ROUTE_A @=jrt\n    UNIVERSE VANILLA\n    SET Via \"A\"\n@jrt\n"
      + "JOB_ROUTER_ROUTE_B @=jrt\n    UNIVERSE VANILLA\n    REQUIREMENTS true\n    SET Via \"B\"\n@jrt\n"
      + "JOB_ROUTER_ROUTE_NAMES = A B\n")
route("constraint-makes-requirements-optional", ["requirements"],
      SITE + "JOB_ROUTER_ROUTE_A @=jrt\n    UNIVERSE VANILLA\n    SET Via \"A\"\n@jrt\nJOB_ROUTER_ROUTE_NAMES = A\n")
route("max-jobs-expression", ["param_integer"], SITE + LOCAL_ROUTES + "JOB_ROUTER_MAX_JOBS = 4 - 3\n")
route("max-jobs-junk", ["param_integer"], SITE + LOCAL_ROUTES + "JOB_ROUTER_MAX_JOBS = two\n")
route("default-max-idle-expression", ["param_integer"], SITE + LOCAL_ROUTES
      + "JOB_ROUTER_DEFAULT_MAX_IDLE_JOBS_PER_ROUTE = 2 * 1\nJOB_ROUTER_DEFAULT_MAX_JOBS_PER_ROUTE = 1.9\n")
for word in ["yes", "True", "1", "2 > 1", "on"]:
    route("round-robin-" + word.replace(" ", "").replace(">", "gt"), ["param_boolean"],
          SITE + "JOB_ROUTER_ROUND_ROBIN_SELECTION = %s\n" % word
          + "JOB_ROUTER_ROUTE_A @=jrt\n    UNIVERSE VANILLA\n    SET Via \"A\"\n@jrt\n"
          + "JOB_ROUTER_ROUTE_B @=jrt\n    UNIVERSE VANILLA\n    SET Via \"B\"\n@jrt\nJOB_ROUTER_ROUTE_NAMES = A B\n")
route("route-names-empty", ["param", "disabled"], SITE + TRANSFORMS + LOCAL_ROUTES + "JOB_ROUTER_ROUTE_NAMES =\n")

# ---------------------------------------------------------------- where HTCondor stops with an exception (exit 4)
route("job-without-universe", ["except", "vanillatogrid"], LOCAL_ROUTES,
      jobs=pilot(311, "cmsprod", "cms") + ad(ClusterId=312, ProcId=0, Owner='"osg01"', JobStatus=1,
                                                 x509UserProxyVOName='"osg"') + pilot(313, "cmsprod", "cms"))
route("source-constraint-unparsable", ["except", "umbrella"],
      "JOB_ROUTER_SOURCE_JOB_CONSTRAINT = target.JobUniverse == \n" + LOCAL_ROUTES)

# ---------------------------------------------------------------- metaknobs in the router's config
route("use-metaknobs", ["use"], SITE + "use security:recommended\nuse FEATURE : GPUs\nuse role:submit\n" + LOCAL_ROUTES)
route("use-unknown-category", ["use", "config_error"], SITE + "use frobnicate:all\n" + LOCAL_ROUTES)
route("use-unknown-feature", ["use", "config_error"], SITE + "use feature:NoSuchFeature\n" + LOCAL_ROUTES)

# ---------------------------------------------------------------- IDTOKENs the tool never has
def idtoken_route(name, line):
    return ("JOB_ROUTER_ROUTE_%s @=jrt\n    UNIVERSE VANILLA\n    REQUIREMENTS x509UserProxyVOName == \"%s\"\n%s@jrt\n"
            % (name, name.lower(), line))


IDTOKEN_ROUTES = (idtoken_route("Cms", "") + idtoken_route("Atlas", "    SendIDTokens = \"\"\n")
                  + idtoken_route("Osg", "    SendIDTokens = undefined\n")
                  + idtoken_route("Lhcb", "    SendIDTokens = 5\n")
                  + "JOB_ROUTER_ROUTE_NAMES = Cms Atlas Osg Lhcb\n")
route("send-route-idtokens", ["idtokens"], "JOB_ROUTER_SEND_ROUTE_IDTOKENS = pilot_token\n" + IDTOKEN_ROUTES,
      jobs=JOBS + pilot(306, "lhcb", "lhcb"))
route("send-idtokens-per-route", ["idtokens"], IDTOKEN_ROUTES.replace("SendIDTokens = \"\"", "SendIDTokens = \"t1, t2\""),
      jobs=JOBS + pilot(306, "lhcb", "lhcb"))

# ---------------------------------------------------------------- -config of a router without a routing table
route("config-disabled-lists-transforms", ["config", "disabled"], SITE + TRANSFORMS
      + "JOB_ROUTER_ENTRIES @=jre\n[ Name = \"Local\"; TargetUniverse = 5; Requirements = true; ]\n@jre\n")
route("config-missing-transform-lists-the-others", ["config", "disabled"], SITE + TRANSFORMS + LOCAL_ROUTES
      + "JOB_ROUTER_POST_ROUTE_TRANSFORM_NAMES = Walltime NoSuchTransform\n")
route("config-no-transforms-no-routes", ["config", "disabled"], SITE)

# ---------------------------------------------------------------- configuration syntax errors
BAD_LINES = {
    "bare-name": "JOB_ROUTER_ROUTE_NAMES\n",
    "at-without-equals": "JOB_ROUTER_ROUTE_Extra @jrt\n    REQUIREMENTS true\n@jrt\n",
    "body-never-closed": "JOB_ROUTER_ROUTE_Extra @=jrt\n    REQUIREMENTS true\n",
    "text-after-tag": "JOB_ROUTER_ROUTE_Extra @=jrt [\n    REQUIREMENTS true\n@jrt\n",
    "illegal-name": "JOB-ROUTER-NAME = ce\n",
    "unclosed-if": "if defined FULL_HOSTNAME\n  X = 1\n",
    "error-statement": "error : this site is not configured\n",
    "else-without-if": "else\n",
    "missing-include": "include : /nonexistent/router.conf\n",
}
for name, text in BAD_LINES.items():
    route("config-error-" + name, ["config_error"], SITE + LOCAL_ROUTES + text + "JOB_ROUTER_MAX_JOBS = 1\n")
route("config-warning-statement", ["config_error"], SITE + LOCAL_ROUTES + "warning : check this\n")
route("config-square-bracket-line", ["config_error"], SITE + LOCAL_ROUTES + "[Router]\n")

# ---------------------------------------------------------------- config lines HTCondor reads
VIA_ROUTE = ("JOB_ROUTER_ROUTE_A @=jrt\n    UNIVERSE VANILLA\n    REQUIREMENTS true\n    SET Via \"$(VIA:none)\"\n@jrt\n"
             "JOB_ROUTER_ROUTE_NAMES = A\n")
CONFIG_LINES = {
    "include-ifexist": "include ifexist : /nonexistent/router.conf\n",
    "include-ifexist-upper-case": "INCLUDE IFEXIST : /nonexistent/router.conf\n",
    "include-command": "include command : /bin/echo VIA = from-a-command\n",
    "colon-assignment": "VIA : colon\n",
    "if-version": "if version >= 9.0\nVIA = new\nelse\nVIA = old\nendif\n",
    "if-complex": "if 1 + 1 == 2\nVIA = complex\nendif\n",
    "if-nested-too-deep": "if true\n" * 64 + "endif\n" * 64,
    "crlf-lines": "VIA = crlf\r\nX = 1\r\n",
    "continuation-at-end": "VIA = a \\\n",
    "continuation-before-blank-line": "VIA = b \\\n\nX = 1\n",
    "plus-equals": "VIA = a\nVIA += b\nVIA +,= c\n",
    "macro-in-name": "N = VIA\n$(N) = expanded\n",
    "error-with-code": "error 3 : stop here\n",
}
for name, text in CONFIG_LINES.items():
    route("config-line-" + name, ["config_line"], VIA_ROUTE + text, jobs=pilot(320, "osg01", "osg"))

# ---------------------------------------------------------------- what -log-steps shows
STEPS = """\
JOB_ROUTER_TRANSFORM_Env @=jrt
    EVALMACRO site_env ifThenElse($(HIDE_SITE) =?= True, "", strcat("SITE_NAME=", "$(SITE_NAME)"))
    if ! defined extra_env
        extra_env = ""
    endif

    SET osg_environment ""
    EVALSET Environment mergeEnvironment("$(site_env)", \\
                                         osg_environment, \\
                                         orig_Environment, \\
                                         $(extra_env))
@jrt
JOB_ROUTER_TRANSFORM_WholeNode @=jrt
    EVALMACRO whole $(MY.WantWholeNode:False) && $(MY.JobUniverse) ==5
    EVALMACRO broken $(NOT_DEFINED) ==5
    SET LongReason IfThenElse(WantWholeNode ?: False, "this routed job asked for a whole node, so it gets every core of the slot", "normal job")
@jrt
HIDE_SITE = False
SITE_NAME = EXAMPLE_CE
JOB_ROUTER_PRE_ROUTE_TRANSFORM_NAMES = Stamp WholeNode
JOB_ROUTER_POST_ROUTE_TRANSFORM_NAMES = Walltime Env
"""
route("log-steps-env-with-constraint", ["log_steps"], SITE + TRANSFORMS + STEPS + LOCAL_ROUTES)
route("log-steps-env-without-constraint", ["log_steps"], TRANSFORMS + STEPS + LOCAL_ROUTES)
route("log-steps-failing-evalset", ["log_steps"], SITE + "JOB_ROUTER_ROUTE_A @=jrt\n    UNIVERSE VANILLA\n"
      + "    EVALSET Broken strcat(, 1)\n    EVALSET Fine strcat(\"a\", \"b\")\n    DEFAULT Missing $(NOPE)\n"
      + "    SET Bad 3 +\n    RENAME /^X509(.*)$/ Cert\\1\n@jrt\nJOB_ROUTER_ROUTE_NAMES = A\n",
      jobs=pilot(310, "osg01", "osg", {"X509UserProxy": '"/tmp/x509up"', "x509UserProxyEmail": '"a@b"'}))

# ---------------------------------------------------------------- the route converter
OLD_BASE = """\
JOB_ROUTER_DEFAULTS @=jrd
  [ MaxIdleJobs = 200;
    MaxJobs = 2000;
    requirements = true;
    set_requirements = (TARGET.Arch == "X86_64");
    copy_environment = "orig_environment";
    delete_PeriodicRemove = true;
    set_RoutedJob = true;
    maxMemory = 2000;
    eval_set_RequestMemory = ifThenElse(maxMemory isnt undefined, maxMemory, 2000);
  ]
@jrd
"""


def convert(cid, tags, entries, defaults=OLD_BASE, extra=""):
    case("convert", cid, tags, config=defaults + extra + "JOB_ROUTER_ENTRIES @=jre\n" + entries + "\n@jre\n")


convert("spelling-defaults-win", ["spelling"],
        '[ Name = "Local_Condor"; TargetUniverse = 5; Requirements = TARGET.queue == "local";\n'
        '  set_Requirements = (TARGET.OpSys == "LINUX"); copy_Environment = "Original_Environment";\n'
        '  DELETE_periodicremove = true; MAXJOBS = 10; Eval_Set_RequestMemory = 4000; Set_routedJob = false; ]')
convert("spelling-merge-defaults", ["spelling", "merge"],
        '[ Name = "Merged"; TargetUniverse = 5; set_queue = "prod"; ]',
        extra="MERGE_JOB_ROUTER_DEFAULT_ADS = True\n"
              "JOB_ROUTER_DEFAULTS = $(JOB_ROUTER_DEFAULTS) [ SET_QUEUE = \"short\"; MAXIDLEJOBS = 5; ]\n")
convert("defaults-merge-stops-at-garbage", ["merge", "recovery"],
        '[ Name = "A"; TargetUniverse = 5; ]',
        extra="MERGE_JOB_ROUTER_DEFAULT_ADS = true\n"
              "JOB_ROUTER_DEFAULTS = $(JOB_ROUTER_DEFAULTS) [ set_One = 1; ] junk [ set_Two = 2; ]\n")
convert("defaults-merge-yes-is-not-true", ["merge", "param_boolean"],
        '[ Name = "A"; TargetUniverse = 5; ]',
        extra="MERGE_JOB_ROUTER_DEFAULT_ADS = yes\nJOB_ROUTER_DEFAULTS = $(JOB_ROUTER_DEFAULTS) [ set_One = 1; ]\n")
convert("defaults-do-not-parse", ["recovery"], '[ Name = "A"; TargetUniverse = 5; set_X = 1; ]',
        defaults="JOB_ROUTER_DEFAULTS = [ MaxJobs = ; set_Y = 2; ]\n")

GOOD_A = '[ Name = "Analysis"; TargetUniverse = 5; Requirements = target.queue == "analy"; set_localQue = "A"; ]'
GOOD_C = '[ Name = "Calibration queue"; TargetUniverse = 5; Requirements = target.queue == "calib"; set_JobPrio = 10; ]'
BROKEN = {
    "empty-value": "x = ;",
    "empty-value-twice": "x = ; y = ;",
    "empty-argument": 'eval_set_Group = strcat(, "prod.", Owner);',
    "empty-comparison": "set_Mp8 = ==8;",
    "unterminated-string": 'set_Site = "AGLT2;',
    "unterminated-quoted-name": "set_A = 'quoted;",
    "hex-without-digits": "x = 0x;",
    "exponent-without-digits": "x = 1e;",
    "bad-octal": "x = 09;",
    "number-then-dot": "x = 1.;",
    "lone-dot": "x = .;",
    "minus-alone": "x = - ;",
    "minus-dot": "x = -.y;",
    "meta-equal-broken": "x = a =?! b;",
    "equal-bang": "x = a =! b;",
    "question-no-colon": "x = a ? ;",
    "dollar": "x = $(Missing);",
    "at-sign": "x = @home;",
    "unclosed-nested-ad": "x = [ a = 1;",
    "nested-ad-broken": "x = [ a = ; ];",
    "list-trailing-comma": "x = { 1, };",
    "two-values": "x = a b;",
    "slash-alone": "x = / ;",
    "comment-then-slash": "x = 1 /* c */ /;",
    "and-and-and": "x = a && && b;",
    "or-space-or": "x = a | | b;",
    "shift-shift": "x = a >>> >> b;",
    "bang-alone": "x = !;",
    "call-missing-comma": "x = f(a b);",
    "adjacent-strings": 'x = "a" "b" c;',
    "missing-semicolon": "x = 1 y = 2;",
    "colon-for-equals": "x : 1;",
    "unterminated-comment": "x = 1; /* never closed",
    "elvis-spaced": "x = a ?   : b; y = ;",
    "is-minus": "x = a is -1 ;; z = ;",
}
for name, text in BROKEN.items():
    convert("recovery-" + name, ["recovery"],
            GOOD_A + "\n[ Name = \"Broken\"; TargetUniverse = 5; Requirements = true;\n  " + text
            + "\n  set_After = 1; ]\n" + GOOD_C)
convert("recovery-stray-words-between", ["recovery"], GOOD_A + "\nthen the next route\n" + GOOD_C)
convert("recovery-comma-between", ["recovery"], GOOD_A + ",\n" + GOOD_C)
convert("recovery-trailing-comment", ["recovery"], GOOD_A + "\n" + GOOD_C + "\n/* end of routes */")
convert("recovery-nested-ad-becomes-a-route", ["recovery"],
        '[ Name = "Outer"; TargetUniverse = 5; x = ; inner = [ Name = "Inner"; TargetUniverse = 5; ]; ]\n' + GOOD_C)
convert("recovery-first-entry-broken", ["recovery"],
        '[ Name = "First"; TargetUniverse = 5; eval_set_Pressure = $(IdleMP8Pressure); x = 1; ]\n' + GOOD_A)
case("convert", "entries-continued-to-a-blank-line", ["recovery", "config_line"],
     config="JOB_ROUTER_ENTRIES = [ Name = \"A\"; TargetUniverse = 5; ] \\\n\nX = 1\n")
convert("unnamed-route", ["name"], '[ TargetUniverse = 9; GridResource = "batch slurm"; Requirements = true; ]\n' + GOOD_A)

# ---------------------------------------------------------------- old routes run as 8.9.7-24.9 ran them
CLASSIC_JOBS = JOBS


def classic(cid, tags, entries, defaults=OLD_BASE, extra=""):
    case("classic", cid, tags, config=SITE + extra + defaults + "JOB_ROUTER_ENTRIES @=jre\n" + entries + "\n@jre\n",
         jobads=CLASSIC_JOBS)


classic("grid-route-without-gridresource", ["gridresource"],
        '[ Name = "Debug_Route"; eval_set_Experiment = strcat("vo-", Name); ]')
classic("eval-set-sees-route-attributes", ["eval_set"],
        '[ Name = "Scaled"; TargetUniverse = 5; Factor = 3; eval_set_Cores = RequestCpus * Factor;'
        ' eval_set_RequestCpus = RequestCpus + 1; ]')
classic("requirements-use-route-attributes", ["requirements"],
        '[ Name = "Cms Route"; TargetUniverse = 5; vo = "cms"; Requirements = TARGET.x509UserProxyVOName == MY.vo; ]\n'
        '[ Name = "Rest"; TargetUniverse = 5; Requirements = true; ]')
classic("copy-of-missing", ["copy"],
        '[ Name = "Copies"; TargetUniverse = 5; Requirements = true; copy_NoSuchAttribute = "Copied";'
        ' copy_Owner = "orig_Owner"; ]')
classic("unusable-entry-skipped", ["recovery"],
        '[ TargetUniverse = 5; Requirements = true; set_A = 1; ]\n[ Name = "Kept"; TargetUniverse = 5; ]',
        defaults="")
classic("broken-entry-then-routes", ["recovery"],
        '[ Name = "Broken"; TargetUniverse = 5; x = ; ]\n' + GOOD_A + "\n"
        + '[ Name = "Rest"; TargetUniverse = 5; Requirements = true; ]')
classic("defaults-spelling", ["spelling"],
        '[ Name = "Local"; TargetUniverse = 5; set_Requirements = (TARGET.OpSys == "LINUX"); ]')

# ---------------------------------------------------------------- transforms as rules files
TJOBS = (ad(ClusterId=1, ProcId=0, Owner='"alice"', x509UserProxy='"/tmp/x509up_u1"',
            X509UserProxyVOName='"cms"', AuthTokenSubject='"abc"', authtokenissuer='"https://t.example"')
         + ad(ClusterId=2, ProcId=0, Owner='"bob"', X509userproxy='"/tmp/x509up_u2"', AUTHTOKENID='"7"'))


def transform(cid, tags, rules, extra_rules=None, jobs=TJOBS, **more):
    c = dict(rules=rules, **{"in": jobs}, **more)
    if extra_rules:
        c["extra_rules"] = extra_rules
    case("transform", cid, tags, **c)


transform("rename-regex-case-collision", ["rename", "regex"],
          "RENAME /^x509(.*)$/ Testx509\\1\nRENAME /^(AuthToken)(.*)$/ orig_\\1\n")
transform("rename-onto-existing", ["rename"], "SET Target 1\nRENAME Owner TARGET\nCOPY X509UserProxyVOName TARGET\n")
transform("copy-regex-case-collision", ["copy", "regex"], "COPY /^authtoken/i Token_Copy\n")
transform("statements-under-false-if-with-another-file", ["if", "validation"],
          "if defined MY.x509UserProxy\n    SET HasProxy true\nendif\n", extra_rules=["SET Other 1\n"])
transform("statements-under-false-if-alone", ["if", "validation", "crash"],
          "REQUIREMENTS Owner isnt undefined\nif $(want_gpus)\n    SET RequestGPUs 1\nendif\n")
transform("evalmacro-failure-verbose", ["evalmacro", "verbose"],
          "EVALMACRO broken $(NOPE) == 5\nSET After 1\n", args=["-verbose"])

transform("param-table-defaults", ["macro", "param_table"],
          'SET Collector "$(COLLECTOR_HOST)"\nSET Uid "$(UID_DOMAIN)"\nSET Fs "$(FILESYSTEM_DOMAIN)"\n'
          'SET Unset "$(SCHEDD_HOST)"\n')
transform("param-table-defaults-overridden", ["macro", "param_table"],
          'SET Collector "$(COLLECTOR_HOST)"\nSET Uid "$(UID_DOMAIN)"\n',
          config="CONDOR_HOST = cm.example.org\nUID_DOMAIN = example.org\n")
transform("ce-style-env-with-config", ["macro", "verbose"],
          'EVALMACRO site_env ifThenElse($(HIDE_SITE) =?= True, "", strcat("COLLECTOR=", "$(COLLECTOR_HOST)"))\n'
          'EVALSET Environment mergeEnvironment("$(site_env)", Environment, $(EXTRA_ENV))\n',
          config='HIDE_SITE = False\nEXTRA_ENV = "X=1"\n', args=["-verbose"])

# ---------------------------------------------------------------- $-functions at their extremes
# Each statement sets an attribute from one $INT, $REAL, $STRING or other $-function at an edge of
# its format or numbers; the results are HTCondor's (glibc's snprintf into HTCondor's 56-byte
# buffer, its ".0" rule, strtol/strtod and their saturation). Statements whose HTCondor result is
# undefined (it reads memory or prints an address) are not recorded; those where it dies are, one
# per case, tagged htcondor-dies.
INT_EXTREMES = [
    ("5", "%99999999999d"), ("5", "%2147483648d"), ("5", "ab%99999999999d"), ("5", "ab%.99999999999d"),
    ("5", "%.2147483648d"), ("5", "%60d"), ("5", "%55d"), ("5", "%54d"), ("5", "abc%53d"), ("5", "%-60d"),
    ("5", "%060d"), ("5", "%.60d"), ("5", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghij%d"),
    ("4294967297", "%d"), ("4294967297", "%x"), ("4294967297", "%lld"), ("65537", "%hd"), ("321", "%hhd"),
    ("300", "%hhu"), ("-129", "%hhd"), ("40000", "%hd"), ("9223372036854775807", "%d"),
    ("-9223372036854775808", "%d"), ("-9223372036854775808", "%lld"), ("-1", "%u"), ("-1", "%+u"), ("-1", "%lu"),
    ("-1", "%lx"), ("-1", "%o"), ("-1", "%hu"), ("-1", "%hhu"), ("-1", "%jd"), ("-1", "%zu"), ("-1", "%tu"),
    ("-1", "%qu"), ("-1", "%Lu"), ("-1", "%llx"), ("65", "%c"), ("321", "%c"), ("-191", "%c"), ("0", "%c"),
    ("0", "a%cb"), ("65", "%5c"), ("65", "%-5c|"), ("65", "%05c"), ("65", "%.0c"), ("65", "%lc"), ("65", "%C"),
    ("97", "%5lc"), ("200", "%lc"), ("200", "abc%lc"), ("200", "%llc"), ("200", "%jc"), ("65", "%hc"),
    ("0", "%#x"), ("255", "%#x"), ("8", "%#o"), ("0", "%#o"), ("8", "%#.3o"), ("8", "%#.1o"), ("0", "%#.0o"),
    ("0", "%#.0x"), ("0", "%#5o"), ("255", "%#.5x"), ("255", "%#010x"), ("255", "%-#10x|"), ("255", "%#X"),
    ("255", "%#10.4X"), ("5", "%#d"), ("5", "%+d"), ("5", "% d"), ("5", "%+ d"), ("5", "% +d"), ("5", "%-5d|"),
    ("5", "%05d"), ("-5", "%05d"), ("-5", "%+05d"), ("5", "% 05d"), ("5", "%010.3d"), ("-5", "%-+6d|"),
    ("5", "%.3d"), ("0", "%.0d"), ("0", "%+.0d"), ("0", "% .0d"), ("0", "%5.0d|"), ("5", "%5.3d"),
    ("5", "%-05d"), ("5", "%0-5d"), ("1234567", "%'d"), ("5", "x%dy"), ("5", "%%%d"), ("5", "%d%%"),
    ("5", "%hhhd"), ("5", "%llld"), ("5", "%5hhhd"), ("5", "%-5.2hhhd"), ("5", "%+#08llld"), ("5", "%0-5hhhd"),
    ("5", "%.hhhd"), ("5", "% 'hhhd"), ("5", "%lhd"), ("5", "%hld"), ("5", "%jzd"), ("5", "%Lld"), ("5", "%qqd"),
    ("5", "%hhhhd"), ("5", "%d%"), ("5", "%d%5"), ("5", "%d%y"), ("5", "%d%-5.3hy"), ("5", "%d%l"),
    ("5", "%d%#y"), ("5", "%d%.y"), ("0", "%p"), ("-1", "%p"), ("5", "%20p"), ("5", "%-8p|"), ("0", "%8p"),
    ("5", "%.5p"), ("0", "%.5p"), ("5", "%+p"), ("5", "%#p"), ("5", "%08p"), ("5", "%lp"),
    # formats HTCondor refuses: the format itself is the result
    ("5", "%%"), ("5", "%5%d"), ("5", "%d%s"), ("5", "%"), ("5", "%*d"), ("5", "%n"), ("5", "%1$d"), ("5", "%I64d"),
    ("5", "%Zd"), ("5", "%f"), ("5", "%s"), ("5", "%e"), ("5", "abc"),
]
INT_VALUES = ["-9223372036854775808", "99999999999999999999", "-99999999999999999999", "1e19", "-1e19", "1e3",
              "2.9", "-2.9", "true", '"5"', "undefined", "  42  ", "+5", "0x10", "5/0", "error", 'real("nan")',
              'real("inf")', "- 5", "", "bogus"]
# (value, format, seconds HTCondor needs): two-billion widths cost HTCondor seconds, jclassad nothing
INT_SLOW = [("5", "%2147483647d"), ("5", "%999999999d"), ("-5", "%2147483647d"), ("-5", "%.2147483647d"),
            ("5", "%.2147483647d"), ("5", "x%2147483647d"), ("5", "%2147483647dx"), ("0", "%2147483647c")]
REAL_EXTREMES = [
    ("0", "%f"), ("-0.0", "%f"), ("5.5", "%e"), ("5.5", "%E"), ("5.5", "%g"), ("5.5", "%G"), ("5.5", "%a"),
    ("5.5", "%A"), ("2.5", "%.0f"), ("3.5", "%.0f"), ("0.5", "%.0f"), ("1.5", "%.0f"), ("-0.5", "%.0f"),
    ("0.05", "%.1f"), ("0.15", "%.1f"), ("0.25", "%.1f"), ("2.5", "%.0e"), ("2.5", "%#.0f"), ("2.5", "%#g"),
    ("2.5", "%+f"), ("2.5", "% f"), ("2.5", "%-12f|"), ("2.5", "%012f"), ("2.5", "%012.3e"), ("2.5", "%+.0f"),
    ("5.5", "%-+10.2e|"), ("5.5", "%+010.2e"), ("-5.5", "%010.1f"), ("5.5", "% 010.1f"), ("5.5", "%.3a"),
    ("5.5", "%.0a"), ("1.96875", "%.0a"), ("1.5", "%.0a"), ("1", "%.13a"), ("1", "%.20a"), ("0.1", "%a"),
    ("0.1", "%.2a"), ("0.1", "%+015a"), ("-0.1", "%-15.3A|"), ("1.0000000000000002", "%.12a"),
    ("2.2250738585072014e-308", "%a"), ("2.225073858507201e-308", "%.0a"), ("2.225073858507201e-308", "%.3a"),
    ("1.7976931348623157e308", "%.0a"), ("1.7976931348623157e308", "%.20e"), ("5e-324", "%a"), ("5e-324", "%g"),
    ("0", "%a"), ("-0.0", "%a"), ("1", "%#a"), ("1", "%#.0a"), ("5.5", "%lf"), ("5.5", "%hf"), ("5.5", "%hhf"),
    ("5.5", "%jf"), ("5.5", "%zf"), ("5.5", "%tf"), ("inf", "%f"), ("-inf", "%F"), ("nan", "%g"), ("-nan", "%f"),
    ("nan", "%+f"), ("inf", "% f"), ("inf", "%-8f|"), ("nan", "%E"), ("inf", "%A"), ("inf", "%010f"),
    ("1234567.5", "%'f"), ("0.1", "%.17g"), ("1e-300", "%.30e"), ("1e-320", "%.3e"), ("3", "%g"), ("3", "%.0e"),
    ("100", "%g"), ("1e20", "%.0f"), ("0.0001", "%g"), ("0.00001", "%g"), ("123456", "%g"), ("1234567", "%g"),
    ("1e-5", "%#g"), ("9.9999999", "%g"), ("-0.0", "%+g"), ("-0.0", "%g"), ("5", "%.0g"), ("5", "%#.0g"),
    ("0", "%g"), ("0", "%e"), ("1e15", "%e"), ("1.5", "%54f"), ("1.5", "%.52e"), ("0.3", "%.60g"),
    ("0.3", "%#.60g"), ("5.5", "%.60f"), ("5", "%.2147483648f"), ("5.5", "ab%.99999999999f"),
    ("5.5", "%.99999999999f"), ("1234567890123456789012345678901234567890123456789012", "%.0f"),
    ("5.5", "%f%"), ("5.5", "%Zf"), ("5.5", "%d"), ("5.5", "%s"),
]
REAL_VALUES = ["inf", "nan", "-inf", "0x1p3", "1e400", "1e-400", "  2.5  ", "2.5x", "5/2", "true", '"3"', "1e308",
               "-nan", "infinity", "1e3", "", "bogus"]
REAL_SLOW = [("5.5", "%.999999999f"), ("0.3", "%.999999999g"), ("0.3", "%#.999999999g"),
             ("0.3", "%.999999999e"), ("1e-5", "%.999999999g")]
STRING_EXTREMES = [
    ("abc", "%s"), ("abc", "%10s"), ("abc", "%-10s|"), ("abc", "%.2s"), ("abc", "%10.2s"), ("abc", "%.0s"),
    ("abc", "%.999999999s"), ("abc", "%05s"), ("abc", "%#s"), ("abc", "%+s"), ("abc", "% s"), ("abc", "%'s"),
    ("abc", "%hs"), ("abc", "%hhs"), ("abc", "x%%y%s"), ('"x y"', "[%s]"), ("", "%5s"), ('"he said"', "%s"),
    ("abc", "%s%y"), ("abc", "%hhhs"), ("abc", "%lhs"), ("abc", "%hls"), ("abc", "%c"), ("abc", "%d"),
]
STRING_VALUES = ['strcat("a","b")', "1+2", '"quoted"', "", "a b c"]
OTHER_EXTREMES = [
    "$RANDOM_INTEGER(5,5)", "$RANDOM_INTEGER(5,5,3)", "$RANDOM_INTEGER(10,5)", "$RANDOM_INTEGER(5,5,0)",
    "$RANDOM_INTEGER(5,5,-5)", "$RANDOM_INTEGER(5,5,abc)", "$RANDOM_INTEGER(5)", "$RANDOM_INTEGER(5x,5y)",
    "$RANDOM_INTEGER( 5 , 5 )", "$RANDOM_INTEGER(99999999999999999999,99999999999999999999)",
    "$RANDOM_INTEGER(-99999999999999999999,-99999999999999999999)",
    "$RANDOM_INTEGER(9223372036854775807,9223372036854775807)",
    "$RANDOM_INTEGER(9223372036854775807,9223372036854775807,9223372036854775807)",
    "$RANDOM_INTEGER(-9223372036854775808,-9223372036854775808)",
    "$RANDOM_INTEGER(-9223372036854775808,-9223372036854775808,2)",
    "$SUBSTR(P,-2147483648)", "$SUBSTR(P,-2147483649)", "$SUBSTR(P,2147483646)", "$SUBSTR(P,2147483647)",
    "$SUBSTR(P,1,2147483647)", "$SUBSTR(P,1,2147483648)", "$SUBSTR(P,1,-2147483648)", "$SUBSTR(P,-3,-2147483648)",
    "$SUBSTR(P,9223372036854775808)", "$SUBSTR(P,1e3)", "$SUBSTR(P,-1e300)", "$SUBSTR(P,2,1.9)", "$SUBSTR(P,x)",
    "$SUBSTR(P)", "$CHOICE(-1,a,b,c)", "$CHOICE(2147483646,a,b,c)", "$CHOICE(2147483647,a,b,c)",
    "$CHOICE(9223372036854775808,a,b,c)", "$CHOICE(1e300,a,b,c)", "$CHOICE(1.9,a,b,c)", "$CHOICE(3,a,b,c)",
    "$CHOICE(1,a,,c)", "$CHOICE(1,NOLIST)", "$CHOICE(1,L)", "$CHOICE(1,W)", "$CHOICE(0)", "$RANDOM_CHOICE()",
    "$RANDOM_CHOICE(a)", "$RANDOM_CHOICE(,,,)", "$ENV(JCLASSAD_NO_SUCH_VARIABLE)",
    "$ENV(JCLASSAD_NO_SUCH_VARIABLE:fallback)",
]
DIES = [  # HTCondor 25.14 aborts (buffer overflow), divides by zero or crashes on these
    ("REAL", "1.5", "%-54.0f|"), ("REAL", "1e308", "%f"), ("REAL", "5.5", "%999999999f"),
    ("REAL", "1e300", "%.999999999g"), ("OTHER", "", "$RANDOM_INTEGER(-9223372036854775808,9223372036854775807,1)"),
    ("OTHER", "", "$RANDOM_INTEGER(0,10,9223372036854775807)"),
    ("OTHER", "", "$RANDOM_INTEGER(-9223372036854775808,9223372036854775807,9223372036854775807)"),
]
ONE_AD = ad(ClusterId=7, ProcId=0, Owner='"alice"')


def function_rules(func, pairs):
    lines = []
    for n, (value, fmt) in enumerate(pairs):
        lines.append("V%d = %s" % (n, value))
        lines.append('SET R%03d "$%s(V%d%s)"' % (n, func, n, "," + fmt if fmt else ""))
    return "\n".join(lines) + "\n"


def chunks(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


for k, part in enumerate(chunks(INT_EXTREMES, 40)):
    transform("printf-int-formats-%d" % (k + 1), ["printf", "macro_function"], function_rules("INT", part), jobs=ONE_AD)
transform("printf-int-values", ["printf", "macro_function"],
          function_rules("INT", [(v, None) for v in INT_VALUES] + [(v, "%d") for v in INT_VALUES[:6]]), jobs=ONE_AD)
transform("printf-int-slow-widths", ["printf", "macro_function"], function_rules("INT", INT_SLOW), jobs=ONE_AD)
for k, part in enumerate(chunks(REAL_EXTREMES, 40)):
    transform("printf-real-formats-%d" % (k + 1), ["printf", "macro_function"], function_rules("REAL", part),
              jobs=ONE_AD)
transform("printf-real-values", ["printf", "macro_function"],
          function_rules("REAL", [(v, None) for v in REAL_VALUES] + [(v, "%g") for v in REAL_VALUES[:8]]), jobs=ONE_AD)
transform("printf-real-slow-precisions", ["printf", "macro_function"], function_rules("REAL", REAL_SLOW), jobs=ONE_AD)
transform("printf-string-formats", ["printf", "macro_function"],
          function_rules("STRING", STRING_EXTREMES + [(v, None) for v in STRING_VALUES]), jobs=ONE_AD)
transform("macro-function-number-extremes", ["macro_function"],
          "P = /a/b/c.txt\nL = x,y,z\nW = x y z\n"
          + "".join('SET R%03d "%s"\n' % (n, f) for n, f in enumerate(OTHER_EXTREMES)), jobs=ONE_AD)
for n, (func, value, text) in enumerate(DIES):
    rules = ("V = %s\nSET R \"$%s(V,%s)\"\n" % (value, func, text)) if func != "OTHER" else ('SET R "%s"\n' % text)
    transform("printf-htcondor-dies-%d" % (n + 1), ["printf", "macro_function", "htcondor-dies"],
              "SET Before 1\n" + rules + "SET After 1\n", jobs=ONE_AD)
# the messages of $-function errors, as the router's -log-steps prints them
route("macro-function-errors-in-log-steps", ["macro_function", "log_steps"],
      "V = 5\nS = abc\nR = 1e308\nJOB_ROUTER_ROUTE_A @=jrt\n    UNIVERSE VANILLA\n    REQUIREMENTS true\n"
      '    SET A "$INT(V,%d%d)"\n    SET B "$INT(bogus)"\n    SET C "$REAL(S)"\n    SET D "$STRING(S,%d)"\n'
      '    SET E "$SUBSTR(V,x)"\n    SET F "$CHOICE(7,a,b)"\n    SET G "$RANDOM_INTEGER(5,1)"\n'
      '    SET H "$RANDOM_CHOICE()"\n    SET I "$INT(V,%99999999999d)"\n@jrt\nJOB_ROUTER_ROUTE_NAMES = A\n',
      jobs=pilot(330, "osg01", "osg"))

# ---------------------------------------------------------------- includes and commands
# HTCondor runs the commands of those tagged runs-command; jclassad never does (ledgered)
route("config-error-include-loop", ["config_error", "include"], SITE + LOCAL_ROUTES + "include : condor_config\n")
route("config-error-include-loop-ifexist", ["config_error", "include"],
      SITE + LOCAL_ROUTES + "include ifexist : condor_config\n")
route("config-line-include-pipe", ["config_line", "command", "runs-command"], VIA_ROUTE + "include : /bin/echo VIA = piped |\n",
      jobs=pilot(320, "osg01", "osg"))
route("config-line-include-output", ["config_line", "command", "runs-command"], VIA_ROUTE + "include output : /bin/echo VIA = out\n",
      jobs=pilot(320, "osg01", "osg"))
route("config-line-include-command-into-existing-file", ["config_line", "command", "include"],
      VIA_ROUTE + "include command into jobs.ads : /bin/false\nVIA = $(ClusterId)\n", jobs=pilot(320, "osg01", "osg"))
route("config-line-include-command-into-missing-file", ["config_line", "command", "runs-command"],
      VIA_ROUTE + "include command into made.conf : /bin/echo VIA = made\n", jobs=pilot(320, "osg01", "osg"))
transform("transform-items-from-a-command", ["command", "iteration", "runs-command"],
          'SET R "$(Item)"\nTRANSFORM Item from /bin/echo aa bb |\n', jobs=ONE_AD)

for c in CASES:
    sys.stdout.write(json.dumps(c) + "\n")
