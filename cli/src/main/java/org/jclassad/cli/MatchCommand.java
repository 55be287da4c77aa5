package org.jclassad.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.jclassad.ClassAd;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.io.AdParseException;
import org.jclassad.io.AdStreamReader;
import org.jclassad.match.Match;
import org.jclassad.match.Matchmaker;
import org.jclassad.value.Value;

/**
 * {@code jclassad match JOBS MACHINES}: every job against every machine (slot) ad, printing the
 * pairs whose Requirements accept each other, with both ranks. Jobs are streamed; the machine
 * file is held in memory.
 */
@Command(name = "match", header = "Print the job/slot pairs that match, with both ranks.",
        description = "A pair matches when each side's Requirements is true against the other. Files may be"
                + " long, new, JSON or XML ads (detected), gzip-compressed; - is stdin. The job file is streamed,"
                + " the machine file held in memory.",
        footerHeading = "%nExamples:%n",
        footer = {"  jclassad match examples/job.ad examples/slot.ad",
                "  jclassad match --now 1783286170 -j 2 examples/jobs/ce-jobs.ads examples/pool_sample.ads.gz",
                "  jclassad match --json examples/job.ad examples/slot.ad"})
final class MatchCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "JOBFILE", description = "The job ads (left side).")
    String jobFile;

    @Parameters(index = "1", paramLabel = "MACHINEFILE", description = "The machine/slot ads (right side).")
    String machineFile;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", defaultValue = "1",
            description = "Match on N threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = {"-json", "--json"}, description = "Print one JSON object per job (JSON Lines): the job and"
            + " its matching slots with both ranks; no table, no totals.")
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
        EvalOptions options = inputs.evalOptions();
        Matchmaker mm = new Matchmaker(options);
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        String reading = machineFile;
        try {
            List<ClassAd> machines = inputs.readMachines(machineFile, err);
            List<String> machineNames = new java.util.ArrayList<>();
            for (int i = 0; i < machines.size(); i++) {
                machineNames.add(AdFiles.name(machines.get(i), i));
            }
            long jobs = 0;
            long matchedJobs = 0;
            long pairs = 0;
            int width = 4;
            for (String n : machineNames) {
                width = Math.max(width, Math.min(n.length(), 80));
            }
            String row = "%-12s  %-" + width + "s  %12s  %12s%n";
            reading = jobFile;
            try (AdStreamReader in = inputs.openJobs(jobFile, err)) {
                if (!json) {
                    out.printf(row, "JOB", "SLOT", "JOB_RANK", "SLOT_RANK");
                }
                while (in.hasNext()) {
                    ClassAd job = in.next();
                    String jobName = AdFiles.jobName(job, (int) jobs);
                    jobs++;
                    List<Match> matches = mm.match(job, machines, pool);
                    if (!matches.isEmpty()) {
                        matchedJobs++;
                    }
                    if (json) {
                        List<JsonText> slots = new java.util.ArrayList<>(matches.size());
                        for (Match m : matches) {
                            pairs++;
                            slots.add(JsonText.object().put("slot", Value.toByteString(machineNames.get(m.right())))
                                    .put("jobRank", m.leftRank()).put("slotRank", m.rightRank()));
                        }
                        jsonOut.println(JsonText.object().put("job", Value.toByteString(jobName))
                                .put("matches", slots));
                        continue;
                    }
                    for (Match m : matches) {
                        pairs++;
                        out.printf(row, jobName, machineNames.get(m.right()),
                                rank(m.leftRank()), rank(m.rightRank()));
                    }
                }
            }
            if (json) {
                jsonOut.flush();
                return inputs.finished();
            }
            out.printf("%n%d of %d jobs match at least one of %d slots; %d matching pairs.%n", matchedJobs, jobs,
                    machines.size(), pairs);
            out.flush();
            return inputs.finished();
        } catch (AdParseException | java.io.IOException | java.io.UncheckedIOException e) {
            out.flush();
            return inputs.failed(reading, e, err);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static String rank(double r) {
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return String.valueOf((long) r);
        }
        return String.valueOf(r);
    }
}
