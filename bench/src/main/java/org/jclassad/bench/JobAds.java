package org.jclassad.bench;

import java.util.SplittableRandom;
import org.jclassad.eval.Arguments;

/**
 * Job ads for the benchmarks: one condor_submit-style job (for matching) and generated
 * HTCondor-CE-style job ads of about 80 attributes (for memory and, later, routing).
 */
public final class JobAds {
    private static final String[] OWNERS = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"};
    private static final String[] VOS = {"cms", "atlas", "osg", "ligo", "icecube", "dune"};
    private static final String[] QUEUES = {"default", "long", "short", "gpu"};
    private static final String[] SCHEDDS = {"ce1.example.edu", "ce2.example.edu", "ce3.example.edu"};

    private JobAds() {
    }

    /** A vanilla-universe job as condor_submit writes it, long format. */
    public static String submitStyleJob() {
        return String.join("\n",
                "MyType = \"Job\"",
                "TargetType = \"Machine\"",
                "ClusterId = 4242",
                "ProcId = 0",
                "Owner = \"alice\"",
                "User = \"alice@submit.example.edu\"",
                "ProjectName = \"ChemPhys\"",
                "JobUniverse = 5",
                "Cmd = \"/home/alice/run.sh\"",
                "Arguments = \"-n 100\"",
                "Iwd = \"/home/alice/work\"",
                "RequestCpus = 1",
                "RequestMemory = 2048",
                "RequestDisk = 1048576",
                "RequestGPUs = undefined",
                "DiskUsage = 1",
                "ImageSize = 1",
                "JobPrio = 0",
                "NiceUser = false",
                "WantRemoteIO = true",
                "ShouldTransferFiles = \"YES\"",
                "WhenToTransferOutput = \"ON_EXIT\"",
                "TransferInput = \"input.dat\"",
                "JobStatus = 1",
                "QDate = 1783284000",
                "Rank = 0.0",
                "Requirements = (TARGET.Arch == \"X86_64\") && (TARGET.OpSys == \"LINUX\") && "
                        + "(TARGET.Disk >= RequestDisk) && (TARGET.Memory >= RequestMemory) && "
                        + "(TARGET.Cpus >= RequestCpus) && (TARGET.HasFileTransfer)") + "\n";
    }

