package org.jclassad.transform.router;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Literal;
import org.jclassad.eval.Node;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * One routing pass over a stream of job ads, as {@code condor_job_router_info -route-jobs}
 * simulates it: candidate selection with the umbrella constraint, route choice (first match or
 * round robin) with per-route MaxJobs/MaxIdleJobs accounting across the batch, then VanillaToGrid,
 * the pre-route transforms, the route, the post-route transforms and the router's bookkeeping.
 * Jobs are taken one at a time, so memory does not grow with their number. Every job's fate is
 * counted ({@link RoutingSummary}) and handed to the listener, if any. Not thread-safe.
 */
final class RoutingPass {
    private static final EvalOptions EVAL = EvalOptions.defaults();

    private final RoutingTable table;
    private final RouterOptions options;
    private final RouterConfig config;
    private final RouterOutput out;
    private final Consumer<Routing> listener;
    private final RoutingSummary.Tally tally = new RoutingSummary.Tally();
    /** The umbrella over every route, throttles ignored: where the reasons a job is not a candidate come from. */
    private final Umbrella reasons;
    private int roundRobinCounter;
    private int managedJobs;

    RoutingPass(RoutingTable table, RouterOptions options, RouterConfig config, RouterOutput out,
            Consumer<Routing> listener, long candidatesBefore) {
        this.table = table;
        this.options = options;
        this.config = config;
        this.out = out;
        this.listener = listener;
        this.reasons = Umbrella.over(table.byName().values(), table.sourceConstraint(), table.routerName());
        for (Route r : table.byName().values()) {
            r.resetCounters();
        }
        this.roundRobinCounter = (int) candidatesBefore;
    }

    RoutingSummary summary() {
        return tally.snapshot();
    }

    /** Counts the job's fate and tells the listener. */
    Routing done(Routing r) {
        Routing told = out.capturing() ? r.withSteps(out.takeCaptured()) : r;
        tally.count(told);
        if (listener != null) {
            listener.accept(told);
        }
        return told;
    }

