package org.jclassad.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.jclassad.ClassAd;
import org.jclassad.io.AdParseException;
import org.jclassad.io.AdStreamReader;
import org.jclassad.match.Matchmaker;
import org.jclassad.match.Explanation;
import org.jclassad.value.Value;

/**
 * {@code jclassad explain JOBFILE POOLFILE}: like {@code condor_q -better-analyze}, for each job
 * (or the one chosen with {@code --job}) against the slot ads of the pool file.
 */
@Command(name = "explain", header = "Explain why jobs do or do not match a pool, like condor_q -better-analyze.",
        description = "For each job (or the one chosen with --job): which conditions of its Requirements reject how"
                + " many slots, which values would match more, and which conditions of the slots' own Requirements"
                + " reject the job. Files may be long, new, JSON or XML ads (detected), gzip-compressed; - is stdin.",
        footerHeading = "%nExamples:%n",
        footer = {"  jclassad explain --now 1783286170 --job 48230.0 examples/jobs/ce-jobs.ads"
                + " examples/pool_sample.ads.gz",
                "  jclassad explain --json --now 1783286170 --job 48230.0 examples/jobs/ce-jobs.ads"
                + " examples/pool_sample.ads.gz"})
final class ExplainCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "JOBFILE", description = "The job ads.")
    String jobFile;

    @Parameters(index = "1", paramLabel = "POOLFILE", description = "The slot ads (condor_status -long).")
    String poolFile;

    @Option(names = "--job", paramLabel = "ID", description = "Only the job with this ClusterId.ProcId (12.0 or"
            + " 12.000), or at this position in the file (#3).")
    String job;

    @Option(names = {"-json", "--json"}, description = "Print one JSON object per job (JSON Lines): its conditions"
            + " with the slots each matches and rejects, the suggestions, the slots' conditions and the counts.")
    boolean json;

    @Mixin
    PoolOptions inputs = new PoolOptions();

    private final PoolOutput streams = new PoolOutput();
    private final PrintStream out = streams.text;
    private final PrintStream jsonOut = streams.json;
    private final PrintStream err = streams.err;

    @Override
    public Integer call() {
        return streams.run(this::run);
    }

    private int run() {
        Matchmaker matchmaker = new Matchmaker(inputs.evalOptions());
        String reading = poolFile;
        try {
            List<ClassAd> pool = inputs.readMachines(poolFile, err);
            int index = 0;
            int shown = 0;
            reading = jobFile;
            try (AdStreamReader in = inputs.openJobs(jobFile, err)) {
                while (in.hasNext()) {
                    ClassAd ad = in.next();
                    int i = index++;
                    if (job != null && !selected(ad, i)) {
                        continue;
                    }
                    Explanation e = matchmaker.explain(ad, pool);
                    if (json) {
                        shown++;
                        jsonOut.println(json(e));
                        continue;
                    }
                    if (shown++ > 0) {
                        out.print("\n\n");
                    }
                    out.print(Value.fromByteString(e.format()));
                }
            }
            out.flush();
            jsonOut.flush();
            if (job != null && shown == 0) {
                err.print(Diagnostic.of(jobFile, "no job " + job + " (of " + index + ")")
                        .withHint("--job takes ClusterId.ProcId (12.0) or a position (#3)").format());
                return ExitCodes.FAILURE;
            }
            if (index == 0) {
                err.print(Diagnostic.of(jobFile, "no job ads").format());
                return ExitCodes.FAILURE;
            }
            return inputs.finished();
        } catch (AdParseException | java.io.IOException | java.io.UncheckedIOException e) {
            out.flush();
            return inputs.failed(reading, e, err);
        }
    }

    /** An explanation as one JSON object, its fields named as {@link Explanation}'s. */
    static JsonText json(Explanation e) {
        List<JsonText> conditions = new java.util.ArrayList<>();
        for (Explanation.Condition c : e.conditions()) {
            conditions.add(JsonText.object().put("step", c.step()).put("condition", c.text())
                    .put("matched", c.matched()).put("rejected", c.rejected()).put("alone", c.alone()));
        }
        List<JsonText> suggestions = new java.util.ArrayList<>();
        for (Explanation.Suggestion s : e.suggestions()) {
            suggestions.add(JsonText.object().put("step", s.step()).put("action", s.action().name())
                    .put("attribute", s.attribute()).put("current", s.current()).put("suggested", s.suggested())
                    .put("slots", s.slots()));
        }
        List<JsonText> slotConditions = new java.util.ArrayList<>();
        for (Explanation.SlotCondition c : e.slotConditions()) {
            slotConditions.add(JsonText.object().put("condition", c.text()).put("slots", c.slots())
                    .put("rejecting", c.rejecting()));
        }
        return JsonText.object().put("job", e.jobId()).put("requirements", e.requirements())
                .put("conditions", conditions).put("suggestions", suggestions).put("slotConditions", slotConditions)
                .put("slots", e.slots()).put("machines", e.machines()).put("rejectedByJob", e.rejectedByJob())
                .put("rejectedBySlots", e.rejectedBySlots()).put("matching", e.matching())
                .put("matchingSlots", e.matchingSlots());
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
