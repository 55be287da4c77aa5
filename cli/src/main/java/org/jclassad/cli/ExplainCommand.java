package org.jclassad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.jclassad.ClassAd;
import org.jclassad.eval.EvalOptions;
import org.jclassad.io.AdParseException;
import org.jclassad.io.AdStreamReader;
import org.jclassad.match.Explainer;
import org.jclassad.match.Explanation;
import org.jclassad.value.Value;

/**
 * {@code jclassad explain JOBFILE POOLFILE}: like {@code condor_q -better-analyze}, for each job
 * (or the one chosen with {@code --job}) against the slot ads of the pool file.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain why jobs do or do not match a pool, like condor_q -better-analyze: which conditions"
                + " of the job's Requirements reject how many slots, which values would match more, and which"
                + " conditions of the slots' own Requirements reject the job.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "JOBFILE", description = "The job ads.")
    String jobFile;

    @Parameters(index = "1", paramLabel = "POOLFILE", description = "The slot ads (condor_status -long).")
    String poolFile;

    @Option(names = "--job", paramLabel = "ID", description = "Only the job with this ClusterId.ProcId (12.0 or"
            + " 12.000), or at this position in the file (#3).")
    String job;

    @Mixin
    PoolOptions inputs = new PoolOptions();

    private final PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() {
        EvalOptions options = inputs.evalOptions();
        try {
            List<ClassAd> pool = inputs.readMachines(poolFile, err);
            int index = 0;
            int shown = 0;
            try (AdStreamReader in = inputs.openJobs(jobFile, err)) {
                while (in.hasNext()) {
                    ClassAd ad = in.next();
                    int i = index++;
                    if (job != null && !selected(ad, i)) {
                        continue;
                    }
                    if (shown++ > 0) {
                        out.print("\n\n");
                    }
                    Explanation e = Explainer.explain(ad, pool, options);
                    out.print(Value.fromByteString(e.format()));
                }
            }
            out.flush();
            if (job != null && shown == 0) {
                err.println("jclassad explain: no job " + job + " in " + jobFile);
                return 1;
            }
            return 0;
        } catch (AdParseException e) {
            out.flush();
            err.println("jclassad explain: " + e.getMessage() + " (use --skip-malformed to go on)");
            return 1;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            out.flush();
            err.println("jclassad explain: " + e.getMessage());
            return 1;
        }
    }

    private boolean selected(ClassAd ad, int index) {
        if (job.startsWith("#")) {
            return job.equals("#" + (index + 1));
        }
        String id = AdFiles.jobName(ad, index);
        if (id.equals(job)) {
            return true;
        }
        int dot = job.indexOf('.');
        if (dot > 0) {
            try {
                long c = Long.parseLong(job.substring(0, dot));
                long p = Long.parseLong(job.substring(dot + 1));
                return id.equals(c + "." + String.format("%03d", p));
            } catch (NumberFormatException ignored) {
                return false;
            }
        }
        return false;
    }
}
