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

for c in CASES:
    sys.stdout.write(json.dumps(c) + "\n")
