package org.jclassad.transform.conformance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jclassad.transform.config.Configuration;
import org.jclassad.transform.config.ConfigurationException;
import org.jclassad.transform.router.ConfigLayer;
import org.jclassad.transform.router.ReportRun;

/**
 * Runs one recorded case through jclassad's {@code condor_job_router_info} the way the recording
 * ran the real tool (the cli's tests run {@code condor_transform_ads} cases likewise): the tool's configuration
 * is {@link #configText} (the minimal tool config's {@code CONDOR_HOST}, the host name, the case's config text), files get the
 * recording's fixed names in a fresh directory, and stdout is captured as bytes.
 */
public final class ToolRun {
    private ToolRun() {
    }

    /** What a tool run gave: the exit code and the two streams (Java text of the byte strings). */
    public record Outcome(int exit, String stdout, String stderr) {
    }

    /**
     * The config text the recorded tool read (a byte string): what matters of the minimal tool
     * config ({@code CONDOR_HOST = localhost}, so {@code $(COLLECTOR_HOST)} is localhost), the host
     * name, then the case's config from line 3 on, as in the recordings.
     */
    public static String configText(String caseConfig) {
        return "CONDOR_HOST = localhost\nNETWORK_HOSTNAME = ce.example.org\n"
                + (caseConfig == null ? "" : Corpus.bytes(caseConfig));
    }

    /**
     * {@code condor_job_router_info ARGS} with {@code config} and the job ads on stdin (pass
     * {@code -jobads -}). A configuration HTCondor refuses ends the run with exit 1 and HTCondor's
     * message on stderr, as the real tool does before it reads any argument.
     */
    public static Outcome route(String config, String jobads, List<String> args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, false, StandardCharsets.ISO_8859_1);
        PrintStream e = new PrintStream(err, false, StandardCharsets.ISO_8859_1);
        Path tmp = Files.createTempDirectory("route-case");
        try {
            write(tmp.resolve("jobs.ads"), jobads);
            ConfigLayer layer;
            try {
                layer = new ConfigLayer(readConfig(tmp, configText(config)));
            } catch (ConfigurationException refused) {
                return new Outcome(1, "", refused.getMessage() + "\n");
            }
            int rc = ReportRun.run(layer, args,
                    Corpus.bytes(jobads == null ? "" : jobads).getBytes(StandardCharsets.ISO_8859_1), o, e);
            o.flush();
            e.flush();
            return new Outcome(rc, text(out), text(err));
        } finally {
            deleteTree(tmp);
        }
    }

    /**
     * The tool's configuration as the recordings had it: the file {@code condor_config} in the
     * run's directory, so that relative includes (of itself, of {@code jobs.ads}) find what the
     * real tool found.
     */
    public static Configuration readConfig(Path dir, String configText) throws IOException {
        Files.write(dir.resolve("condor_config"), configText.getBytes(StandardCharsets.ISO_8859_1));
        return Configuration.load(List.of(dir.resolve("condor_config")));
    }

    /** A JSON list of strings as a list ({@code null}: empty). */
    @SuppressWarnings("unchecked")
    public static List<String> strings(Object list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            for (Object o : (List<Object>) list) {
                out.add((String) o);
            }
        }
        return out;
    }

    /** Captured bytes as the Java text of their byte string. */
    public static String text(ByteArrayOutputStream bytes) {
        return org.jclassad.value.Value.fromByteString(bytes.toString(StandardCharsets.ISO_8859_1));
    }

    /** Writes a case's Java text to {@code file} as the bytes the tool reads. */
    public static void write(Path file, String javaText) throws IOException {
        Files.write(file, Corpus.bytes(javaText == null ? "" : javaText).getBytes(StandardCharsets.ISO_8859_1));
    }

    public static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
