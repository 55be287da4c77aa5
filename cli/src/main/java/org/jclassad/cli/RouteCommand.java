package org.jclassad.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.jclassad.ClassAd;
import org.jclassad.io.AdFormat;
import org.jclassad.transform.config.ConfigurationException;
import org.jclassad.transform.router.ConfigLayer;
import org.jclassad.transform.router.RouterOptions;
import org.jclassad.transform.router.RouterOutput;
import org.jclassad.transform.router.RouterReport;
import org.jclassad.transform.router.Routing;

/**
 * {@code jclassad route}: HTCondor's {@code condor_job_router_info}, offline, on a router
 * configuration given as files or config.d directories. Its stdout is the real tool's, byte for
 * byte; jclassad's additions (the summary, progress, diagnostics) go to stderr, and
 * {@code --json} replaces the report with one JSON object per job.
 *
 * <p>Options are HTCondor's (one dash, abbreviated as condor_job_router_info abbreviates them:
 * {@code -route} for {@code -route-jobs}, {@code -j} for {@code -jobads}) plus jclassad's; every
 * option also has a two-dash spelling.
 */
@Command(name = "route", sortOptions = false, usageHelpWidth = 100,
        header = "Preview job-router routes offline, like condor_job_router_info.",
        description = {"Preview job-router routes offline, like condor_job_router_info: which route each job takes, "
                + "and the routed job ads.",
            "HTCondor's options may be abbreviated as condor_job_router_info allows; -debug and -diagnostic are "
                + "accepted and ignored, as there."},
        footer = {"", "Examples:",
            "  jclassad route /etc/condor-ce/config.d -route-jobs routed.ads -jobads jobs.ads --preview",
            "", "Exit status: 0 done; 1 failure (unreadable file, refused configuration); 2 usage error; "
                + "3 done, but malformed job ads were skipped or cut short; 4 the router stopped (as HTCondor's does). "
                + "Under -compat: condor_job_router_info's statuses and messages.", ""})
