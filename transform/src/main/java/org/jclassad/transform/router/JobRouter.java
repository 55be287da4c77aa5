package org.jclassad.transform.router;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Literal;
import org.jclassad.eval.EvalOptions;
import org.jclassad.eval.Evaluation;
import org.jclassad.eval.Node;
import org.jclassad.eval.Planner;
import org.jclassad.io.OldSyntaxWriter;
import org.jclassad.match.MatchClassAd;
import org.jclassad.parse.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.transform.xform.OldRouteConverter;
import org.jclassad.transform.xform.OldRouteText;
import org.jclassad.transform.xform.Transform;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * The job router, offline: reads the routing configuration the way the router daemon does, then
 * simulates one routing pass over a stream of job ads as {@code condor_job_router_info
 * -route-jobs} does (candidate selection with the umbrella constraint, route choice, per-route
 * MaxJobs/MaxIdleJobs accounting across the batch, VanillaToGrid, pre-route transforms, the
 * route, post-route transforms, router bookkeeping).
 *
 * <p>Two engines: by default HTCondor 25 (new-syntax routes only, through a
 * {@link TransformEngine}; {@code JOB_ROUTER_ENTRIES} are refused with HTCondor's warning); with
 * {@link Options#classic} old ClassAd-style routes ({@code JOB_ROUTER_ENTRIES},
 * {@code JOB_ROUTER_DEFAULTS}, {@code [}-style route knobs) run natively by the classic engine.
 *
 * <p>Jobs are processed one at a time: memory does not grow with the number of jobs. (HTCondor
 * routes candidates in job-id string order; this router keeps input order.)
 */
public final class JobRouter {
    private static final EvalOptions EVAL = EvalOptions.defaults();
    private static final String[] DEPRECATED = {
        "JOB_ROUTER_DEFAULTS", "JOB_ROUTER_ENTRIES", "JOB_ROUTER_ENTRIES_CMD", "JOB_ROUTER_ENTRIES_FILE",
    };

    /** Run options (condor_job_router_info's flags plus jclassad's own). */
    public static final class Options {
        public boolean logSteps;
        public boolean ignorePriorRouting;
        /** Run old ClassAd-style routes with the classic (≤ 8.8) engine instead of refusing them. */
        public boolean classic;
        /** Per job and route, say why the route was or was not taken. */
        public boolean explain;
        /** {@code -match-jobs} without {@code -route-jobs}: print the chosen route of each job. */
        public boolean matchSummary;
        /**
         * The no-throttle preview: route {@code MaxJobs}/{@code MaxIdleJobs} (and their
         * {@code JOB_ROUTER_DEFAULT_MAX_*_PER_ROUTE} defaults) and {@code JOB_ROUTER_MAX_JOBS} are not
         * applied, so every job that passes the umbrella constraint goes to the route it matches
         * (the first, or the round-robin choice), however many came before it.
         */
        public boolean ignoreThrottles;
    }

    private final RouterConfig config;
    private final TransformEngine engine;
    private final Options options;
    private final List<String> loadMessages = new ArrayList<>();
    /** All loaded routes by name, case-insensitive order (the umbrella walks this). */
    private final TreeMap<String, Route> table = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<Route> order = new ArrayList<>();
    private final List<LoadedTransform> preRoute = new ArrayList<>();
    private final List<LoadedTransform> postRoute = new ArrayList<>();
    private boolean enabled = true;
    private String routerName = "jobrouter";
    /** Where routed jobs are submitted, as the tool names it ({@code local schedd}, {@code schedd N at pool P}). */
    private String destination = "local schedd";
    private String sourceConstraint = "";
    private boolean roundRobin;
    private long maxJobs;
    private int roundRobinCounter;
    private int managedJobs;

    public JobRouter(RouterConfig config, TransformEngine engine, Options options) {
        this.config = config;
        this.engine = engine;
        this.options = options;
        load();
    }

    // ------------------------------------------------------------------ loading

    private void log(String message) {
        loadMessages.add(message.endsWith("\n") ? message : message + "\n");
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Messages the router logged while loading (condor_job_router_info shows them on stderr when disabled). */
    public List<String> loadMessages() {
        return loadMessages;
    }

    /** The enabled routes in matching order. */
    public List<Route> routes() {
        return order;
    }

    public List<LoadedTransform> preRouteTransforms() {
        return preRoute;
    }

    public List<LoadedTransform> postRouteTransforms() {
        return postRoute;
    }

    public String routerName() {
        return routerName;
    }

    /**
     * Why the router cannot run at all (HTCondor stops with an exception, exit 4, before printing
     * anything), or {@code null}.
     */
    public String fatalError() {
        return fatalError;
    }

    private String fatalError;

    // Knobs are read with HTCondor's param(): a knob set to nothing counts as not set.
    private void load() {
        String constraint = config.param("JOB_ROUTER_SOURCE_JOB_CONSTRAINT");
        boolean allowEmptyRequirements = constraint != null;
        sourceConstraint = constraint == null ? "" : constraint.trim();

        String routeNames = config.param("JOB_ROUTER_ROUTE_NAMES");
        if (!options.classic) {
            List<String> used = new ArrayList<>();
            for (String knob : new String[] {"JOB_ROUTER_ENTRIES_FILE", "JOB_ROUTER_ENTRIES_CMD", "JOB_ROUTER_ENTRIES"}) {
                if (config.param(knob) != null) {
                    used.add(knob);
                }
            }
            if (!used.isEmpty()) {
                log("JobRouter WARNING: " + String.join(", ", used) + " are no longer supported. New configuration\n"
                        + "                   syntax for the job router is defined using JOB_ROUTER_ROUTE_NAMES and JOB_ROUTER_ROUTE_<name>.");
            }
            if (routeNames == null) {
                log("JobRouter WARNING: JOB_ROUTER_ROUTE_NAMES is not defined, so job routing will not take place.");
                enabled = false;
            }
        }

        loadTransforms("JOB_ROUTER_PRE_ROUTE_TRANSFORM_NAMES", preRoute);
        loadTransforms("JOB_ROUTER_POST_ROUTE_TRANSFORM_NAMES", postRoute);

        if (options.classic) {
            loadClassicEntries(allowEmptyRequirements);
        }
        List<String> names = routeNames == null ? List.of() : tokens(routeNames);
        for (String name : names) {
            if (name.equalsIgnoreCase("NAMES")) {
                continue;
            }
            String text = config.raw("JOB_ROUTER_ROUTE_" + name);
            if (text == null) {
                continue;
            }
            String trimmed = text.strip();
            if (trimmed.isEmpty()) {
                log("JOB_ROUTER_ROUTE_" + name + " definition is empty, ignoring.");
                continue;
            }
            Route route = parseRoute(name, trimmed, allowEmptyRequirements);
            if (route != null) {
                if (table.containsKey(route.name())) {
                    log("JobRouter CONFIGURATION WARNING: while parsing JOB_ROUTER_ROUTE_" + name
                            + " found and overwrite a route from " + table.get(route.name()).source() + " with the same name");
                }
                table.remove(route.name());
                table.put(route.name(), route);
            }
        }
        if (!enabled) {
            return;
        }
        Set<String> remaining = new LinkedHashSet<>();
        for (Route r : table.values()) {
            remaining.add(r.name().toLowerCase(Locale.ROOT));
        }
        if (routeNames != null) {
            for (String name : names) {
                Route r = table.get(name);
                if (r != null) {
                    order.add(r);
                    remaining.remove(r.name().toLowerCase(Locale.ROOT));
                } else {
                    log("route '" + name + "' from JOB_ROUTER_ROUTE_NAMES not found in the routing table.");
                }
            }
        }
        if (options.classic) {
            // before 8.8.7 every route took part; routes not listed follow the listed ones
            for (Route r : classicOrder) {
                if (remaining.remove(r.name().toLowerCase(Locale.ROOT))) {
                    order.add(r);
                }
            }
        } else if (!remaining.isEmpty()) {
            log("Routes not in JOB_ROUTER_ROUTE_NAMES will be disabled: " + String.join(", ", remaining));
        }
        List<String> listed = new ArrayList<>();
        for (Route r : order) {
            listed.add(r.name());
        }
        log("Routes will be matched in this order: " + String.join(", ", listed));
        roundRobin = config.bool("JOB_ROUTER_ROUND_ROBIN_SELECTION", false);
        maxJobs = config.integer("JOB_ROUTER_MAX_JOBS", -1);
        routerName = config.param("JOB_ROUTER_NAME");
        if (routerName == null) {
            if (config.isDefined("JOB_ROUTER_NAME")) {
                fatalError = "JOB_ROUTER_NAME must not be empty";
            }
            routerName = "jobrouter";
        }
        destination = destinationLabel();
    }

    /**
     * How the router names the schedd it submits routed jobs to (SCHEDD2): {@code local schedd}
     * unless {@code JOB_ROUTER_SCHEDD2_NAME} is set, then {@code schedd NAME}, followed by
     * {@code  at pool POOL} when {@code JOB_ROUTER_SCHEDD2_POOL} is set.
     */
    private String destinationLabel() {
        String name = knob("JOB_ROUTER_SCHEDD2_NAME");
        String pool = knob("JOB_ROUTER_SCHEDD2_POOL");
        String label = name.isEmpty() ? "local schedd" : "schedd " + name;
        if (!pool.isEmpty()) {
            label += " at pool " + pool;
        }
        if (!name.isEmpty()) {
            log("Routing jobs to schedd " + name + " in pool " + pool);
        }
        return label;
    }

    /** A knob's expanded value, {@code ""} when undefined. */
    private String knob(String name) {
        String v = config.expanded(name);
        return v == null ? "" : v.strip();
    }

    private final List<Route> classicOrder = new ArrayList<>();

    private void loadClassicEntries(boolean allowEmptyRequirements) {
        OldRouteText.Defaults defaults = OldRouteText.defaults(config.param("JOB_ROUTER_DEFAULTS"),
                config.bool("MERGE_JOB_ROUTER_DEFAULT_ADS", false));
        if (defaults.problem() != null) {
            // HTCondor 9 disabled routing here; its converter, whose routes are what is compared, goes on
            log("JobRouter CONFIGURATION ERROR: JOB_ROUTER_DEFAULTS: " + defaults.problem()
                    + "; routes get what was read before it");
        }
        String entries = config.param("JOB_ROUTER_ENTRIES");
        if (entries != null) {
            addClassic(entries, "entries:%d", defaults.ad(), allowEmptyRequirements);
        }
        String file = config.param("JOB_ROUTER_ENTRIES_FILE");
        if (file != null) {
            try {
                Path entriesFile = config.options().files().check(Path.of(file.trim()));
                if (Files.size(entriesFile) > config.options().maxConfigChars()) {
                    throw new IOException("longer than " + config.options().maxConfigChars()
                            + " characters (ConfigOptions.maxConfigChars)");
                }
                String text = new String(Files.readAllBytes(entriesFile), StandardCharsets.ISO_8859_1);
                addClassic(text, "file:%d", defaults.ad(), allowEmptyRequirements);
            } catch (IOException | InvalidPathException e) {
                log("JobRouter CONFIGURATION ERROR: cannot read JOB_ROUTER_ENTRIES_FILE " + file + ": " + e.getMessage());
            }
        }
        if (config.param("JOB_ROUTER_ENTRIES_CMD") != null) {
            log("JobRouter: JOB_ROUTER_ENTRIES_CMD is not run (jclassad never runs commands); its routes are ignored.");
        }
    }

    /** The routes of a route list, read and converted as HTCondor's converter does. */
    private void addClassic(String text, String sourceFormat, ClassAd defaults, boolean allowEmptyRequirements) {
        int index = 0;
        for (OldRouteText.Entry e : OldRouteText.entries(text)) {
            String source = String.format(sourceFormat, index++);
            if (e.ad() == null) {
                log("JobRouter CONFIGURATION ERROR: Ignoring the malformed route entry at offset " + e.offset()
                        + " starting here:\n" + text.substring(e.offset(), Math.min(text.length(), e.offset() + 79)));
                continue;
            }
            ClassicRoute route = classicRoute(OldRouteText.merge(defaults, e.ad()), source, null,
                    allowEmptyRequirements, false);
            if (route == null) {
                continue;
            }
            Route existing = table.get(route.name());
            if (existing != null) {
                Value override = route.routeAd().evaluateAttr("OverrideRoutingEntry");
                if (override.isBoolean() && override.truth() == 0) {
                    continue;
                }
                if (!override.isBoolean()) {
                    log("JobRouter CONFIGURATION WARNING: two route entries have the same name '" + route.name()
                            + "' so the second one will override the first one");
                }
                classicOrder.set(classicOrder.indexOf(existing), route);
            } else {
                classicOrder.add(route);
            }
            table.put(route.name(), route);
        }
    }

    /**
     * An old-style route ad converted and loaded as the 8.9.7–24.9 router did; {@code null}
     * (with the reason logged) when the router would not use it. The name is {@code name}, else
     * the ad's {@code Name}, else its {@code GridResource}.
     */
    private ClassicRoute classicRoute(ClassAd routeAd, String source, String name, boolean allowEmptyRequirements,
            boolean prePost) {
        Transform converted = OldRouteConverter.convert("", new ClassAd(), routeAd, OldRouteConverter.REMOVE_INPUT_RSL);
        String routeName = name != null ? name : converted.name();
        if (routeName.isEmpty()) {
            Value gr = routeAd.evaluateAttr("GridResource");
            routeName = gr instanceof StringValue s ? s.bytes() : "";
        }
        if (routeName.isEmpty()) {
            log("JobRouter: Missing or invalid Name in job route.");
            return null;
        }
        TransformRoute route = loadRoute(routeName, converted.withName(routeName).formattedText("", true),
                allowEmptyRequirements);
        return route == null ? null : new ClassicRoute(routeAd, source, route, prePost);
    }

    private Route parseRoute(String name, String text, boolean allowEmptyRequirements) {
        if (text.startsWith("[") || text.startsWith("/*")) {
            if (!options.classic) {
                log("JobRouter CONFIGURATION ERROR: JOB_ROUTER_ROUTE_" + name
                        + " is an old ClassAd-style route, which HTCondor 24.10 and later do not accept (use -classic)");
                log("Ignoring route entry in JOB_ROUTER_ROUTE_" + name);
                return null;
            }
            List<OldRouteText.Entry> entries = OldRouteText.entries(config.expanded("JOB_ROUTER_ROUTE_" + name));
            if (entries.isEmpty() || entries.get(0).ad() == null) {
                log("JobRouter CONFIGURATION ERROR: JOB_ROUTER_ROUTE_" + name + " does not parse");
                return null;
            }
            ClassicRoute r = classicRoute(entries.get(0).ad(), name, name, allowEmptyRequirements, true);
            if (r != null) {
                classicOrder.add(r);
            }
            return r;
        }
        return loadRoute(name, text, allowEmptyRequirements);
    }

    /** A route in the transform language, loaded and checked as the router does; {@code null} when rejected. */
    private TransformRoute loadRoute(String name, String text, boolean allowEmptyRequirements) {
        if (engine == null) {
            log("JobRouter CONFIGURATION ERROR: no transform engine is available to load JOB_ROUTER_ROUTE_" + name);
            return null;
        }
        LoadedTransform t;
        try {
            t = engine.load(name, text, config, true);
        } catch (TransformEngine.TransformLoadException e) {
            log("JobRouter: route " + name + " is not valid: " + e.getMessage());
            return null;
        }
        log("JobRouter: route " + name + " converted to :\n" + t.formattedText("\t"));
        TransformRoute route = new TransformRoute(name, t, config);
        if (route.targetUniverse() == VanillaToGrid.GRID && route.gridResource().isEmpty()) {
            log("JobRouter: Missing or invalid GridResource in job route. Jobs will fail if it's not set in routed job ad.");
        }
        if (route.requirements().isEmpty() && !allowEmptyRequirements) {
            log("JobRouter CONFIGURATION ERROR: Missing Requirements in job route.");
            return null;
        }
        return route;
    }

    private void loadTransforms(String knob, List<LoadedTransform> into) {
        String list = config.param(knob);
        if (list == null) {
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String tag : tokens(list)) {
            if (!seen.add(tag.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String param = "JOB_ROUTER_TRANSFORM_" + tag;
            String text = config.raw(param);
            if (text == null || text.isEmpty()) {
                log("ERROR: " + param + " not found");
                enabled = false;
                continue;
            }
            if (engine == null) {
                log(param + " load error: no transform engine is available");
                enabled = false;
                continue;
            }
            try {
                into.add(engine.load(tag, text, config, false));
            } catch (TransformEngine.TransformLoadException e) {
                log(param + " load error: " + e.getMessage());
                enabled = false;
            }
        }
    }

    /** A comma/space separated list. */
    static List<String> tokens(String list) {
        List<String> out = new ArrayList<>();
        for (String t : list.split("[,\\s]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ -config

    /** condor_job_router_info {@code -config}: the transforms and the enabled routes in order. */
    public void dumpRoutes(PrintStream out) {
        // a disabled router has no routing table, but shows the transforms it loaded
        for (LoadedTransform t : preRoute) {
            out.print("Pre-Route Transform : " + t.name() + "\n" + t.formattedText("\t") + "\n\n");
        }
        for (LoadedTransform t : postRoute) {
            out.print("Post-Route Transform : " + t.name() + "\n" + t.formattedText("\t") + "\n\n");
        }
        if (!enabled) {
            return;
        }
        int i = 1;
        for (Route r : order) {
            out.print("Route " + i++ + "\n");
            out.print("Name         : \"" + r.name() + "\"\n");
            out.print("Source       : " + r.source() + "\n");
            out.print("Universe     : " + r.targetUniverse() + "\n");
            out.print("MaxJobs      : " + r.maxJobs() + "\n");
            out.print("MaxIdleJobs  : " + r.maxIdleJobs() + "\n");
            out.print("GridResource : " + r.gridResource() + "\n");
            out.print("Requirements : " + r.requirements() + "\n");
            out.print(r.describe());
            out.print("\n\n");
        }
        List<Route> disabled = new ArrayList<>();
        for (Route r : table.values()) {
            if (!order.contains(r)) {
                disabled.add(r);
            }
        }
        if (!disabled.isEmpty()) {
            out.print("Disabled routes:\n");
            for (Route r : disabled) {
                out.print("Name         : \"" + r.name() + "\"\n" + "Source       : " + r.source() + "\n\n");
            }
        }
    }

    /** The end-of-run warning HTCondor 25 prints when old-syntax knobs are defined (not in classic mode). */
    public String deprecationWarning() {
        if (options.classic) {
            return "";
        }
        List<String> found = new ArrayList<>();
        for (String knob : DEPRECATED) {
            String raw = config.raw(knob);
            if (raw != null && !raw.isEmpty()) {
                found.add(knob);
            }
        }
        if (found.isEmpty()) {
            return "";
        }
        return "\nWARNING: " + String.join(", ", found) + " are no longer supported. New configuration"
                + " syntax for the job router is defined using JOB_ROUTER_ROUTE_NAMES and JOB_ROUTER_ROUTE_<name>.\n";
    }

    // ------------------------------------------------------------------ routing

    /** What happened to the jobs of one run. */
    public static final class Summary {
        public long jobsRead;
        public long candidates;
        public long routed;
        public long failed;
        public final Map<String, Long> perRoute = new LinkedHashMap<>();
    }

    /**
     * Where HTCondor's router raises an exception and the tool stops (exit 4): a job without
     * {@code JobUniverse} reaching VanillaToGrid, an umbrella constraint that does not parse.
     * The message is HTCondor's; the tool has printed it, as {@code ERROR "message"}, when this
     * is thrown.
     */
    public static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort(String message) {
            super("ERROR \"" + message + "\"\n");
        }
    }

    private static Abort abort(RouterOutput out, String message) {
        Abort a = new Abort(message);
        out.out().print(RouterOutput.format(a.getMessage()));
        return a;
    }

    /**
     * One routing pass over {@code jobs}, writing as condor_job_router_info does after
     * "Matching jobs against routes to find candidate jobs.". With {@code routeJobs} false only
     * candidates are chosen ({@code -match-jobs}).
     */
    public Summary run(Iterator<ClassAd> jobs, RouterOutput out, boolean routeJobs) {
        Summary summary = new Summary();
        for (Route r : table.values()) {
            r.resetCounters();
        }
        roundRobinCounter = 0;
        managedJobs = 0;
        Iterator<Job> valid = validJobs(jobs, out, summary);
        if (!valid.hasNext()) {
            out.out().print("There are no jobs to match\n");
            return summary;
        }
        if (!enabled) {
            // drain the input so that every ad is checked as the tool reads them all
            while (valid.hasNext()) {
                valid.next();
            }
            return summary;
        }
        StringBuilder table = new StringBuilder(
                "JobRouter: Checking for candidate jobs. routing table is:\n"
                        + "Route Name               Source      Submitted/Max        Idle/Max     Throttle\n");
        for (Route r : order) {
            table.append(String.format("%-24s %-11s %7d/%7d %7d/%7d %8s\n", r.name(), r.source(), r.routedJobs(),
                    r.maxJobs(), r.routedJobs(), r.maxIdleJobs(), "none"));
        }
        out.trace(table.toString());
        if (!routerAccepting()) {
            return drain(valid, summary);
        }
        Node umbrellaNode = umbrella(out);
        if (umbrellaNode == null) {
            return drain(valid, summary);
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
        Abort aborted = null;
        try {
            while (valid.hasNext()) {
                Job job = valid.next();
                if (!routerAccepting()) {
                    out.trace("JobRouter: Reached maximum managed jobs (" + maxJobs
                            + ").  Skipping further searches for candidate jobs.\n");
                    reachedMax = true;
                    break;
                }
                Routing r;
                try {
                    r = offer(job, umbrellaNode, out, routeJobs && aborted == null, spool, summary);
                } catch (Abort stop) {
                    // the tool chooses every candidate before routing any: under -log-steps it goes
                    // on choosing, otherwise it stops here
                    aborted = stop;
                    if (spool == null) {
                        break;
                    }
                    continue;
                }
                if (r.outcome() == Outcome.ALL_ROUTES_FULL) {
                    break;
                }
            }
            if (!reachedMax) {
                out.trace("JobRouter: " + summary.candidates + " candidate jobs found\n");
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
        while (valid.hasNext()) {
            valid.next();
        }
        return summary;
    }

    private Summary drain(Iterator<Job> valid, Summary summary) {
        while (valid.hasNext()) {
            valid.next();
        }
        return summary;
    }

    private boolean routerAccepting() {
        return options.ignoreThrottles || maxJobs < 0 || managedJobs < maxJobs;
    }

    /**
     * The umbrella constraint over the routes that accept jobs, planned; {@code null} (after
     * saying why) when no route accepts jobs.
     *
     * @throws Abort when it does not parse, as HTCondor's router stops there
     */
    private Node umbrella(RouterOutput out) {
        StringBuilder constraints = new StringBuilder();
        Set<String> distinct = new LinkedHashSet<>();
        for (Route r : this.table.values()) {
            if (accepting(r)) {
                String c = r.requirements().isEmpty() ? "True" : r.requirements();
                if (distinct.add(c)) {
                    if (constraints.length() > 0) {
                        constraints.append(" || ");
                    }
                    constraints.append('(').append(c).append(')');
                }
            }
        }
        if (constraints.length() == 0) {
            out.trace("JobRouter: no routes can accept more jobs at the moment.\n");
            return null;
        }
        String umbrella = (sourceConstraint.isEmpty() ? "" : "(" + sourceConstraint + ") && ") + "( " + constraints + " )"
                + " && (target.ProcId >= 0 && target.JobStatus == 1 && (target.StageInStart is undefined || "
                + "target.StageInFinish isnt undefined) && target.Managed isnt \"ScheddDone\" && target.Managed isnt "
                + "\"External\" && target.Owner isnt Undefined && target.RoutedBy isnt \"" + routerName + "\")";
        out.trace("JobRouter: Umbrella constraint: " + umbrella + "\n");
        try {
            return Planner.planExpr(ExprParser.parseExpression(umbrella, ParseOptions.defaults(), true));
        } catch (RuntimeException e) {
            throw abort(out, "JobRouter: Failed to parse umbrella constraint: " + umbrella);
        }
    }

    /** Whether a route takes more jobs: always, in the no-throttle preview. */
    private boolean accepting(Route r) {
        return options.ignoreThrottles || r.acceptingMoreJobs();
    }

    /** What the router did with one job of a pass. */
    public enum Outcome {
        /** Not a job ad: no integer {@code ClusterId} and {@code ProcId}. */
        NOT_A_JOB,
        /** Not a candidate: the umbrella constraint is not true for it. */
        NOT_A_CANDIDATE,
        /** A candidate no route's requirements match. */
        NO_ROUTE,
        /** Every route is full (throttles): the pass stops looking at jobs. */
        ALL_ROUTES_FULL,
        /** A route was chosen, and routing was not asked for. */
        MATCHED,
        /** Routed: the routed copy (or the job, edited in place) is in {@link Routing#routed()}. */
        ROUTED,
        /** A route was chosen but applying it failed. */
        ROUTE_FAILED,
        /**
         * Routing it raised what stops HTCondor's router ({@link Abort}, e.g. a job without
         * {@code JobUniverse}): a pass ends there; the preview says so (on stderr) and goes on.
         */
        ABORTED
    }

    /**
     * What the router did with one job.
     *
     * @param jobKey  {@code ClusterId.ProcId} ({@code null} for an ad that is not a job)
     * @param route   the chosen route's name, or {@code null}
     * @param routed  the routed ad for {@link Outcome#ROUTED}, else {@code null}
     */
    public record Routing(String jobKey, Outcome outcome, String route, ClassAd routed) {
    }

    /** One candidate-or-not step of a pass: the umbrella, the route choice, and routing when asked. */
    private Routing offer(Job job, Node umbrellaNode, RouterOutput out, boolean routeJobs, PrintStream spool,
            Summary summary) {
        PrintStream stdout = out.out();
        boolean inUmbrella = MatchClassAd.isTrue(new MatchClassAd(new ClassAd(), job.ad, EVAL).evaluateInLeft(umbrellaNode));
        if (!inUmbrella) {
            if (options.explain) {
                explainUmbrella(job, stdout);
            }
            if (options.matchSummary) {
                stdout.print(job.key + " no route: not a candidate (fails the umbrella constraint)\n");
            }
            return new Routing(job.key, Outcome.NOT_A_CANDIDATE, null, null);
        }
        out.trace("JobRouter: Checking Job src=" + job.key + " against all routes\n");
        boolean[] allFull = new boolean[1];
        Route route = chooseRoute(job.ad, out, allFull, options.explain ? stdout : null, job.key);
        if (route == null) {
            if (allFull[0]) {
                out.trace("JobRouter: all routes are full (" + managedJobs
                        + " managed jobs).  Skipping further searches for candidate jobs.\n");
                if (options.matchSummary) {
                    stdout.print(job.key + " no route: all routes are full\n");
                }
                return new Routing(job.key, Outcome.ALL_ROUTES_FULL, null, null);
            }
            out.trace("JobRouter: no route found for src=" + job.key + "\n");
            if (options.matchSummary) {
                stdout.print(job.key + " no route: no route's requirements match\n");
            }
            return new Routing(job.key, Outcome.NO_ROUTE, null, null);
        }
        managedJobs++;
        summary.candidates++;
        summary.perRoute.merge(route.name(), 1L, Long::sum);
        boolean sandboxed = route.sandboxed(job.ad);
        boolean inPlace = route.editJobInPlace(job.ad);
        out.trace("JobRouter: Found candidate job src=" + job.key + ",route=" + route.name() + "\n");
        if (options.matchSummary) {
            stdout.print(job.key + " route " + route.name() + "\n");
        }
        if (!routeJobs) {
            return new Routing(job.key, Outcome.MATCHED, route.name(), null);
        }
        PrintStream original = null;
        if (spool != null) {
            original = out.divert(spool);
        }
        try {
            ClassAd routed = routeOne(job, route, sandboxed, inPlace, out);
            if (routed != null) {
                summary.routed++;
                return new Routing(job.key, Outcome.ROUTED, route.name(), routed);
            }
            summary.failed++;
            return new Routing(job.key, Outcome.ROUTE_FAILED, route.name(), null);
        } finally {
            if (spool != null) {
                out.restore(original, spool);
            }
        }
    }

    /**
     * The no-throttle preview, one job at a time: what {@link #run} does with each job when the
     * router was made with {@link Options#ignoreThrottles}, for callers that route the jobs of one
     * batch in pieces (on many machines). Without throttles a job's fate depends only on the job,
     * except for round-robin selection ({@code JOB_ROUTER_ROUND_ROBIN_SELECTION}), which depends on
     * how many candidates were routed before it: give that count as {@code candidatesBefore}.
     *
     * @throws IllegalStateException if the router was not made with {@link Options#ignoreThrottles}
     * @throws Abort if the umbrella constraint does not parse (HTCondor's router stops there)
     */
    public Preview preview(long candidatesBefore, RouterOutput out) {
        if (!options.ignoreThrottles) {
            throw new IllegalStateException("the per-job preview needs Options.ignoreThrottles");
        }
        for (Route r : table.values()) {
            r.resetCounters();
        }
        roundRobinCounter = (int) candidatesBefore;
        managedJobs = 0;
        return new Preview(enabled ? umbrella(out) : null, out);
    }

    /** Whether routes are chosen round robin rather than first match. */
    public boolean roundRobin() {
        return roundRobin;
    }

    /** Routes jobs one at a time (see {@link JobRouter#preview}). Not thread-safe. */
    public final class Preview {
        private final Node umbrellaNode;
        private final RouterOutput out;
        private final Summary summary = new Summary();

        private Preview(Node umbrellaNode, RouterOutput out) {
            this.umbrellaNode = umbrellaNode;
            this.out = out;
        }

        /** What the router does with the job (the ad may be edited, as {@link #run} edits its input). */
        public Routing route(ClassAd ad) {
            summary.jobsRead++;
            Job job = validJob(ad, out);
            if (job == null) {
                return new Routing(null, Outcome.NOT_A_JOB, null, null);
            }
            if (umbrellaNode == null) {
                return new Routing(job.key, Outcome.NOT_A_CANDIDATE, null, null);
            }
            try {
                return offer(job, umbrellaNode, out, true, null, summary);
            } catch (Abort stop) {
                out.err().print(RouterOutput.format(stop.getMessage()));
                return new Routing(job.key, Outcome.ABORTED, null, null);
            }
        }

        /**
         * Whether the job would be routed somewhere: a job ad, a candidate, and a route's
         * requirements match it. Changes no state of the router (the round-robin position
         * included); the ad is prepared as {@link #route} prepares it.
         */
        public boolean isCandidate(ClassAd ad) {
            Job job = validJob(ad, out);
            if (job == null || umbrellaNode == null
                    || !MatchClassAd.isTrue(new MatchClassAd(new ClassAd(), job.ad, EVAL).evaluateInLeft(umbrellaNode))) {
                return false;
            }
            for (Route r : order) {
                if (r.matches(job.ad)) {
                    return true;
                }
            }
            return false;
        }

        /** The counts so far, as {@link #run} reports them. */
        public Summary summary() {
            return summary;
        }
    }

    private Route chooseRoute(ClassAd job, RouterOutput out, boolean[] allFull, PrintStream explain, String key) {
        List<Route> matches = new ArrayList<>();
        allFull[0] = true;
        if (explain != null) {
            explain.print("Job " + key + ":\n");
        }
        for (Route r : order) {
            if (!accepting(r)) {
                if (explain != null) {
                    explain.print("  " + r.name() + ": " + r.fullReason() + "\n");
                }
                continue;
            }
            allFull[0] = false;
            if (r.matches(job)) {
                matches.add(r);
                out.trace("JobRouter: \tRoute Matches: " + r.name() + "\n");
                if (explain != null) {
                    explain.print("  " + r.name() + ": matches\n");
                }
            } else if (explain != null) {
                explain.print("  " + r.name() + ": " + explainMismatch(r, job) + "\n");
            }
            if (!roundRobin && !matches.isEmpty()) {
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
            explain.print("  => " + chosen.name() + (roundRobin ? " (round robin)" : " (first match)") + "\n");
        }
        return chosen;
    }

    private String explainMismatch(Route r, ClassAd job) {
        String req = r.requirements();
        try {
            Evaluation e = job.evaluate(ExprParser.parseExpression(req, ParseOptions.defaults().withOldSyntax(true), true), EVAL);
            return "REQUIREMENTS " + req + " is " + (e.failed() ? "a failure" : e.value().toString())
                    + " for the job (evaluated in the job ad alone: TARGET.x is undefined)";
        } catch (RuntimeException bad) {
            return "REQUIREMENTS " + req + " does not parse";
        }
    }

    private void explainUmbrella(Job job, PrintStream out) {
        out.print("Job " + job.key + ":\n");
        String why;
        ClassAd ad = job.ad;
        Value procId = ad.evaluateAttr("ProcId");
        Value status = ad.evaluateAttr("JobStatus");
        Value managed = ad.evaluateAttr("Managed");
        Value routedBy = ad.evaluateAttr("RoutedBy");
        if (!(procId.isInteger() && Long.parseLong(procId.toString()) >= 0)) {
            why = "ProcId is not >= 0";
        } else if (!(status.isInteger() && status.toString().equals("1"))) {
            why = "JobStatus is " + status + ", not 1 (idle)";
        } else if (ad.contains("StageInStart") && !ad.contains("StageInFinish")) {
            why = "input is still being staged (StageInStart without StageInFinish)";
        } else if (managed instanceof StringValue
                && (managed.toString().equals("\"External\"") || managed.toString().equals("\"ScheddDone\""))) {
            why = "Managed is " + managed + " (already managed)";
        } else if (!ad.contains("Owner")) {
            why = "Owner is undefined";
        } else if (routedBy instanceof StringValue && ((StringValue) routedBy).bytes().equalsIgnoreCase(routerName)) {
            why = "RoutedBy is \"" + routerName + "\" (it is a routed copy)";
        } else if (!sourceConstraint.isEmpty() && !MatchClassAd.isTrue(new MatchClassAd(new ClassAd(), ad, EVAL)
                .evaluateInLeft(Planner.planExpr(ExprParser.parseExpression(sourceConstraint, ParseOptions.defaults(), true))))) {
            why = "JOB_ROUTER_SOURCE_JOB_CONSTRAINT " + sourceConstraint + " is not true";
        } else {
            why = "no route's requirements are true in the umbrella query (MY is an empty ad there: MY.x is undefined)";
        }
        out.print("  not a candidate: " + why + "\n");
    }

    /**
     * VanillaToGrid, the route's edits, bookkeeping and the submit report for one candidate.
     * Returns the routed ad (for EditJobInPlace, the edited job), or {@code null} on failure.
     */
    private ClassAd routeOne(Job job, Route route, boolean sandboxed, boolean inPlace, RouterOutput out) {
        String desc = "src=" + job.key + ",route=" + route.name();
        ClassAd src = job.ad;
        if (inPlace) {
            ClassAd dest = copy(src);
            if (!applyEdits(route, dest, out)) {
                out.trace("JobRouter failure (" + desc + "): failed to apply route ClassAd modifications to target ad.\n");
                return null;
            }
            out.trace("JobRouter (" + desc + "): Done editing job.\n");
            return dest;
        }
        src.insert("Managed", Value.ofBytes("External"));
        src.insert("ManagedManager", Value.ofBytes(routerName));
        out.trace("JobRouter (" + desc + "): claimed job\n");
        ClassAd dest = copy(src);
        try {
            VanillaToGrid.apply(dest, route.targetUniverse(), route.gridResource(), sandboxed, out::trace);
        } catch (IllegalArgumentException e) {
            throw new Abort(e.getMessage());
        }
        if (!applyEdits(route, dest, out)) {
            out.trace("JobRouter failure (" + desc + "): failed to apply route ClassAd modifications to target ad.\n");
            return null;
        }
        dest.insert("RoutedFromJobId", Value.ofBytes(job.key));
        dest.insert("RoutedBy", Value.ofBytes(routerName));
        dest.insert("RouteName", Value.ofBytes(route.name()));
        dest.remove("RoutedToJobId");
        String tokens = idTokensProblem(route, src);
        if (tokens != null) {
            out.trace("JobRouter failure (" + desc + "): " + tokens + "\n");
            return null;
        }
        Value owner = src.evaluateAttr("Owner");
        if (!(owner instanceof StringValue)) {
            return null;
        }
        Value domain = src.evaluateAttr("NTDomain");
        String dom = domain instanceof StringValue ? ((StringValue) domain).bytes() : "";
        out.out().print("submit_job as " + ((StringValue) owner).bytes() + "@" + dom + " to " + destination
                + (sandboxed ? " (sandboxed)" : "") + ":\n");
        if (out.routed() != null) {
            out.routed().print(OldSyntaxWriter.longForm(dest));
            out.routed().print("\n");
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
                expr = ExprParser.parseExpression(text, ParseOptions.defaults().withOldSyntax(true), true);
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
        List<String> listed = names == null ? List.of() : tokens(names);
        return listed.isEmpty() ? null : "unknown IDTOKEN " + listed.get(0);
    }

    private boolean applyEdits(Route route, ClassAd ad, RouterOutput out) {
        StepLog log = out.stepLog();
        LoadedTransform.Session session = route.newSession();
        boolean prePost = route.usesPrePostTransforms();
        if (prePost) {
            for (LoadedTransform t : preRoute) {
                if (!t.matches(ad)) {
                    out.trace("JobRouter pre-route transform " + t.name() + ": does not match job. skipping it.\n");
                    continue;
                }
                out.trace("\tApplying pre-route transform: " + t.name() + "\n");
                String failure = t.apply(ad, session, log);
                if (failure != null) {
                    out.trace("JobRouter failure in pre-route transform " + t.name() + ": " + failure + ".\n");
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
            return false;
        }
        if (prePost) {
            for (LoadedTransform t : postRoute) {
                if (!t.matches(ad)) {
                    out.trace("JobRouter post-route transform " + t.name() + ": does not match job. skipping it.\n");
                    continue;
                }
                out.trace("\tApplying post-route transform: " + t.name() + "\n");
                failure = t.apply(ad, session, log);
                if (failure != null) {
                    // HTCondor reports a post-route failure with the pre-route wording
                    out.trace("JobRouter failure in pre-route transform " + t.name() + ": " + failure + ".\n");
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

    // ------------------------------------------------------------------ input

    private static final class Job {
        final String key;
        final ClassAd ad;

        Job(String key, ClassAd ad) {
            this.key = key;
            this.ad = ad;
        }
    }

    /** A job ad (integer ClusterId and ProcId) keyed "c.p", prior routing forgotten when asked; else reported and {@code null}. */
    private Job validJob(ClassAd ad, RouterOutput out) {
        Value c = ad.evaluateAttr("ClusterId");
        Value p = ad.evaluateAttr("ProcId");
        if (!c.isInteger() || !p.isInteger()) {
            out.err().print("Skipping ad because it doesn't have a ClusterId and/or ProcId attribute\n");
            return null;
        }
        if (options.ignorePriorRouting) {
            ad.remove("Managed");
            ad.remove("RoutedBy");
            ad.remove("StageInStart");
            ad.remove("StageInFinish");
            ad.insert("JobStatus", Value.of(1));
        }
        return new Job(c + "." + p, ad);
    }

    /** Ads with integer ClusterId and ProcId, keyed "c.p"; others are reported and dropped. */
    private Iterator<Job> validJobs(Iterator<ClassAd> jobs, RouterOutput out, Summary summary) {
        return new Iterator<>() {
            private Job next;

            @Override
            public boolean hasNext() {
                while (next == null && jobs.hasNext()) {
                    ClassAd ad = jobs.next();
                    summary.jobsRead++;
                    next = validJob(ad, out);
                }
                return next != null;
            }

            @Override
            public Job next() {
                hasNext();
                Job j = next;
                next = null;
                return j;
            }
        };
    }
}
