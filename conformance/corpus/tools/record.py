#!/usr/bin/env python3
"""Records the real HTCondor tools' answers for router, conversion and transform cases.

Reads JSON Lines cases (ops route, convert, classic, transform; the shapes of
../shared/conformance/realworld/*.jsonl) on stdin and writes each back with an "expect" object.
The tools are the condor_transform_ads and condor_job_router_info found on PATH (with the
LD_LIBRARY_PATH they need); this project does not build HTCondor.

Every tool run happens in a fresh empty directory with an environment holding only PATH,
LD_LIBRARY_PATH, CONDOR_CONFIG and the case's "env". The config is a minimal tool config
(local directories in a sibling directory, CONDOR_HOST = localhost, no daemons), then
NETWORK_HOSTNAME = ce.example.org (so $(FULL_HOSTNAME) is ce.example.org), then the case's
"config". Absolute temporary paths in stderr are written <TMP>.

  route      condor_job_router_info -route-jobs - -jobads jobs.ads ARGS, the same with
             -log-steps, and -config
  convert    condor_transform_ads -convertoldroutes[:N] (config in the tool's config) and
             -convertoldroutes:file route_config (config in that file)
  classic    the convert run, then the router on the case's config followed by every named
             "##### JOB_ROUTER_ENTRIES [n] #####" section as JOB_ROUTER_ROUTE_<name> (name
             stripped to [A-Za-z0-9_], NAME line dropped), with the old-syntax knobs and the
             pre/post-route transform lists emptied
  transform  condor_transform_ads -rules rules.xform [-rules rules2.xform ...] -in in.ads ARGS

Run as root, condor_job_router_info -log-steps needs a condor account; CONDOR_IDS (default
65534.65534, or $RECORD_CONDOR_IDS) stands in for it.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

TOOLS = {name: shutil.which(name) for name in ("condor_transform_ads", "condor_job_router_info")}


def tool_environment(config_file, extra):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "CONDOR_CONFIG": config_file}
    if "LD_LIBRARY_PATH" in os.environ:
        env["LD_LIBRARY_PATH"] = os.environ["LD_LIBRARY_PATH"]
    env.update(extra or {})
    return env


class Run:
    """One fresh directory with a config; tools run inside it."""

    def __init__(self, config):
        self.base = tempfile.mkdtemp(prefix="jclassad-record-")
        os.chmod(self.base, 0o755)
        self.dir = os.path.join(self.base, "run")
        os.mkdir(self.dir)
        local = os.path.join(self.base, "local")
        for d in ("log", "spool", "execute", "lock", "run"):
            os.makedirs(os.path.join(local, d))
        release = os.path.dirname(os.path.dirname(TOOLS["condor_transform_ads"]))
        minimal = os.path.join(self.base, "minimal_config")
        self.write_to(minimal, "\n".join([
            "RELEASE_DIR = " + release, "LOCAL_DIR = " + local, "LOG = $(LOCAL_DIR)/log",
            "SPOOL = $(LOCAL_DIR)/spool", "EXECUTE = $(LOCAL_DIR)/execute", "LOCK = $(LOCAL_DIR)/lock",
            "RUN = $(LOCAL_DIR)/run", "LOCAL_CONFIG_FILE =", "LOCAL_CONFIG_DIR =", "CONDOR_HOST = localhost",
            "DAEMON_LIST =", "USE_SHARED_PORT = False",
            "CONDOR_IDS = " + os.environ.get("RECORD_CONDOR_IDS", "65534.65534"), ""]))
        # the case's config starts on line 3, as in the shared recordings
        self.file("condor_config", "include : %s\nNETWORK_HOSTNAME = ce.example.org\n%s" % (minimal, config or ""))

    @staticmethod
    def write_to(path, text):
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)

    def file(self, name, text):
        self.write_to(os.path.join(self.dir, name), text or "")

    def tool(self, argv, env=None):
        p = subprocess.run([TOOLS[argv[0]]] + argv[1:], cwd=self.dir, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300,
                           env=tool_environment(os.path.join(self.dir, "condor_config"), env))
        err = p.stderr.decode("utf-8", "surrogateescape").replace(self.dir, "<TMP>").replace(self.base, "<TMP>/..")
        return p.returncode, p.stdout.decode("utf-8", "surrogateescape"), err

    def close(self):
        shutil.rmtree(self.base, ignore_errors=True)


def in_run(config, body):
    r = Run(config)
    try:
        return body(r)
    finally:
        r.close()


def route(case):
    def body(r):
        r.file("jobs.ads", case.get("jobads"))
        argv = ["condor_job_router_info", "-route-jobs", "-", "-jobads", "jobs.ads"] + case.get("args", [])
        plain = r.tool(argv, case.get("env"))
        steps = r.tool(argv + ["-log-steps"], case.get("env"))
        config = r.tool(["condor_job_router_info", "-config"], case.get("env"))
        return {"exit": plain[0], "stdout": plain[1], "stderr": plain[2],
                "log_steps_exit": steps[0], "log_steps_stdout": steps[1], "log_steps_stderr": steps[2],
                "config_exit": config[0], "config_stdout": config[1], "config_stderr": config[2]}
    return in_run(case.get("config"), body)


def convert_in_config(case):
    option = "-convertoldroutes" + (":%s" % case["options"] if case.get("options") else "")
    return in_run(case.get("config"), lambda r: r.tool(["condor_transform_ads", option], case.get("env")))


def convert(case):
    in_config = convert_in_config(case)

    def from_file(r):
        r.file("route_config", case.get("config"))
        return r.tool(["condor_transform_ads", "-convertoldroutes:file", "route_config"], case.get("env"))
    in_file = in_run("", from_file)
    return {"config": dict(zip(("exit", "stdout", "stderr"), in_config)),
            "file": dict(zip(("exit", "stdout", "stderr"), in_file))}


SECTION = re.compile(r"^##### JOB_ROUTER_ENTRIES \[\d+\] #####\n", re.M)


def classic(case):
    converted = convert_in_config(case)
    routes = []
    for section in SECTION.split(converted[1])[1:]:
        lines = section.split("\n")
        names = [l[5:].strip() for l in lines if l.startswith("NAME ")]
        tag = re.sub(r"[^A-Za-z0-9_]", "", names[0]) if names else ""
        if tag:
            routes.append((tag, "\n".join(l for l in lines if not l.startswith("NAME ")).strip("\n")))
    config = (case.get("config") or "").rstrip("\n") + "\n"
    config += ("JOB_ROUTER_ENTRIES =\nJOB_ROUTER_DEFAULTS =\n"
               "JOB_ROUTER_PRE_ROUTE_TRANSFORM_NAMES =\nJOB_ROUTER_POST_ROUTE_TRANSFORM_NAMES =\n")
    for tag, text in routes:
        config += "JOB_ROUTER_ROUTE_%s @=jre\n%s\n@jre\n" % (tag, text)
    config += "JOB_ROUTER_ROUTE_NAMES = %s\n" % " ".join(t for t, _ in routes)

    def body(r):
        r.file("jobs.ads", case.get("jobads"))
        return r.tool(["condor_job_router_info", "-route-jobs", "-", "-jobads", "jobs.ads"] + case.get("args", []),
                      case.get("env"))
    rc, out, err = in_run(config, body)
    return {"exit": rc, "stdout": out, "stderr": err, "converted_exit": converted[0], "converted": converted[1]}


def transform(case):
    def body(r):
        argv = ["condor_transform_ads"]
        if case.get("mode") != "config":
            for i, text in enumerate([case.get("rules", "")] + case.get("extra_rules", [])):
                name = "rules.xform" if i == 0 else "rules%d.xform" % (i + 1)
                r.file(name, text)
                argv += ["-rules", name]
        r.file("in.ads", case.get("in"))
        argv += ["-in", "in.ads"]
        if "in2" in case:
            r.file("in2.ads", case["in2"])
            argv += ["-in", "in2.ads"]
        rc, out, err = r.tool(argv + case.get("args", []), case.get("env"))
        return {"exit": rc, "stdout": out, "stderr": err}
    return in_run(case.get("config"), body)


def main():
    missing = [n for n, p in TOOLS.items() if p is None]
    if missing:
        sys.exit("record.py: not on PATH: " + ", ".join(missing))
    ops = {"route": route, "convert": convert, "classic": classic, "transform": transform}
    for line in sys.stdin:
        if line.strip():
            case = json.loads(line)
            case["expect"] = ops[case["op"]](case)
            sys.stdout.write(json.dumps(case, ensure_ascii=False) + "\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
