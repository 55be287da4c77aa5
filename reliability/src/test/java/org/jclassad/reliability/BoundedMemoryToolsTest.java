package org.jclassad.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jclassad.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jclassad transform} streams: 200,000 generated CE job ads (about 120 MB of long form)
 * go through a 6-statement rules file in a child JVM limited to a 64 MB heap, fed through a pipe
 * and read back through one, so neither side can hold the ads. Every ad comes out, transformed, in
 * order. (The tool held every ad before it streamed: 7 GB for a million.)
 */
class BoundedMemoryToolsTest {
    static final int JOBS = 200_000;

    static final String RULES = String.join("\n",
            "DEFAULT RequestMemory 2048",
            "EVALSET OriginalCpus RequestCpus",
            "SET Queue \"$(MY.Owner)_queue\"",
            "EVALSET MemoryPerCpu RequestMemory / RequestCpus",
            "RENAME x509UserProxyVOName VO",
            "DELETE Environment",
            "");

    /** A CE-style job of ~30 attributes, unique per {@code i}. */
    static void job(StringBuilder b, int i) {
        String owner = "user" + (i % 97);
        int cluster = 100000 + i;
        b.append("MyType = \"Job\"\nClusterId = ").append(cluster).append("\nProcId = 0\n");
        b.append("GlobalJobId = \"ce1.example.edu#").append(cluster).append(".0#").append(1783284000 + i).append("\"\n");
        b.append("Owner = \"").append(owner).append("\"\nUser = \"").append(owner).append("@ce1.example.edu\"\n");
        b.append("x509UserProxyVOName = \"").append(i % 3 == 0 ? "cms" : "atlas").append("\"\n");
        b.append("x509userproxy = \"/var/lib/condor-ce/spool/").append(cluster).append("/0/x509up\"\n");
        b.append("JobUniverse = 5\nJobStatus = 1\nJobPrio = 0\nQDate = ").append(1783284000 + i).append('\n');
        b.append("RequestCpus = ").append(1 << (i % 4)).append('\n');
        if (i % 2 == 0) {
            b.append("RequestMemory = ").append(1024 * (1 + i % 8)).append('\n');
        }
        b.append("RequestDisk = 1048576\nCmd = \"/home/").append(owner).append("/run.sh\"\n");
        b.append("Arguments = \"-n ").append(i).append("\"\nIwd = \"/home/").append(owner).append("/work/")
                .append(i).append("\"\n");
        b.append("Environment = \"HOME=/home/").append(owner).append(" SEED=").append(i).append("\"\n");
        b.append("Requirements = (TARGET.Arch == \"X86_64\") && (TARGET.Memory >= RequestMemory) && ")
                .append("(TARGET.Cpus >= RequestCpus) && (TARGET.HasFileTransfer)\n");
        b.append("PeriodicRemove = (JobStatus == 5 && (time() - EnteredCurrentStatus) > 3600 * 24)\n");
        b.append("OnExitRemove = true\nLeaveJobInQueue = false\nNiceUser = false\nWantRemoteIO = true\n");
        b.append("ShouldTransferFiles = \"YES\"\nWhenToTransferOutput = \"ON_EXIT\"\n");
        b.append("TransferInput = \"input_").append(i).append(".dat\"\nMaxHosts = 1\nMinHosts = 1\n");
        b.append("CurrentHosts = 0\nRoutedJob = false\n\n");
    }

    @Test
    void transformStreamsTwoHundredThousandJobsInA64MegabyteHeap(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules.xform");
        Files.writeString(rules, RULES);
        Path stderr = dir.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "transform", "-rules", rules.toString(), "-in", "-", "-j", "2");
        pb.redirectError(stderr.toFile());
        Process p = pb.start();
        CompletableFuture<Void> feeder = CompletableFuture.runAsync(() -> {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.ISO_8859_1),
                    1 << 16)) {
                StringBuilder b = new StringBuilder(4096);
                for (int i = 0; i < JOBS; i++) {
                    b.setLength(0);
                    job(b, i);
                    w.write(b.toString());
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long ads = 0;
        long lastCluster = -1;
        boolean ordered = true;
        String lastAd = "";
        StringBuilder ad = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.ISO_8859_1), 1 << 16)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty()) {
                    ads++;
                    lastAd = ad.toString();
                    ad.setLength(0);
                    continue;
                }
                ad.append(line).append('\n');
                if (line.startsWith("ClusterId = ")) {
                    long c = Long.parseLong(line.substring(12));
                    ordered &= c == lastCluster + 1 || lastCluster < 0;
                    lastCluster = c;
                }
            }
        }
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the child finished");
        feeder.get(10, TimeUnit.SECONDS);
        String err = Files.readString(stderr);
        assertEquals(0, p.exitValue(), err);
        assertEquals(JOBS, ads, err);
        assertTrue(ordered, "output in input order");
        assertEquals(100000 + JOBS - 1, lastCluster);
        assertEquals("jclassad transform: " + JOBS + " ads read, " + JOBS + " written\n", err);
        List<String> expected = List.of("MemoryPerCpu = 256", "OriginalCpus = 8", "Queue = \"user82_queue\"",
                "VO = \"atlas\"", "RequestMemory = 2048");
        for (String e : expected) {
            assertTrue(lastAd.contains(e + "\n"), e + " in\n" + lastAd);
        }
        assertTrue(!lastAd.contains("Environment"), lastAd);
    }
}
