package org.jclassad.cli;

import static org.jclassad.cli.Cli.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jclassad docker-preview} on the OSG Docker example: the worker node's six volumes, HDFS
 * and SSSD only for CMS jobs, dropped capabilities, and the image allow-list, for the jobs that
 * {@code jclassad route} made Docker jobs.
 */
class DockerPreviewCommandTest {
    static final String STARTD = example("startd-docker.conf");
    static final String MACHINE = example("machine.ad");

    @TempDir
    static Path dir;
    static Path routed;

    @BeforeAll
    static void routeTheExampleJobs() {
        routed = dir.resolve("routed.ads");
        Cli.Run r = Cli.run("route", example("new-syntax-route.conf"), "-route-jobs", routed.toString(), "-jobads",
                example("ce-jobs.ads"));
        assertEquals(0, r.code(), r.err());
    }

    /** The report split per job ("Job c.p:" headers). */
    static Map<String, String> perJob(String out) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : out.split("(?m)^(?=Job \\S+:$)")) {
            if (part.isBlank()) {
                continue;
            }
            String id = part.substring(4, part.indexOf(":\n"));
            m.put(id, part);
        }
        return m;
    }

    @Test
    void hdfsAndSssdOnlyForTheCmsJob() {
        Cli.Run r = Cli.run("docker-preview", STARTD, MACHINE, routed.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, String> jobs = perJob(r.out());
        assertEquals(List.of("4711.0", "4712.0", "4713.0"), List.copyOf(jobs.keySet()), r.out());
        for (Map.Entry<String, String> e : jobs.entrySet()) {
            String report = e.getValue();
            boolean cms = e.getKey().equals("4712.0");
            assertEquals(cms, report.contains("--volume /mnt/hadoop:/mnt/hadoop:ro"), e.getKey() + "\n" + report);
            assertEquals(cms, report.contains("--volume /var/lib/sss/pipes/nss:/var/lib/sss/pipes/nss"), report);
            assertEquals(!cms, report.contains("DOCKER_VOLUME_DIR_HDFS_MOUNT_IF (TARGET.x509UserProxyVOName =?= \"cms\")"
                    + " is not true for this job"), report);
            for (String always : new String[] {"/cvmfs:/cvmfs:ro", "/etc/cvmfs:/etc/cvmfs:ro",
                    "/etc/grid-security:/etc/grid-security:ro", "/etc/nsswitch.conf:/etc/nsswitch.conf:ro"}) {
                assertTrue(report.contains("--volume " + always), always + " is mounted read-only for every job\n" + report);
            }
            assertTrue(report.contains("  HasDockerVolumeHDFS = true\n"), report);
        }
    }

    @Test
    void capabilitiesAreDroppedAndPrivilegesNotRaised() {
        Cli.Run r = Cli.run("docker-preview", STARTD, MACHINE, routed.toString());
        for (String report : perJob(r.out()).values()) {
            assertTrue(report.contains("--cap-drop=all"), report);
            assertTrue(report.contains("--security-opt no-new-privileges"), report);
        }
    }

    @Test
    void imagesAreCheckedAgainstTheAllowList(@TempDir Path tmp) throws Exception {
        Cli.Run r = Cli.run("docker-preview", STARTD, MACHINE, routed.toString());
        Map<String, String> jobs = perJob(r.out());
        assertTrue(jobs.get("4711.0").contains("Image: unlhcc/osg-wn-el6\nImage allowed: yes"), jobs.get("4711.0"));
        assertTrue(jobs.get("4712.0").contains("Image: cmssw/slc6:latest\nImage allowed: yes"), jobs.get("4712.0"));

        Path other = tmp.resolve("other.ads");
        Files.writeString(other, "ClusterId = 9\nProcId = 0\nDockerImage = \"evil/miner:latest\"\n"
                + "x509UserProxyVOName = \"cms\"\n\nClusterId = 9\nProcId = 1\n", StandardCharsets.ISO_8859_1);
        Cli.Run o = Cli.run("docker-preview", STARTD, MACHINE, other.toString());
        assertEquals(0, o.code(), o.err());
        Map<String, String> reports = perJob(o.out());
        assertTrue(reports.get("9.0").contains("Image: evil/miner:latest\nImage allowed: NO (DOCKER_IMAGE_ALLOW_LIST"),
                reports.get("9.0"));
        assertTrue(reports.get("9.1").contains("Image: (none)\nImage allowed: NO (the job has no DockerImage"),
                reports.get("9.1"));
    }

    @Test
    void withoutDropAllCapabilitiesNoCapDrop(@TempDir Path tmp) throws Exception {
        Path conf = tmp.resolve("startd.conf");
        Files.writeString(conf, Files.readString(Path.of(STARTD), StandardCharsets.ISO_8859_1)
                + "DOCKER_DROP_ALL_CAPABILITIES = false\n", StandardCharsets.ISO_8859_1);
        Cli.Run r = Cli.run("docker-preview", conf.toString(), MACHINE, routed.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("--cap-drop"), r.out());
    }

    @Test
    void noJobAdIsAnError(@TempDir Path tmp) throws Exception {
        Path empty = tmp.resolve("empty.ads");
        Files.writeString(empty, "");
        Cli.Run r = Cli.run("docker-preview", STARTD, MACHINE, empty.toString());
        assertEquals(1, r.code());
        assertEquals(empty + ": no job ads\n", r.err());
    }
}