final class RouteCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "CONFIG", description = "Config files or directories (read in config.d order).")
    List<String> words = new ArrayList<>();

    @Option(names = {"-config", "--config"}, description = "Print the routes and transforms as the router loaded them.")
    boolean config;

    @Option(names = {"-match-jobs", "--match-jobs"}, description = "Print the route chosen for each job (or why none).")
    boolean matchJobs;

    @Option(names = {"-route-jobs", "--route-jobs"}, paramLabel = "OUT",
            description = "Route the jobs; write the routed ads to OUT ('-' stdout, '-2' stderr).")
    String routeJobs;

    @Option(names = {"-jobads", "--jobads"}, paramLabel = "FILE",
            description = "Job ads to route ('-' stdin; long, new, JSON or XML, gzip detected). Repeatable.")
    List<String> jobFiles = new ArrayList<>();

    @Option(names = {"-log-steps", "--log-steps"}, description = "Trace candidate selection and every transform step.")
    boolean logSteps;

    @Option(names = {"-ignore-prior-routing", "--ignore-prior-routing"},
            description = "Route jobs even if already managed or routed (JobStatus set to idle).")
    boolean ignorePriorRouting;

    @Option(names = {"-preview", "--preview", "--ignore-throttles"},
            description = "Ignore MaxJobs, MaxIdleJobs and JOB_ROUTER_MAX_JOBS: every job gets the route it matches.")
    boolean preview;

    @Option(names = {"-explain", "--explain"}, description = "For each job, say why each route took or rejected it.")
    boolean explain;

    @Option(names = {"-classic", "--classic"},
            description = "Run old ClassAd-style routes (JOB_ROUTER_ENTRIES) as the 8.9.7-24.9 router did.")
    boolean classic;

    @Option(names = {"-json", "--json"},
            description = "Instead of the report, print one JSON object per job (outcome, route, reason, routed ad).")
    boolean json;

    @Option(names = {"-summary-json", "--summary-json"}, paramLabel = "FILE",
            description = "Also write the run's summary as JSON to FILE ('-' stdout).")
    String summaryJson;

    @Option(names = {"-format", "--format"}, paramLabel = "FMT",
            description = "Job ad format: auto (default), long, new, json or xml.")
    String format = "auto";

    @Option(names = {"-threads", "--threads"}, paramLabel = "N",
            description = "1: read, route and print on one thread; more (default when there are 2+ cores): "
                    + "pipelined, same output.")
    int threads = Runtime.getRuntime().availableProcessors() > 1 ? 2 : 1;

    @Option(names = {"-quiet", "--quiet"}, description = "No summary and no progress on stderr.")
    boolean quiet;

    @Option(names = {"-compat", "--compat"},
            description = "condor_job_router_info's exit statuses and messages; no summary or diagnostics.")
    boolean compat;

    @Option(names = {"-h", "-help", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** condor_job_router_info's options with the shortest abbreviation it accepts ({@code is_dash_arg_prefix}). */
    private static final String[][] ABBREVIATIONS = {
        {"config", "2"}, {"match-jobs", "2"}, {"route-jobs", "5"}, {"log-steps", "2"},
        {"ignore-prior-routing", "2"}, {"jobads", "1"}, {"debug", "1"}, {"diagnostic", "4"},
    };

    @Override
    public Integer call() throws IOException {
        // byte streams over System.out/err (not the raw file descriptors), so callers can redirect
        // them; standard output buffered, as a C program's is when it is not a terminal: System.out
        // flushes every write, and a million routed jobs print a line each
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.ISO_8859_1);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.ISO_8859_1);
        try {
            return route(out, err);
        } finally {
            out.flush();
        }
    }

    private int route(PrintStream out, PrintStream err) throws IOException {
        List<String> configPaths = new ArrayList<>();
        String usage = abbreviations(configPaths);
        if (usage != null) {
            err.print("jclassad route: " + usage + "\n  hint: run 'jclassad route --help' for the options\n");
            return compat ? 1 : ExitCodes.USAGE;
        }
        AdFormat adFormat;
        try {
            adFormat = format(format);
        } catch (IllegalArgumentException e) {
            err.print("jclassad route: " + e.getMessage() + "\n  hint: run 'jclassad route --help' for the options\n");
            return ExitCodes.USAGE;
        }
        if (configPaths.isEmpty()) {
            err.print("jclassad route: give a router config file or directory\n"
                    + "Run 'jclassad route --help' for the options.\n");
            return ExitCodes.USAGE;
        }
        List<Path> paths = new ArrayList<>();
        for (String p : configPaths) {
            paths.add(Path.of(p));
        }
        ConfigLayer layer;
        try {
            layer = ConfigLayer.load(paths);
        } catch (ConfigurationException e) {
            // as condor_job_router_info: a refused configuration ends the run before anything is printed
            err.print(e.getMessage() + "\n");
            err.flush();
            return ExitCodes.FAILURE;
        } catch (IOException e) {
            err.print(Diagnostic.of(configPaths.get(0), "cannot read the configuration: " + e.getMessage()).format());
            return ExitCodes.FAILURE;
        }
        boolean match = matchJobs || routeJobs != null || explain || json;
        if (match && !compat) {
            for (String f : jobFiles) {
                if (!f.equals("-") && !Files.isReadable(Path.of(f))) {
                    err.print(Diagnostic.of(f, Files.exists(Path.of(f)) ? "cannot read the job ads"
                            : "no such file").format());
                    return ExitCodes.FAILURE;
                }
            }
        }
        return route(layer, adFormat, match, out, err);
    }

    private int route(ConfigLayer layer, AdFormat adFormat, boolean match, PrintStream out, PrintStream err)
            throws IOException {
        RouterOptions options = RouterOptions.defaults().withLogSteps(logSteps && !json)
                .withIgnorePriorRouting(ignorePriorRouting).withClassic(classic).withExplain(explain && !json)
                .withIgnoreThrottles(preview);
        if (json) {
            options = options.withLogSteps(logSteps);
        }
        PrintStream routed = null;
        boolean closeRouted = false;
        PrintStream report = json ? new PrintStream(OutputStream.nullOutputStream()) : out;
        if (routeJobs != null && !json) {
            if (routeJobs.startsWith("-")) {
                routed = routeJobs.equals("-2") ? err : out;
            } else {
                try {
                    // buffered: routed ads are written one by one, a system call each otherwise
                    routed = new PrintStream(new BufferedOutputStream(Files.newOutputStream(Path.of(routeJobs)), 1 << 16),
                            false, StandardCharsets.ISO_8859_1);
                    closeRouted = true;
                } catch (IOException e) {
                    err.print(compat ? "could not open " + routeJobs + "\n"
                            : Diagnostic.of(routeJobs, "cannot write the routed ads: " + e.getMessage()).format());
                    return ExitCodes.FAILURE;
                }
            }
        }
        boolean summarize = !quiet && !compat && match;
        RouteProgress progress = summarize && RouteProgress.stderrIsTerminal() ? new RouteProgress(err) : null;
        long started = System.nanoTime();
        boolean pipelined = threads > 1 && !json;
        Consumer<Routing> each = jobListener(progress, out);
        RouterReport.Result result;
        try (JobAdInput input = new JobAdInput(jobFiles, adFormat, compat, System.in, err)) {
            SideThread side = pipelined ? new SideThread(input, routed == out || closeRouted ? out : null, closeRouted ? routed : null) : null;
            PrintStream text = side != null && side.prints() ? side.text() : report;
            PrintStream routedText = side != null && side.prints() && routed == out ? text : routed;
            RouterOutput output = new RouterOutput(text, err, routedText, options.logSteps());
            if (side != null && side.prints()) {
                PrintStream target = routedText;
                output = output.writingRoutedAdsWith(ad -> side.ad(target, ad));
            }
            if (json) {
                output = output.capturingSteps();
            }
            try {
                result = RouterReport.run(layer, options, new RouterReport.Request(config, match, routeJobs != null || json),
                        side != null ? side : input, output, each);
            } finally {
                if (side != null) {
                    side.close();
                }
                if (progress != null) {
                    progress.stop();
                }
                if (closeRouted) {
                    routed.close();
                }
            }
            out.flush();
            if (result.summary() != null) {
                RouteSummaryReport summary = new RouteSummaryReport(result.summary(), input.skipped(), input.truncated(),
                        preview, routeJobs != null || json, (System.nanoTime() - started) / 1e9);
                if (summarize) {
                    err.print(summary.text());
                }
                if (summaryJson != null) {
                    writeSummaryJson(summary, out, err);
                }
            }
            if (compat || result.exitCode() != 0) {
                return result.exitCode();
            }
            return input.skipped() + input.truncated() > 0 ? ExitCodes.SKIPPED_MALFORMED : ExitCodes.OK;
        }
    }

    /** The listener of every job: progress, and the JSON line of each job under {@code --json}. */
    private Consumer<Routing> jobListener(RouteProgress progress, PrintStream out) {
        Consumer<Routing> each = progress == null ? null : r -> progress.count();
        if (!json) {
            return each;
        }
        Consumer<Routing> print = r -> {
            JsonText line = JsonText.object().put("job", r.jobKey()).put("outcome", r.outcome().name().toLowerCase(Locale.ROOT))
                    .put("route", r.route()).put("reason", r.reason()).put("ad", r.routed());
            if (logSteps) {
                line.put("steps", r.steps());
            }
            out.print(line + "\n");
        };
        return each == null ? print : each.andThen(print);
    }

    private void writeSummaryJson(RouteSummaryReport summary, PrintStream out, PrintStream err) {
        String text = summary.json() + "\n";
        if (summaryJson.equals("-")) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            Files.writeString(Path.of(summaryJson), text, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            err.print(Diagnostic.of(summaryJson, "cannot write the summary: " + e.getMessage()).format());
        }
    }

    /**
     * Sorts the words picocli did not take: config paths, and condor_job_router_info's options
     * abbreviated as it allows. Returns what is wrong with them, or {@code null}.
     */
    private String abbreviations(List<String> configPaths) {
        for (int i = 0; i < words.size(); i++) {
            String a = words.get(i);
            if (!a.startsWith("-") || a.equals("-")) {
                configPaths.add(a);
                continue;
            }
            String bare = a.startsWith("--") ? a.substring(2) : a.substring(1);
            String name = bare.contains(":") ? bare.substring(0, bare.indexOf(':')) : bare;
            String option = null;
            for (String[] o : ABBREVIATIONS) {
                if (name.length() >= Integer.parseInt(o[1]) && o[0].startsWith(name)
                        && (!bare.contains(":") || o[0].equals("debug") || o[0].equals("diagnostic"))) {
                    option = o[0];
                    break;
                }
            }
            if (option == null) {
                return (compat ? "ERROR: " : "unknown option ") + a + (compat ? " is not a valid argument" : "");
            }
            switch (option) {
                case "config" -> config = true;
                case "match-jobs" -> matchJobs = true;
                case "log-steps" -> logSteps = true;
                case "ignore-prior-routing" -> ignorePriorRouting = true;
                case "route-jobs", "jobads" -> {
                    if (i + 1 >= words.size()) {
                        return a + " requires an argument";
                    }
                    String value = words.get(++i);
                    if (option.equals("jobads")) {
                        jobFiles.add(value);
                    } else {
                        routeJobs = value;
                    }
                }
                default -> {
                    // -debug and -diagnostic change only HTCondor's own logging
                }
            }
        }
        return null;
    }

    private static AdFormat format(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "auto":
                return null;
            case "long":
                return AdFormat.LONG;
            case "new":
                return AdFormat.NEW;
            case "json":
                return AdFormat.JSON;
            case "xml":
                return AdFormat.XML;
            default:
                throw new IllegalArgumentException("unknown --format " + name + " (auto, long, new, json or xml)");
        }
    }
}
