package org.jclassad.transform.router;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.jclassad.io.AdFormat;
import org.jclassad.io.AdStreamOptions;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;

/**
 * Runs {@link RouterReport} for tests the way {@code jclassad route} runs it, from a
 * condor_job_router_info argument list with the job ads given as bytes ({@code -jobads -}). Only
 * the full spellings the recorded cases use are understood; the command line proper (every
 * abbreviation, help, errors) is the {@code cli} module's.
 */
public final class ReportRun {
    private ReportRun() {
    }

    /** Runs the report; returns its exit code. */
    public static int run(RouterConfig config, List<String> args, byte[] jobAds, PrintStream out, PrintStream err) {
        RouterOptions options = RouterOptions.defaults();
        boolean dump = false;
        boolean match = false;
        String routedTo = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "-config" -> dump = true;
                case "-match-jobs" -> match = true;
                case "-route-jobs" -> routedTo = args.get(++i);
                case "-jobads" -> i++;
                case "-log-steps" -> options = options.withLogSteps(true);
                case "-ignore-prior-routing" -> options = options.withIgnorePriorRouting(true);
                case "-classic" -> options = options.withClassic(true);
                case "-explain" -> {
                    options = options.withExplain(true);
                    match = true;
                }
                default -> throw new IllegalArgumentException(args.get(i) + " is not a valid argument");
            }
        }
        PrintStream routed = routedTo == null ? null : routedTo.equals("-2") ? err : out;
        AdStreamOptions read = AdStreamOptions.defaults().asJobAdFile().skippingMalformed(e -> { });
        try (AdStreamReader jobs = AdStreams.open(new ByteArrayInputStream(jobAds), AdFormat.LONG, read)) {
            RouterOutput output = new RouterOutput(out, err, routed, options.logSteps());
            return RouterReport.run(config, options, new RouterReport.Request(dump, match, routedTo != null), jobs,
                    output, null).exitCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
