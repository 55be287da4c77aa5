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
import org.jclassad.transform.tool.TransformTool;

/**
 * Runs one recorded case through jclassad's {@code condor_job_router_info} or
 * {@code condor_transform_ads} the way the recording ran the real tool: the tool's configuration
 * is {@link #configText} (the minimal tool config's {@code CONDOR_HOST}, the host name, the case's config text), files get the
 * recording's fixed names in a fresh directory, and stdout is captured as bytes. Every
 * conformance test over a recorded corpus goes through here.
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
    static String configText(String caseConfig) {
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
    private static Configuration readConfig(Path dir, String configText) throws IOException {
        Files.write(dir.resolve("condor_config"), configText.getBytes(StandardCharsets.ISO_8859_1));
        return Configuration.load(List.of(dir.resolve("condor_config")));
    }

    /**
     * A recorded {@code op:"transform"} case: its {@code rules} and {@code extra_rules} as rules
     * files (none with {@code "mode": "config"}), {@code in}, {@code in2}, {@code args},
     * {@code config} and {@code env}.
     */
    @SuppressWarnings("unchecked")
    public static Outcome transformCase(Map<String, Object> c) throws IOException {
        List<String> rules = new ArrayList<>();
        if (!"config".equals(c.get("mode"))) {
            rules.add(c.get("rules") == null ? "" : (String) c.get("rules"));
            rules.addAll(strings(c.get("extra_rules")));
        }
        Map<String, String> env = new java.util.LinkedHashMap<>();
        if (c.get("env") != null) {
            ((Map<String, Object>) c.get("env")).forEach((k, v) -> env.put(k, String.valueOf(v)));
        }
        return transform(rules, (String) c.get("in"), (String) c.get("in2"), strings(c.get("args")),
                (String) c.get("config"), env);
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

    /**
     * {@code condor_transform_ads -rules rules.xform [-rules rules2.xform ...] -in in.ads [-in in2.ads] ARGS -compat}
     * in a fresh directory; no rules files when {@code rules} is empty (config mode).
     */
    public static Outcome transform(List<String> rules, String in, String in2, List<String> extraArgs, String config,
            Map<String, String> env) throws IOException {
        Path tmp = Files.createTempDirectory("xform-case");
        try {
            List<String> args = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                String name = i == 0 ? "rules.xform" : "rules" + (i + 1) + ".xform";
                write(tmp.resolve(name), rules.get(i));
                args.add("-rules");
                args.add(name);
            }
            write(tmp.resolve("in.ads"), in);
            args.add("-in");
            args.add("in.ads");
            if (in2 != null) {
                write(tmp.resolve("in2.ads"), in2);
                args.add("-in");
                args.add("in2.ads");
            }
            args.addAll(extraArgs);
            args.add("-compat");
            return transformTool(tmp, env, configText(config), args);
        } finally {
            deleteTree(tmp);
        }
    }

    /**
     * {@code condor_transform_ads -convertoldroutes[:options]} with {@code config} as the tool's
     * config ({@code mode} "config"), or {@code -convertoldroutes:file routes.conf} with it as
     * that file ({@code mode} "file").
     */
    public static Outcome convert(String config, String mode, Object options) throws IOException {
        Path tmp = Files.createTempDirectory("convert-case");
        try {
            List<String> args = new ArrayList<>();
            String toolConfig;
            if (mode.equals("file")) {
                write(tmp.resolve("routes.conf"), config);
                args.add("-convertoldroutes:file");
                args.add("routes.conf");
                toolConfig = configText(null);
            } else {
                args.add("-convertoldroutes" + (options == null ? "" : ":" + options));
                toolConfig = configText(config);
            }
            args.add("-compat");
            return transformTool(tmp, Map.of(), toolConfig, args);
        } finally {
            deleteTree(tmp);
        }
    }

    /** The tool reading its config first: a refused config ends it with exit 1 and nothing on stdout. */
    private static Outcome transformTool(Path dir, Map<String, String> env, String configText, List<String> args)
            throws IOException {
        Configuration cfg;
        try {
            cfg = readConfig(dir, configText);
        } catch (ConfigurationException refused) {
            return new Outcome(1, "", refused.getMessage() + "\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new TransformTool(dir, env, cfg, new ByteArrayInputStream(new byte[0]), out, err).run(args);
        return new Outcome(exit, text(out), text(err));
    }

    private static String text(ByteArrayOutputStream bytes) {
        return org.jclassad.value.Value.fromByteString(bytes.toString(StandardCharsets.ISO_8859_1));
    }

    private static void write(Path file, String javaText) throws IOException {
        Files.write(file, Corpus.bytes(javaText == null ? "" : javaText).getBytes(StandardCharsets.ISO_8859_1));
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