    /**
     * The pass over {@code jobs}, writing as condor_job_router_info does after "Matching jobs
     * against routes to find candidate jobs.". With {@code routeJobs} false only candidates are
     * chosen ({@code -match-jobs}).
     */
    RoutingSummary run(Iterator<ClassAd> jobs, boolean routeJobs) {
        Job first = nextJob(jobs);
        if (first == null) {
            out.out().print("There are no jobs to match\n");
            return summary();
        }
        if (!table.enabled()) {
            heldBack(first, jobs, "JobRouter is disabled");
            return summary();
        }
        StringBuilder routing = new StringBuilder(
                "JobRouter: Checking for candidate jobs. routing table is:\n"
                        + "Route Name               Source      Submitted/Max        Idle/Max     Throttle\n");
        for (Route r : table.order()) {
            routing.append(String.format("%-24s %-11s %7d/%7d %7d/%7d %8s\n", r.name(), r.source(), r.routedJobs(),
                    r.maxJobs(), r.routedJobs(), r.maxIdleJobs(), "none"));
        }
        out.trace(routing.toString());
        if (!routerAccepting()) {
            heldBack(first, jobs, null);
            return summary();
        }
        Node umbrellaNode = umbrella();
        if (umbrellaNode == null) {
            heldBack(first, jobs, null);
            return summary();
        }

        // Candidates are chosen and routed as they stream by. The tool chooses every candidate
        // before routing any; under -log-steps the routing report is spooled so that the output
        // keeps that order.
        PrintStream spool = null;
        Path spoolFile = null;
        PrintStream stdout = out.out();
        if (out.tracing() && routeJobs) {
            try {
                spoolFile = Files.createTempFile("jclassad-route", ".out");
                spool = new PrintStream(Files.newOutputStream(spoolFile), false, StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        boolean reachedMax = false;
        RouterAbort aborted = null;
        Job job = first;
        try {
            for (; job != null; job = nextJob(jobs)) {
                if (!routerAccepting()) {
                    out.trace("JobRouter: Reached maximum managed jobs (" + table.maxJobs()
                            + ").  Skipping further searches for candidate jobs.\n");
                    reachedMax = true;
                    break;
                }
                Routing r;
                try {
                    r = offer(job, umbrellaNode, routeJobs && aborted == null, spool);
                } catch (RouterAbort stop) {
                    // the tool chooses every candidate before routing any: under -log-steps it goes
                    // on choosing, otherwise it stops here
                    done(Routing.of(job.key, Routing.Outcome.ABORTED, null, null, firstLine(stop.getMessage())));
                    aborted = stop;
                    if (spool == null) {
                        job = null;
                        break;
                    }
                    continue;
                }
                if (r.outcome() == Routing.Outcome.HELD_BACK && allRoutesFull) {
                    job = nextJob(jobs);
                    break;
                }
            }
            if (!reachedMax) {
                out.trace("JobRouter: " + managedJobs + " candidate jobs found\n");
            }
            if (spool != null) {
                spool.flush();
                spool.close();
                spool = null;
                Files.copy(spoolFile, stdout);
            }
            if (aborted != null) {
                // the tool chose every candidate, routed them until the exception, and stops there
                stdout.print(RouterOutput.format(aborted.getMessage()));
                throw aborted;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (spool != null) {
                spool.close();
            }
            if (spoolFile != null) {
                try {
                    Files.deleteIfExists(spoolFile);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
        heldBack(job, jobs, null);
        return summary();
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Set by {@link #chooseRoute} when no route accepts jobs: the pass stops. */
    private boolean allRoutesFull;

    /**
     * The jobs the pass does not look at (it stopped, or never started): read and checked as the
     * tool reads them all, and counted by why none is routed. {@code reason} overrides the
     * per-job reason.
     */
    private void heldBack(Job job, Iterator<ClassAd> jobs, String reason) {
        for (; job != null; job = nextJob(jobs)) {
            if (reason != null) {
                done(Routing.of(job.key, Routing.Outcome.NOT_A_CANDIDATE, null, null, reason));
            } else {
                done(classify(job));
            }
        }
    }

    /** Why a job the pass did not look at is not routed: not a candidate, no route, or the limit that stopped it. */
    private Routing classify(Job job) {
        String why = reasons == null ? "no routes" : reasons.whyNot(job.ad);
        if (why != null) {
            return Routing.of(job.key, Routing.Outcome.NOT_A_CANDIDATE, null, null, why);
        }
        if (!routerAccepting()) {
            return Routing.of(job.key, Routing.Outcome.HELD_BACK, null, null, "JOB_ROUTER_MAX_JOBS = " + table.maxJobs());
        }
        for (Route r : table.order()) {
            if (r.matches(job.ad)) {
                return Routing.of(job.key, Routing.Outcome.HELD_BACK, r.name(), null, limit(r));
            }
        }
        return Routing.of(job.key, Routing.Outcome.NO_ROUTE, null, null, NO_ROUTE);
    }

    private static final String NO_ROUTE = "no route's requirements match";

    /** The limit a full route has reached, as the summary names it. */
    private static String limit(Route r) {
        if (r.maxIdleJobs() >= 0 && r.maxIdleJobs() <= r.routedJobs()) {
            return r.name() + ": MaxIdleJobs = " + r.maxIdleJobs();
        }
        return r.name() + ": MaxJobs = " + r.maxJobs();
    }

    private boolean routerAccepting() {
        return options.ignoreThrottles() || table.maxJobs() < 0 || managedJobs < table.maxJobs();
    }

    /** Whether a route takes more jobs: always, in the no-throttle preview. */
    private boolean accepting(Route r) {
        return options.ignoreThrottles() || r.acceptingMoreJobs();
    }

    /**
     * The umbrella constraint over the routes that accept jobs, planned; {@code null} (after
     * saying why) when no route accepts jobs.
     *
     * @throws RouterAbort when it does not parse, as HTCondor's router stops there
     */
    Node umbrella() {
        List<Route> open = new ArrayList<>();
        for (Route r : table.byName().values()) {
            if (accepting(r)) {
                open.add(r);
            }
        }
        Umbrella u = Umbrella.over(open, table.sourceConstraint(), table.routerName());
        if (u == null) {
            out.trace("JobRouter: no routes can accept more jobs at the moment.\n");
            return null;
        }
        out.trace("JobRouter: Umbrella constraint: " + u.text() + "\n");
        try {
            return u.planned();
        } catch (RuntimeException e) {
            RouterAbort a = new RouterAbort("JobRouter: Failed to parse umbrella constraint: " + u.text());
            out.out().print(RouterOutput.format(a.getMessage()));
            throw a;
        }
    }

    /** One candidate-or-not step of a pass: the umbrella, the route choice, and routing when asked. */
    Routing offer(Job job, Node umbrellaNode, boolean routeJobs, PrintStream spool) {
        PrintStream stdout = out.out();
        if (!Umbrella.holds(umbrellaNode, job.ad)) {
            Routing why = notACandidate(job);
            if (options.explain()) {
                stdout.print("Job " + job.key + ":\n");
                stdout.print("  not a candidate: " + (why.outcome() == Routing.Outcome.NOT_A_CANDIDATE ? why.reason()
                        : "no route's requirements are true in the umbrella query (MY is an empty ad there: MY.x is undefined)")
                        + "\n");
            }
            if (options.matchSummary()) {
                stdout.print(job.key + " no route: not a candidate (fails the umbrella constraint)\n");
            }
            return done(why);
        }
        out.trace("JobRouter: Checking Job src=" + job.key + " against all routes\n");
        allRoutesFull = false;
        Route route = chooseRoute(job, options.explain() ? stdout : null);
        if (route == null) {
            if (allRoutesFull) {
                out.trace("JobRouter: all routes are full (" + managedJobs
                        + " managed jobs).  Skipping further searches for candidate jobs.\n");
                if (options.matchSummary()) {
                    stdout.print(job.key + " no route: all routes are full\n");
                }
                return done(classify(job));
            }
            out.trace("JobRouter: no route found for src=" + job.key + "\n");
            if (options.matchSummary()) {
                stdout.print(job.key + " no route: no route's requirements match\n");
            }
            return done(heldBackOr(job, Routing.of(job.key, Routing.Outcome.NO_ROUTE, null, null, NO_ROUTE)));
        }
        managedJobs++;
        boolean sandboxed = route.sandboxed(job.ad);
        boolean inPlace = route.editJobInPlace(job.ad);
        out.trace("JobRouter: Found candidate job src=" + job.key + ",route=" + route.name() + "\n");
        if (options.matchSummary()) {
            stdout.print(job.key + " route " + route.name() + "\n");
        }
        if (!routeJobs) {
            return done(Routing.of(job.key, Routing.Outcome.MATCHED, route.name(), null, null));
        }
        PrintStream original = null;
        if (spool != null) {
            original = out.divert(spool);
        }
        try {
            String[] failure = new String[1];
            ClassAd routed = routeOne(job, route, sandboxed, inPlace, failure);
            if (routed != null) {
                return done(Routing.of(job.key, Routing.Outcome.ROUTED, route.name(), routed, null));
            }
            return done(Routing.of(job.key, Routing.Outcome.ROUTE_FAILED, route.name(), null,
                    "route " + route.name() + " failed: " + failure[0]));
        } finally {
            if (spool != null) {
                out.restore(original, spool);
            }
        }
    }

    /** A job the umbrella refused: why (a job-state clause), or the full route it matches, or no route. */
    private Routing notACandidate(Job job) {
        String why = reasons == null ? null : reasons.whyNot(job.ad);
        if (why != null) {
            return Routing.of(job.key, Routing.Outcome.NOT_A_CANDIDATE, null, null, why);
        }
        return heldBackOr(job, Routing.of(job.key, Routing.Outcome.NO_ROUTE, null, null, NO_ROUTE));
    }

    /** {@code otherwise}, unless a route that is full matches the job: then held back by its limit. */
    private Routing heldBackOr(Job job, Routing otherwise) {
        for (Route r : table.order()) {
            if (!accepting(r) && r.matches(job.ad)) {
                return Routing.of(job.key, Routing.Outcome.HELD_BACK, r.name(), null, limit(r));
            }
        }
        return otherwise;
    }

    private Route chooseRoute(Job job, PrintStream explain) {
        List<Route> matches = new ArrayList<>();
        allRoutesFull = true;
        if (explain != null) {
            explain.print("Job " + job.key + ":\n");
        }
        for (Route r : table.order()) {
            if (!accepting(r)) {
                if (explain != null) {
                    explain.print("  " + r.name() + ": " + r.fullReason() + "\n");
                }
                continue;
            }
            allRoutesFull = false;
            if (r.matches(job.ad)) {
                matches.add(r);
                out.trace("JobRouter: \tRoute Matches: " + r.name() + "\n");
                if (explain != null) {
                    explain.print("  " + r.name() + ": matches\n");
                }
            } else if (explain != null) {
                explain.print("  " + r.name() + ": " + explainMismatch(r, job.ad) + "\n");
            }
            if (!table.roundRobin() && !matches.isEmpty()) {
                break;
            }
        }
        if (matches.isEmpty()) {
            if (explain != null) {
                explain.print("  => not routed\n");
            }
            return null;
        }
        Route chosen = matches.get(Integer.remainderUnsigned(roundRobinCounter++, matches.size()));
        chosen.countRoutedJob();
        if (explain != null) {
            explain.print("  => " + chosen.name() + (table.roundRobin() ? " (round robin)" : " (first match)") + "\n");
        }
        return chosen;
    }

    private static String explainMismatch(Route r, ClassAd job) {
        String req = r.requirements();
        try {
            Evaluation e = job.evaluate(ExprParser.parseExpression(req, ParseOptions.defaults().withOldSyntax(true), Reading.WHOLE), EVAL);
            return "REQUIREMENTS " + req + " is " + (e.failed() ? "a failure" : e.value().toString())
                    + " for the job (evaluated in the job ad alone: TARGET.x is undefined)";
        } catch (RuntimeException bad) {
            return "REQUIREMENTS " + req + " does not parse";
        }
    }

    /**
     * VanillaToGrid, the route's edits, bookkeeping and the submit report for one candidate.
     * Returns the routed ad (for EditJobInPlace, the edited job), or {@code null} on failure
     * (with why in {@code failure[0]}).
     */
    private ClassAd routeOne(Job job, Route route, boolean sandboxed, boolean inPlace, String[] failure) {
        String desc = "src=" + job.key + ",route=" + route.name();
        ClassAd src = job.ad;
        if (inPlace) {
            ClassAd dest = copy(src);
            if (!applyEdits(route, dest, failure)) {
                out.trace("JobRouter failure (" + desc + "): failed to apply route ClassAd modifications to target ad.\n");
                return null;
            }
            out.trace("JobRouter (" + desc + "): Done editing job.\n");
            return dest;
        }
        src.insert("Managed", Value.ofBytes("External"));
        src.insert("ManagedManager", Value.ofBytes(table.routerName()));
        out.trace("JobRouter (" + desc + "): claimed job\n");
        ClassAd dest = copy(src);
        try {
            VanillaToGrid.apply(dest, route.targetUniverse(), route.gridResource(), sandboxed, out::trace);
        } catch (IllegalArgumentException e) {
            throw new RouterAbort(e.getMessage());
        }
        if (!applyEdits(route, dest, failure)) {
            out.trace("JobRouter failure (" + desc + "): failed to apply route ClassAd modifications to target ad.\n");
            return null;
        }
        dest.insert("RoutedFromJobId", Value.ofBytes(job.key));
        dest.insert("RoutedBy", Value.ofBytes(table.routerName()));
        dest.insert("RouteName", Value.ofBytes(route.name()));
        dest.remove("RoutedToJobId");
        String tokens = idTokensProblem(route, src);
        if (tokens != null) {
            out.trace("JobRouter failure (" + desc + "): " + tokens + "\n");
            failure[0] = tokens;
            return null;
        }
        Value owner = src.evaluateAttr("Owner");
        if (!(owner instanceof StringValue)) {
            failure[0] = "Owner is not a string";
            return null;
        }
        Value domain = src.evaluateAttr("NTDomain");
        String dom = domain instanceof StringValue ? ((StringValue) domain).bytes() : "";
        out.out().print("submit_job as " + ((StringValue) owner).bytes() + "@" + dom + " to " + table.destination()
                + (sandboxed ? " (sandboxed)" : "") + ":\n");
        if (out.routed() != null) {
            out.routedAd(dest);
        }
        out.trace("JobRouter (src=" + job.key + ",dest=-1.-1,route=" + route.name() + "): submitted job\n");
        return dest;
    }

    /**
     * Why the IDTOKENs the route sends stop the job, or {@code null}: the route's
     * {@code SendIDTokens} (evaluated on the source job: a string lists token names, a literal
     * {@code undefined} none, anything else is invalid), else {@code JOB_ROUTER_SEND_ROUTE_IDTOKENS}.
     * Offline no token exists (the router creates them from {@code JOB_ROUTER_CREATE_IDTOKEN_*}
     * only as a daemon), so any name makes the job fail, as in condor_job_router_info.
     */
    private String idTokensProblem(Route route, ClassAd src) {
        String names = null;
        String text = route.sendIdTokens();
        Expr expr = null;
        if (text != null) {
            try {
                expr = ExprParser.parseExpression(text, ParseOptions.defaults().withOldSyntax(true), Reading.WHOLE);
            } catch (RuntimeException unparsable) {
                expr = null;
            }
        }
        if (expr != null) {
            Evaluation e = src.evaluate(expr, EVAL);
            if (!e.failed() && e.value() instanceof StringValue s) {
                names = s.bytes();
            } else if (expr instanceof Literal lit && lit.value().isUndefined()) {
                names = "";
            } else {
                return "evaluated SendIDTokens value is invalid!";
            }
        } else {
            names = config.param("JOB_ROUTER_SEND_ROUTE_IDTOKENS");
        }
        List<String> listed = names == null ? List.of() : RouterLoader.tokens(names);
        return listed.isEmpty() ? null : "unknown IDTOKEN " + listed.get(0);
    }

    private boolean applyEdits(Route route, ClassAd ad, String[] failureOut) {
        StepLog log = out.stepLog();
        LoadedTransform.Session session = route.newSession();
        boolean prePost = route.usesPrePostTransforms();
        if (prePost) {
            for (LoadedTransform t : table.preRoute()) {
                if (!t.matches(ad)) {
                    out.trace("JobRouter pre-route transform " + t.name() + ": does not match job. skipping it.\n");
                    continue;
                }
                out.trace("\tApplying pre-route transform: " + t.name() + "\n");
                String failure = t.apply(ad, session, log);
                if (failure != null) {
                    out.trace("JobRouter failure in pre-route transform " + t.name() + ": " + failure + ".\n");
                    failureOut[0] = "pre-route transform " + t.name() + ": " + failure;
                    return false;
                }
            }
        }
        out.trace("\tApplying route: " + route.name() + "\n");
        String failure = route.apply(ad, session, log);
        if (session != null && session.macroErrors() != null) {
            out.trace("ERROR in route " + route.name() + " : " + session.macroErrors() + "\n");
        }
        if (failure != null) {
            out.trace("JobRouter failure (route=" + route.name() + "): " + failure + ".\n");
            failureOut[0] = failure;
            return false;
        }
        if (prePost) {
            for (LoadedTransform t : table.postRoute()) {
                if (!t.matches(ad)) {
                    out.trace("JobRouter post-route transform " + t.name() + ": does not match job. skipping it.\n");
                    continue;
                }
                out.trace("\tApplying post-route transform: " + t.name() + "\n");
                failure = t.apply(ad, session, log);
                if (failure != null) {
                    // HTCondor reports a post-route failure with the pre-route wording
                    out.trace("JobRouter failure in pre-route transform " + t.name() + ": " + failure + ".\n");
                    failureOut[0] = "post-route transform " + t.name() + ": " + failure;
                    return false;
                }
            }
        }
        return true;
    }

    /** The ad's own attributes (planned expressions shared), without its chained parent. */
    static ClassAd copy(ClassAd ad) {
        ClassAd c = ad.copy();
        c.setChainedParent(null);
        return c;
    }

    static final Routing NOT_A_JOB = Routing.of(null, Routing.Outcome.NOT_A_JOB, null, null,
            "not a job ad (no integer ClusterId and ProcId)");

    /** A job ad keyed "c.p". */
    record Job(String key, ClassAd ad) {
    }

    /** The next job ad of the input; ads that are not jobs are reported, counted and passed over. */
    private Job nextJob(Iterator<ClassAd> jobs) {
        while (jobs.hasNext()) {
            Job job = validJob(jobs.next());
            if (job != null) {
                return job;
            }
            done(NOT_A_JOB);
        }
        return null;
    }

    /** A job ad (integer ClusterId and ProcId) keyed "c.p", prior routing forgotten when asked; else reported and {@code null}. */
    Job validJob(ClassAd ad) {
        Value c = ad.evaluateAttr("ClusterId");
        Value p = ad.evaluateAttr("ProcId");
        if (!c.isInteger() || !p.isInteger()) {
            out.err().print("Skipping ad because it doesn't have a ClusterId and/or ProcId attribute\n");
            return null;
        }
        if (options.ignorePriorRouting()) {
            ad.remove("Managed");
            ad.remove("RoutedBy");
            ad.remove("StageInStart");
            ad.remove("StageInFinish");
            ad.insert("JobStatus", Value.of(1));
        }
        return new Job(c + "." + p, ad);
    }

    /** Whether the job would be routed somewhere (see {@link JobRouter.Preview#isCandidate}). */
    boolean isCandidate(Job job, Node umbrellaNode) {
        if (umbrellaNode == null || !Umbrella.holds(umbrellaNode, job.ad)) {
            return false;
        }
        for (Route r : table.order()) {
            if (r.matches(job.ad)) {
                return true;
            }
        }
        return false;
    }
}
