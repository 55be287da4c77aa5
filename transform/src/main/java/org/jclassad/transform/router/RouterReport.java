package org.jclassad.transform.router;

import java.io.PrintStream;
import java.util.Iterator;
import java.util.function.Consumer;

import org.jclassad.ClassAd;
import org.jclassad.transform.config.MacroExpansionException;

/**
 * What {@code condor_job_router_info} prints, offline: given a router configuration, the routes
 * ({@code -config}), the route chosen for each job ({@code -match-jobs}) and the routed jobs
 * ({@code -route-jobs}), byte for byte on the {@link RouterOutput}'s streams. The command line
 * that asks for it is the {@code cli} module's; this is the report.
 */
public final class RouterReport {
    /**
     * What to print.
     *
     * @param config    {@code -config}: the routes and transforms as loaded
     * @param matchJobs {@code -match-jobs}: run the routing pass over the jobs
     * @param routeJobs {@code -route-jobs}: route the candidates too (implies {@code matchJobs})
     */
    public record Request(boolean config, boolean matchJobs, boolean routeJobs) {
        public Request {
            matchJobs = matchJobs || routeJobs;
        }
    }

    /**
     * How a report ended.
     *
     * @param exitCode condor_job_router_info's: 0, 1 (a configuration limit), 4 (the router stopped)
     * @param summary  the routing pass's counts, or {@code null} when no pass ran
     */
    public record Result(int exitCode, RoutingSummary summary) {
    }

    private RouterReport() {
    }

    /**
     * Prints the report. {@code options.matchSummary()} is switched on for {@code -match-jobs}
     * without {@code -route-jobs}, as the tool does.
     *
     * @param jobs the job ads, read as the pass goes (only when {@code matchJobs})
     * @param each told of every job's fate (may be {@code null})
     */
    public static Result run(RouterConfig config, RouterOptions options, Request req, Iterator<ClassAd> jobs,
            RouterOutput output, Consumer<Routing> each) {
        try {
            return runChecked(config, options, req, jobs, output, each);
        } catch (MacroExpansionException e) {
            // a limit of the configuration's options (HTCondor has none and would run out of memory or time)
            output.out().flush();
            output.err().print("ERROR: " + e.getMessage() + "\n");
            return new Result(1, null);
        }
    }

    private static Result runChecked(RouterConfig config, RouterOptions options, Request req, Iterator<ClassAd> jobs,
            RouterOutput output, Consumer<Routing> each) {
        PrintStream out = output.out();
        PrintStream err = output.err();
        if (req.matchJobs() && !req.routeJobs()) {
            options = options.withMatchSummary(true);
        }
        JobRouter router = new JobRouter(config, options);
        if (router.fatalError() != null) {
            // HTCondor raises an exception here: exit 4 before anything is printed
            err.print("ERROR \"" + router.fatalError() + "\"\n");
            return new Result(4, null);
        }
        if (!router.isEnabled()) {
            for (String m : router.loadMessages()) {
                err.print(m);
            }
            err.print("JobRouter is disabled.\n");
        }
        if (req.config()) {
            out.print("\n\n");
            router.dumpRoutes(out);
        }
        RoutingSummary summary = null;
        if (req.matchJobs()) {
            out.print("\nMatching jobs against routes to find candidate jobs.\n");
            try {
                summary = router.run(jobs, output, req.routeJobs(), each);
            } catch (RouterAbort stopped) {
                // HTCondor's router raised an exception here (the message is on stdout already)
                out.flush();
                return new Result(4, null);
            }
        }
        out.print(router.deprecationWarning());
        out.flush();
        return new Result(0, summary);
    }
}