    /** The {@code i}th generated CE job ad (long format, ~80 attributes), deterministic in {@code seed}. */
    public static String ceJob(long seed, int i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        String owner = OWNERS[r.nextInt(OWNERS.length)];
        String vo = VOS[r.nextInt(VOS.length)];
        String schedd = SCHEDDS[r.nextInt(SCHEDDS.length)];
        int cluster = 100000 + i;
        long qdate = 1783284000L + r.nextInt(86400);
        int cpus = 1 << r.nextInt(4);
        int memory = 2048 * cpus;
        StringBuilder s = new StringBuilder(4096);
        line(s, "MyType", "\"Job\"");
        line(s, "TargetType", "\"Machine\"");
        line(s, "ClusterId", cluster);
        line(s, "ProcId", 0);
        line(s, "GlobalJobId", "\"" + schedd + "#" + cluster + ".0#" + qdate + "\"");
        line(s, "Owner", "\"" + owner + "\"");
        line(s, "User", "\"" + owner + "@" + schedd + "\"");
        line(s, "x509UserProxyVOName", "\"" + vo + "\"");
        line(s, "x509userproxysubject", "\"/DC=org/DC=cilogon/C=US/O=" + vo + "/CN=" + owner + "\"");
        line(s, "x509userproxy", "\"/var/lib/condor-ce/spool/" + cluster + "/0/cluster" + cluster + ".proc0.subproc0/x509up\"");
        line(s, "Queue", "\"" + QUEUES[r.nextInt(QUEUES.length)] + "\"");
        line(s, "RoutedJob", "false");
        line(s, "JobUniverse", 5);
        line(s, "JobStatus", 1);
        line(s, "JobPrio", 0);
        line(s, "QDate", qdate);
        line(s, "EnteredCurrentStatus", qdate);
        line(s, "JobCurrentStartDate", "undefined");
        line(s, "RequestCpus", cpus);
        line(s, "RequestMemory", memory);
        line(s, "RequestDisk", 1048576 * cpus);
        line(s, "xcount", cpus);
        line(s, "maxMemory", memory);
        line(s, "maxWallTime", 60 * (1 + r.nextInt(48)));
        line(s, "BatchRuntime", 3600 * (1 + r.nextInt(48)));
        line(s, "DiskUsage", 1 + r.nextInt(100000));
        line(s, "ImageSize", 1 + r.nextInt(100000));
        line(s, "NumJobStarts", 0);
        line(s, "NumShadowStarts", 0);
        line(s, "NumRestarts", 0);
        line(s, "NumCkpts", 0);
        line(s, "ExitStatus", 0);
        line(s, "CompletionDate", 0);
        line(s, "LocalUserCpu", 0.0);
        line(s, "LocalSysCpu", 0.0);
        line(s, "RemoteUserCpu", 0.0);
        line(s, "RemoteSysCpu", 0.0);
        line(s, "RemoteWallClockTime", 0.0);
        line(s, "CumulativeSlotTime", 0);
        line(s, "CommittedTime", 0);
        line(s, "TotalSuspensions", 0);
        line(s, "CoreSize", 0);
        line(s, "BufferSize", 524288);
        line(s, "BufferBlockSize", 32768);
        line(s, "Cmd", "\"/var/lib/condor-ce/spool/" + cluster + "/0/cluster" + cluster + ".proc0.subproc0/glidein_startup.sh\"");
        line(s, "Arguments", "\"-v std -name gfactory_instance -entry " + vo + "_entry -clientname " + vo + "-frontend\"");
        line(s, "Iwd", "\"/var/lib/condor-ce/spool/" + cluster + "/0/cluster" + cluster + ".proc0.subproc0\"");
        line(s, "Out", "\"_condor_stdout\"");
        line(s, "Err", "\"_condor_stderr\"");
        line(s, "In", "\"/dev/null\"");
        line(s, "UserLog", "\"/var/log/condor-ce/user/" + owner + ".log\"");
        line(s, "ShouldTransferFiles", "\"YES\"");
        line(s, "WhenToTransferOutput", "\"ON_EXIT\"");
        line(s, "TransferOutput", "\"\"");
        line(s, "TransferIn", "false");
        line(s, "TransferExecutable", "true");
        line(s, "StreamOut", "false");
        line(s, "StreamErr", "false");
        line(s, "LeaveJobInQueue", "JobStatus == 4 && (CompletionDate =?= UNDEFINED || CompletionDate == 0 || "
                + "((time() - CompletionDate) < 864000))");
        line(s, "PeriodicRemove", "false");
        line(s, "PeriodicHold", "false");
        line(s, "PeriodicRelease", "false");
        line(s, "OnExitRemove", "true");
        line(s, "OnExitHold", "false");
        line(s, "Requirements", "true");
        line(s, "Rank", 0.0);
        line(s, "WantClaiming", "false");
        line(s, "NiceUser", "false");
        line(s, "Environment", "\"CONDORCE_COLLECTOR_HOST=" + schedd + ":9619\"");
        line(s, "SUBMIT_x509userproxy", "\"/tmp/x509up_u" + (1000 + r.nextInt(50)) + "\"");
        line(s, "RootDir", "\"/\"");
        line(s, "MinHosts", 1);
        line(s, "MaxHosts", 1);
        line(s, "CurrentHosts", 0);
        line(s, "WantCheckpoint", "false");
        line(s, "WantRemoteSyscalls", "false");
        line(s, "WantRemoteIO", "true");
        line(s, "JobNotification", 0);
        line(s, "KillSig", "\"SIGTERM\"");
        line(s, "ClusterName", "\"" + vo + "-pool\"");
        line(s, "CondorVersion", "\"$CondorVersion: 25.0.1 2025-06-01 BuildID: 800000 $\"");
        line(s, "CondorPlatform", "\"$CondorPlatform: x86_64_AlmaLinux9 $\"");
        line(s, "osg_environment", "\"\"");
        line(s, "RoutedToJobId", "undefined");
        return s.toString();
    }

    private static void line(StringBuilder s, String name, Object value) {
        s.append(name).append(" = ").append(value).append('\n');
    }
}
