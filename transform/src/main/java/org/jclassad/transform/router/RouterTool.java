package org.jclassad.transform.router;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.transform.config.MacroExpansionException;

/**
 * {@code condor_job_router_info}, offline: given a router configuration, print the routes
 * ({@code -config}), choose routes for job ads ({@code -match-jobs}) and route them
 * ({@code -route-jobs OUT}), with the tool's report on stdout byte for byte.
 */
public final class RouterTool {
    /** The tool's command-line choices. */
    public static final class Request {
        public boolean config;
        public boolean matchJobs;
        public boolean routeJobs;
        /** {@code -} for stdout, {@code -2} for stderr, else a file. */
        public String routeJobsTarget;
        public final List<String> jobFiles = new ArrayList<>();
        public final JobRouter.Options options = new JobRouter.Options();
    }

    private RouterTool() {
    }

    /**
     * Runs the tool.
     *
     * @param stdin read when a job file is {@code -}
     * @return the exit code (0, as condor_job_router_info, or 1 when the output file cannot be opened)
     */
    public static int run(RouterConfig config, TransformEngine engine, Request req, InputStream stdin, PrintStream out,
            PrintStream err) throws IOException {
        try {
            return runChecked(config, engine, req, stdin, out, err);
        } catch (MacroExpansionException e) {
            // a limit of the configuration's options (HTCondor has none and would run out of memory or time)
            out.flush();
            err.print("ERROR: " + e.getMessage() + "\n");
            return 1;
        }
    }

    private static int runChecked(RouterConfig config, TransformEngine engine, Request req, InputStream stdin,
            PrintStream out, PrintStream err) throws IOException {
        if (req.matchJobs && !req.routeJobs) {
            req.options.matchSummary = true;
        }
        JobRouter router = new JobRouter(config, engine, req.options);
        if (router.fatalError() != null) {
            // HTCondor raises an exception here: exit 4 before anything is printed
            err.print("ERROR \"" + router.fatalError() + "\"\n");
            return 4;
        }
        if (!router.isEnabled()) {
            for (String m : router.loadMessages()) {
                err.print(m);
            }
            err.print("JobRouter is disabled.\n");
        }
        if (req.config) {
            out.print("\n\n");
            router.dumpRoutes(out);
        }
        if (req.matchJobs) {
            out.print("\nMatching jobs against routes to find candidate jobs.\n");
            PrintStream routed = null;
            boolean closeRouted = false;
            if (req.routeJobs) {
                if (req.routeJobsTarget.startsWith("-")) {
                    routed = req.routeJobsTarget.equals("-2") ? err : out;
                } else {
                    try {
                        routed = new PrintStream(Files.newOutputStream(Path.of(req.routeJobsTarget)), false,
                                StandardCharsets.ISO_8859_1);
                        closeRouted = true;
                    } catch (IOException e) {
                        err.print("could not open " + req.routeJobsTarget + "\n");
                        return 1;
                    }
                }
            }
            List<BufferedReader> readers = new ArrayList<>();
            try {
                for (String f : req.jobFiles) {
                    if (f.equals("-")) {
                        readers.add(new BufferedReader(new InputStreamReader(stdin, StandardCharsets.ISO_8859_1)));
                    } else {
                        try {
                            readers.add(Files.newBufferedReader(Path.of(f), StandardCharsets.ISO_8859_1));
                        } catch (IOException e) {
                            err.print("Can't open file of job ads: " + f + "\n");
                        }
                    }
                }
                Iterator<ClassAd> jobs = concat(readers, err);
                try {
                    router.run(jobs, new RouterOutput(out, err, routed, req.options.logSteps), req.routeJobs);
                } catch (JobRouter.Abort stopped) {
                    // HTCondor's router raised an exception here (the message is on stdout already)
                    out.flush();
                    return 4;
                }
            } finally {
                for (BufferedReader r : readers) {
                    r.close();
                }
                if (closeRouted) {
                    routed.close();
                }
            }
        }
        out.print(router.deprecationWarning());
        out.flush();
        return 0;
    }

    private static Iterator<ClassAd> concat(List<BufferedReader> readers, PrintStream err) {
        if (readers.isEmpty()) {
            return Collections.emptyIterator();
        }
        return new Iterator<>() {
            private int index;
            private JobAdReader current = new JobAdReader(readers.get(0), m -> err.print(m + "\n"));

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (++index >= readers.size()) {
                        return false;
                    }
                    current = new JobAdReader(readers.get(index), m -> err.print(m + "\n"));
                }
                return true;
            }

            @Override
            public ClassAd next() {
                hasNext();
                return current.next();
            }
        };
    }

    /**
     * Parses condor_job_router_info-style arguments (plus jclassad's {@code -classic} and
     * {@code -explain}); bare words are returned in {@code configPaths}.
     *
     * @throws IllegalArgumentException for an unknown option or a missing value
     */
    public static Request parseArgs(List<String> args, List<String> configPaths) {
        Request r = new Request();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("-") || a.equals("-")) {
                configPaths.add(a);
                continue;
            }
            String o = a.startsWith("--") ? a.substring(2) : a.substring(1);
            if (prefix(o, "config", 2)) {
                r.config = true;
            } else if (prefix(o, "match-jobs", 2)) {
                r.matchJobs = true;
            } else if (prefix(o, "route-jobs", 5)) {
                r.matchJobs = true;
                r.routeJobs = true;
                r.routeJobsTarget = value(args, ++i, a);
            } else if (prefix(o, "log-steps", 2)) {
                r.options.logSteps = true;
            } else if (prefix(o, "ignore-prior-routing", 2)) {
                r.options.ignorePriorRouting = true;
            } else if (prefix(o, "jobads", 1)) {
                r.jobFiles.add(value(args, ++i, a));
            } else if (prefix(o, "classic", 3)) {
                r.options.classic = true;
            } else if (prefix(o, "explain", 2)) {
                r.options.explain = true;
                r.matchJobs = true;
            } else {
                throw new IllegalArgumentException(a + " is not a valid argument");
            }
        }
        return r;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " requires an argument");
        }
        return args.get(i);
    }

    /** condor's is_dash_arg_prefix: {@code arg} abbreviates {@code name} with at least {@code min} chars. */
    static boolean prefix(String arg, String name, int min) {
        return arg.length() >= min && name.startsWith(arg);
    }
}
