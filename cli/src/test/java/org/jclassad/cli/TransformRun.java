package org.jclassad.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jclassad.transform.conformance.ToolRun;
import org.jclassad.transform.config.Configuration;
import org.jclassad.transform.config.ConfigurationException;

/**
 * Runs a recorded {@code condor_transform_ads} case through {@link TransformTool} the way the
 * recording ran the real tool ({@link ToolRun} does the same for the router): the case's files
 * under their fixed names in a fresh directory, the tool config of {@link ToolRun#configText},
 * {@code -compat}, stdout captured as bytes.
 */
final class TransformRun {
    private TransformRun() {
    }

    /**
     * A recorded {@code op:"transform"} case: its {@code rules} and {@code extra_rules} as rules
     * files (none with {@code "mode": "config"}), {@code in}, {@code in2}, {@code args},
     * {@code config} and {@code env}.
     */
    @SuppressWarnings("unchecked")
    static ToolRun.Outcome transformCase(Map<String, Object> c) throws IOException {
        List<String> rules = new ArrayList<>();
        if (!"config".equals(c.get("mode"))) {
            rules.add(c.get("rules") == null ? "" : (String) c.get("rules"));
            rules.addAll(ToolRun.strings(c.get("extra_rules")));
        }
        Map<String, String> env = new LinkedHashMap<>();
        if (c.get("env") != null) {
            ((Map<String, Object>) c.get("env")).forEach((k, v) -> env.put(k, String.valueOf(v)));
        }
        return transform(rules, (String) c.get("in"), (String) c.get("in2"), ToolRun.strings(c.get("args")),
                (String) c.get("config"), env);
    }

    /**
     * {@code condor_transform_ads -rules rules.xform [-rules rules2.xform ...] -in in.ads [-in in2.ads] ARGS -compat}
     * in a fresh directory; no rules files when {@code rules} is empty (config mode).
     */
    static ToolRun.Outcome transform(List<String> rules, String in, String in2, List<String> extraArgs,
            String config, Map<String, String> env) throws IOException {
        Path tmp = Files.createTempDirectory("xform-case");
        try {
            List<String> args = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                String name = i == 0 ? "rules.xform" : "rules" + (i + 1) + ".xform";
                ToolRun.write(tmp.resolve(name), rules.get(i));
                args.add("-rules");
                args.add(name);
            }
            ToolRun.write(tmp.resolve("in.ads"), in);
            args.add("-in");
            args.add("in.ads");
            if (in2 != null) {
                ToolRun.write(tmp.resolve("in2.ads"), in2);
                args.add("-in");
                args.add("in2.ads");
            }
            args.addAll(extraArgs);
            args.add("-compat");
            return tool(tmp, env, ToolRun.configText(config), args);
        } finally {
            ToolRun.deleteTree(tmp);
        }
    }

    /**
     * {@code condor_transform_ads -convertoldroutes[:options]} with {@code config} as the tool's
     * config ({@code mode} "config"), or {@code -convertoldroutes:file routes.conf} with it as
     * that file ({@code mode} "file").
     */
    static ToolRun.Outcome convert(String config, String mode, Object options) throws IOException {
        Path tmp = Files.createTempDirectory("convert-case");
        try {
            List<String> args = new ArrayList<>();
            String toolConfig;
            if (mode.equals("file")) {
                ToolRun.write(tmp.resolve("routes.conf"), config);
                args.add("-convertoldroutes:file");
                args.add("routes.conf");
                toolConfig = ToolRun.configText(null);
            } else {
                args.add("-convertoldroutes" + (options == null ? "" : ":" + options));
                toolConfig = ToolRun.configText(config);
            }
            args.add("-compat");
            return tool(tmp, Map.of(), toolConfig, args);
        } finally {
            ToolRun.deleteTree(tmp);
        }
    }

    /** The tool reading its config first: a refused config ends it with exit 1 and nothing on stdout. */
    static ToolRun.Outcome tool(Path dir, Map<String, String> env, String configText, List<String> args)
            throws IOException {
        Configuration cfg;
        try {
            cfg = ToolRun.readConfig(dir, configText);
        } catch (ConfigurationException refused) {
            return new ToolRun.Outcome(1, "", refused.getMessage() + "\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new TransformTool(dir, env, cfg, new ByteArrayInputStream(new byte[0]), out, err).run(args);
        return new ToolRun.Outcome(exit, ToolRun.text(out), ToolRun.text(err));
    }
}
