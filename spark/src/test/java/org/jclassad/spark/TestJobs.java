package org.jclassad.spark;

import java.util.SplittableRandom;

/**
 * Generated job ads in {@code condor_history}'s long format: deterministic in the seed, with the
 * attributes history queries use (Owner, ExitCode, CompletionDate, RemoteWallClockTime...) and the
 * expressions jobs carry (Requirements, PeriodicRemove).
 */
final class TestJobs {
    static final String[] OWNERS = {"alice", "bob", "carol", "dave", "erin", "frank"};
    static final String[] VOS = {"cms", "atlas", "osg", "ligo"};
    static final String[] QUEUES = {"default", "long", "short"};

    private TestJobs() {
    }

    /** The {@code i}th job's attribute lines (no delimiter). */
    static String job(long seed, int i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        int cluster = 1000 + i / 4;
        int proc = i % 4;
        String owner = OWNERS[r.nextInt(OWNERS.length)];
        int cpus = 1 << r.nextInt(3);
        long qdate = 1_700_000_000L + r.nextInt(600_000);
        long completion = qdate + 60 + r.nextInt(200_000);
        StringBuilder s = new StringBuilder(1024);
        s.append("MyType = \"Job\"\n");
        s.append("ClusterId = ").append(cluster).append('\n');
        s.append("ProcId = ").append(proc).append('\n');
        s.append("GlobalJobId = \"ce.example.org#").append(cluster).append('.').append(proc).append('#').append(qdate).append("\"\n");
        s.append("Owner = \"").append(owner).append("\"\n");
        s.append("x509UserProxyVOName = \"").append(VOS[r.nextInt(VOS.length)]).append("\"\n");
        s.append("Queue = \"").append(QUEUES[r.nextInt(QUEUES.length)]).append("\"\n");
        s.append("JobUniverse = 5\n");
        s.append("JobStatus = ").append(r.nextInt(10) == 0 ? 2 : 1).append('\n');
        s.append("QDate = ").append(qdate).append('\n');
        s.append("CompletionDate = ").append(completion).append('\n');
        s.append("ExitCode = ").append(r.nextInt(5) == 0 ? 1 + r.nextInt(3) : 0).append('\n');
        s.append("RemoteWallClockTime = ").append(r.nextInt(20_000)).append(".0\n");
        s.append("RequestCpus = ").append(cpus).append('\n');
        s.append("RequestMemory = ").append(2048 * cpus).append('\n');
        s.append("RequestDisk = ").append(1_000_000 * cpus).append('\n');
        s.append("Rank = ").append(r.nextInt(3) == 0 ? "TARGET.Memory" : "0.0").append('\n');
        s.append("Requirements = (TARGET.Arch == \"X86_64\") && (TARGET.OpSys == \"LINUX\") && "
                + "(TARGET.Memory >= RequestMemory) && (TARGET.Cpus >= RequestCpus)\n");
        s.append("PeriodicRemove = (JobStatus == 5) && (time() - EnteredCurrentStatus > 86400)\n");
        s.append("Environment = \"HOME=/home/").append(owner).append(" PATH=/usr/bin:/bin\"\n");
        s.append("Cmd = \"/home/").append(owner).append("/run.sh\"\n");
        return s.toString();
    }

    /** The banner condor_history writes after a job's ad. */
    static String banner(long seed, int i) {
        String job = job(seed, i);
        return "*** Offset = " + i + " ClusterId = " + (1000 + i / 4) + " ProcId = " + (i % 4) + " Owner = \""
                + value(job, "Owner").replace("\"", "") + "\" CompletionDate = " + value(job, "CompletionDate") + "\n";
    }

    private static String value(String job, String name) {
        int at = job.indexOf("\n" + name + " = ");
        int start = at + name.length() + 4;
        return job.substring(start, job.indexOf('\n', start));
    }

    /** {@code n} jobs in long format (blank line after each). */
    static String longFormat(long seed, int from, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            s.append(job(seed, i)).append('\n');
        }
        return s.toString();
    }

    /** The {@code i}th job as it leaves the queue: completed ({@code JobStatus = 4}). */
    static String completedJob(long seed, int i) {
        return job(seed, i).replaceFirst("\nJobStatus = \\d+\n", "\nJobStatus = 4\n");
    }

    /** {@code n} completed jobs as a history file, a banner after each. */
    static String history(long seed, int from, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            s.append(completedJob(seed, i)).append(banner(seed, i));
        }
        return s.toString();
    }
}
