package org.jclassad.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jclassad route} holds a bounded number of job ads: 200,000 generated CE jobs, streamed
 * through a pipe, are all routed (the preview, so no throttle stops the pass) by a separate JVM
 * whose heap is 64 MB, far less than the jobs take together. Nothing is timed.
 */
class RouteBoundedMemoryTest {
    private static final int JOBS = 200_000;

    private static final String ROUTES = """
            JOB_ROUTER_ROUTE_NAMES = Cms Atlas Other
            JOB_ROUTER_ROUTE_Cms @=rt
              UNIVERSE grid
              GridResource = "condor cms.example.org cms.example.org:9619"
              REQUIREMENTS regexp("^cms", Owner)
              SET Queue = "cms"
              EVALSET RequestMemory max({RequestMemory, 2000})
            @rt
            JOB_ROUTER_ROUTE_Atlas @=rt
              UNIVERSE vanilla
              REQUIREMENTS Owner == "atlas01"
              SET WantDocker true
            @rt
            JOB_ROUTER_ROUTE_Other @=rt
              UNIVERSE vanilla
              REQUIREMENTS true
              DELETE PeriodicRemove
            @rt
            """;

    /** One CE job ad in long format, about 25 attributes. */
    static String job(int i) {
        String owner = i % 3 == 0 ? "cms" + (i % 50) : i % 3 == 1 ? "atlas01" : "user" + (i % 1000);
        return "ClusterId = " + (1000 + i / 100) + "\nProcId = " + (i % 100) + "\nJobStatus = 1\nJobUniverse = 5\n"
                + "Owner = \"" + owner + "\"\nUser = \"" + owner + "@ce.example.org\"\nQDate = " + (1700000000 + i) + "\n"
                + "Cmd = \"/home/" + owner + "/run.sh\"\nArguments = \"-n " + i + "\"\n"
                + "Iwd = \"/var/lib/condor-ce/spool/" + i + "\"\nRequestCpus = 1\nRequestMemory = " + (1000 + i % 4000) + "\n"
                + "RequestDisk = 1048576\nRequirements = true\nShouldTransferFiles = \"YES\"\n"
                + "PeriodicRemove = (JobStatus == 5) && (time() - EnteredCurrentStatus > 86400)\n"
                + "GlobalJobId = \"ce.example.org#" + i + ".0#1700000000\"\nx509userproxysubject = \"/DC=org/CN=" + owner
                + "\"\nEnteredCurrentStatus = " + (1700000000 + i) + "\nNumJobStarts = 0\nMaxHosts = 1\nMinHosts = 1\n"
                + "JobPrio = " + (i % 10) + "\nLeaveJobInQueue = false\n\n";
    }

    @Test
    void twoHundredThousandJobsThroughA64MegabyteHeap(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("router.conf");
        Files.writeString(config, ROUTES, StandardCharsets.ISO_8859_1);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "org.jclassad.cli.Main", "route", config.toString(),
                "--preview", "-route-jobs", "-", "-jobads", "-", "-quiet"));
        pb.redirectError(dir.resolve("stderr.txt").toFile());
        Process p = pb.start();
        AtomicReference<IOException> feedFailure = new AtomicReference<>();
        Thread feeder = new Thread(() -> {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.ISO_8859_1),
                    1 << 16)) {
                for (int i = 0; i < JOBS; i++) {
                    w.write(job(i));
                }
            } catch (IOException e) {
                feedFailure.set(e);
            }
        });
        feeder.start();
        long submitted = 0;
        long routedBy = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.ISO_8859_1),
                1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("submit_job as ")) {
                    submitted++;
                } else if (line.startsWith("RoutedBy = ")) {
                    routedBy++;
                }
            }
        }
        int code = p.waitFor();
        feeder.join();
        String err = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.ISO_8859_1);
        assertEquals(0, code, "exit status; stderr:\n" + err.substring(0, Math.min(err.length(), 4000)));
        if (feedFailure.get() != null) {
            throw new UncheckedIOException(feedFailure.get());
        }
        assertEquals(JOBS, submitted, "every job routed");
        assertEquals(JOBS, routedBy, "every routed ad printed");
    }
}
