package org.jclassad.transform.tool;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Literal;
import org.jclassad.io.ClassAds;
import org.jclassad.transform.config.Configuration;
import org.jclassad.transform.config.LineReader;
import org.jclassad.transform.config.MacroContext;
import org.jclassad.transform.config.MacroExpansionException;
import org.jclassad.transform.config.MacroParser;
import org.jclassad.transform.config.MacroSet;
import org.jclassad.transform.xform.OldRouteConverter;
import org.jclassad.transform.xform.Step;
import org.jclassad.transform.xform.Transform;
import org.jclassad.transform.xform.TransformEngine;
import org.jclassad.transform.xform.TransformListener;
import org.jclassad.transform.xform.TransformLoadException;
import org.jclassad.transform.xform.TransformResult;
import org.jclassad.transform.xform.Transformer;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.StringValue;

/**
 * {@code jclassad transform}: {@code condor_transform_ads} with the same arguments and output.
 * Differences from HTCondor 25.x (see docs/deviations-transform.md) are switched back to
 * HTCondor's behaviour by {@code -compat}: exit status 1 on success and the status of the last
 * input only, and the {@code -verbose} step trace on stdout.
 */
public final class TransformTool {
    private final Path cwd;
    private final Map<String, String> env;
    private final Configuration config;
    private final InputStream stdin;
    private final OutputStream stdoutStream;
    private final OutputStream stderrStream;

    private boolean verbose;
    private boolean compat;
    private boolean nosort;
    private AdFormat outFormat;
    private String outName;
    private byte[] stdinBytes;

    public TransformTool(Path cwd, Map<String, String> env, Configuration config, InputStream stdin, OutputStream out,
            OutputStream err) {
        this.cwd = cwd;
        this.env = env;
        this.config = config;
        this.stdin = stdin;
        this.stdoutStream = out;
        this.stderrStream = err;
    }

    private void write(OutputStream o, String byteString) {
        try {
            o.write(byteString.getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void err(String s) {
        write(stderrStream, s);
    }

    private record Input(String name, AdFormat format) {
    }

    private static boolean dashArg(String arg, String word, int min) {
        return dashArgColon(arg, word, min) && arg.indexOf(':') < 0;
    }

    private static boolean dashArgColon(String arg, String word, int min) {
        if (!arg.startsWith("-")) {
            return false;
        }
        String a = arg.startsWith("--") ? arg.substring(2) : arg.substring(1);
        int colon = a.indexOf(':');
        if (colon >= 0) {
            a = a.substring(0, colon);
        }
        return a.length() >= min && a.length() <= word.length() && word.startsWith(a);
    }

    private static String colonPart(String arg) {
        int c = arg.indexOf(':');
        return c < 0 ? null : arg.substring(c + 1);
    }

    private byte[] stdin() throws IOException {
        if (stdinBytes == null) {
            stdinBytes = stdin == null ? new byte[0] : stdin.readAllBytes();
        }
        return stdinBytes;
    }

    private String readFile(String name) throws IOException {
        if (name.equals("-")) {
            return new String(stdin(), StandardCharsets.ISO_8859_1);
        }
        return new String(Files.readAllBytes(cwd.resolve(name)), StandardCharsets.ISO_8859_1);
    }

    /** Runs with {@code args}; returns the exit status. */
    public int run(List<String> args) {
        try {
            return runChecked(args);
        } catch (IOException | MacroExpansionException e) {
            err("ERROR: " + e.getMessage() + "\n");
            return 1;
        }
    }

    private int usage(OutputStream o, int code) {
        write(o, "Usage: jclassad transform [transforms] [options] [<key>=<value>] <infile> [<infile>]\n"
                + "    Read ClassAd(s) from <infile> and transform them (condor_transform_ads compatible).\n\n"
                + "    [transforms] are one or more of\n"
                + "\t-rules <rules-file>          Read transform rules from <rules-file>\n"
                + "\t-jobtransforms <xform-names> Apply the JOB_TRANSFORM_* transforms listed in <xform-names>\n"
                + "\t-jobroute <route-name>       Apply the JOB_ROUTER_ROUTE_* transform listed in <route-name>\n"
                + "\n    [options] are\n"
                + "\t-help [rules | convert]\n"
                + "\t-out[:<form>,nosort] <outfile>  long (default), json, jsonl, xml, new, newl, auto\n"
                + "\t-in[:<form>] <infile>\n"
                + "\t-long | -json | -xml          default input format\n"
                + "\t-verbose | -terse             step trace on or off (trace goes to stderr)\n"
                + "\t-convertoldroutes[:N]         print JOB_ROUTER_ENTRIES converted to transforms\n"
                + "\t-convertoldroutes:file <f>    convert the routes of a config summary file\n"
                + "\t-compat                       HTCondor 25.x exit codes and trace on stdout\n"
                + "\n    <key>=<value> defines a macro before the rules are read; +<attr>=<value> defines MY.<attr>.\n"
                + "    The configuration is read from the file named by CONDOR_CONFIG when set.\n");
        return code;
    }

    private int runChecked(List<String> args) throws IOException {
        AdFormat defaultIn = null;
        List<Input> inputs = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        LinkedHashMap<String, String> keys = new LinkedHashMap<>();
        int convert = 0;
        String convertFile = null;
        if (args.isEmpty()) {
            return usage(stderrStream, 1);
        }
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String next = i + 1 < args.size() ? args.get(i + 1) : null;
            if (a.startsWith("-")) {
                if (a.equals("-")) {
                    inputs.add(new Input(a, defaultIn));
                } else if (dashArg(a, "verbose", 1)) {
                    verbose = true;
                } else if (dashArg(a, "terse", 3)) {
                    verbose = false;
                } else if (dashArg(a, "compat", 4)) {
                    compat = true;
                } else if (dashArgColon(a, "debug", 2)) {
                    continue;
                } else if (dashArg(a, "rules", 1)) {
                    if (next == null || (next.startsWith("-") && !next.equals("-"))) {
                        err("jclassad transform: -rules requires another argument\n");
                        return 1;
                    }
                    rules.add(next);
                    i++;
                } else if (dashArg(a, "jobtransforms", 4)) {
                    if (next == null || next.startsWith("-")) {
                        err("jclassad transform: -jobtransforms requires another argument\n");
                        return 1;
                    }
                    rules.add("config://JOB_TRANSFORM_%s/" + next);
                    i++;
                } else if (dashArg(a, "jobroute", 4)) {
                    if (next == null || next.startsWith("-")) {
                        err("jclassad transform: -jobroute requires another argument\n");
                        return 1;
                    }
                    rules.add("config://JOB_ROUTER_ROUTE_%s/" + next);
                    i++;
                } else if (dashArgColon(a, "in", 1)) {
                    if (next == null || (next.startsWith("-") && !next.equals("-"))) {
                        err("jclassad transform: -in requires another argument\n");
                        return 1;
                    }
                    String c = colonPart(a);
                    inputs.add(new Input(next, c == null ? defaultIn : AdFormat.parse(c, defaultIn)));
                    i++;
                } else if (dashArgColon(a, "out", 1)) {
                    if (next == null || (next.startsWith("-") && !next.equals("-"))) {
                        err("jclassad transform: -out requires another argument\n");
                        return 1;
                    }
                    outName = next;
                    String c = colonPart(a);
                    if (c != null) {
                        for (String opt : c.split(",")) {
                            if (opt.equals("nosort")) {
                                nosort = true;
                            } else if (!opt.isEmpty()) {
                                outFormat = AdFormat.parse(opt, outFormat);
                            }
                        }
                    }
                    i++;
                } else if (dashArg(a, "long", 1) || dashArg(a, "json", 2) || dashArg(a, "xml", 3)) {
                    defaultIn = dashArg(a, "json", 2) ? AdFormat.JSON : dashArg(a, "xml", 3) ? AdFormat.XML
                            : AdFormat.LONG;
                    for (int k = 0; k < inputs.size(); k++) {
                        if (inputs.get(k).format() == null) {
                            inputs.set(k, new Input(inputs.get(k).name(), defaultIn));
                        }
                    }
                } else if (dashArg(a, "help", 1)) {
                    if ("rules".equals(next)) {
                        write(stdoutStream, RULES_HELP);
                        return 0;
                    }
                    return usage(stdoutStream, 0);
                } else if (dashArgColon(a, "convertoldroutes", 4)) {
                    String c = colonPart(a);
                    convert = 1;
                    if (c != null) {
                        if (c.matches("\\d+") && Integer.parseInt(c) != 0) {
                            convert = Integer.parseInt(c);
                        } else if ("file".startsWith(c) && !c.isEmpty()) {
                            if (next == null || (next.startsWith("-") && !next.equals("-"))) {
                                err("jclassad transform: " + a + " requires another argument\n");
                                return 1;
                            }
                            convertFile = next;
                            i++;
                        } else {
                            err("jclassad transform: " + a + " unknown option\n");
                            return 1;
                        }
                    }
                } else {
                    return usage(stderrStream, 1);
                }
            } else if (a.indexOf('=') >= 0) {
                int eq = a.indexOf('=');
                String name = a.substring(0, eq).strip();
                String value = a.substring(eq + 1).strip();
                if (name.startsWith("+")) {
                    name = "MY." + name.substring(1);
                }
                if (name.isEmpty() || !MacroParser.isValidName(name)) {
                    err("jclassad transform: invalid attribute name '" + a.substring(0, eq).strip()
                            + "' for attrib=value assigment\n");
                    return 1;
                }
                keys.put(name, value);
            } else {
                inputs.add(new Input(a, defaultIn));
            }
        }
        if (convert != 0) {
            return convertOldRoutes(convert, convertFile);
        }
        if (rules.isEmpty()) {
            err("ERROR : no transform rules specified.\n");
            usage(stderrStream, 1);
            return 1;
        }
        List<Transform> transforms = new ArrayList<>();
        Integer setup = loadRules(rules, transforms);
        if (setup != null) {
            return setup;
        }
        if (transforms.isEmpty()) {
            err("ERROR : the transform rules have no transform statements.\n");
            return 1;
        }
        if (inputs.isEmpty()) {
            err("Warning: no input file specified - nothing to transform.\n");
            return 1;
        }
        Transformer.Builder tb = Transformer.builder().config(config).env(env).cwd(cwd);
        transforms.forEach(tb::add);
        keys.forEach(tb::argument);
        Transformer tx = tb.build();
        return transformInputs(tx, inputs);
    }

    /** Loads every {@code -rules}/{@code -jobtransforms}/{@code -jobroute}; a setup exit status, or {@code null}. */
    private Integer loadRules(List<String> rules, List<Transform> transforms) throws IOException {
        MacroSet rulesHash = new MacroSet();
        MacroContext rulesCtx = MacroContext.builder().subsys("XFORM").config(config).env(env).cwd(cwd).build();
        boolean iterating = false;
        for (String r : rules) {
            if (iterating) {
                err("Error at " + r + ". Previous transform was an iterating transform\n");
                return 1;
            }
            List<Transform> added = new ArrayList<>();
            if (r.startsWith("config://")) {
                String spec = r.substring(9);
                int slash = spec.indexOf('/');
                String pattern = slash < 0 ? spec : spec.substring(0, slash);
                String list = slash < 0 ? "" : spec.substring(slash + 1);
                List<String> names = new ArrayList<>();
                for (String n : list.split("[, \t]+")) {
                    if (!n.isEmpty()) {
                        names.add(n);
                    }
                }
                if (names.isEmpty()) {
                    names.add("_");
                }
                for (String n : names) {
                    String knob = pattern.replace("%s", n);
                    String raw = rulesCtx.lookup(knob, rulesHash);
                    if (raw == null) {
                        continue;
                    }
                    try {
                        Transform t;
                        if (LineReader.trim(raw).startsWith("[")) {
                            String text = config.isDefined(knob) ? config.expanded(knob)
                                    : org.jclassad.transform.config.MacroExpander.expand(raw, rulesHash, rulesCtx);
                            t = OldRouteConverter.convertOne(n, text, 0);
                        } else {
                            t = Transform.fromConfigText(n, raw);
                        }
                        added.add(t);
                    } catch (TransformLoadException | IllegalArgumentException e) {
                        err(knob + " invalid transform text, ignoring. " + e.getMessage() + "\n");
                    }
                }
            } else {
                String text;
                try {
                    text = readFile(r);
                } catch (IOException e) {
                    err("Can't open rules file: " + r + "\n");
                    return compat ? 255 : 1;
                }
                try {
                    added.add(Transform.fromRulesText(r.equals("-") ? "<stdin>" : r, text));
                } catch (TransformLoadException e) {
                    err("ERROR reading transform rules from " + r + " : " + e.getMessage() + "\n");
                    return compat ? 255 : 1;
                }
            }
            for (Transform t : added) {
                if (t.iterates()) {
                    iterating = true;
                    transforms.add(t);
                    continue;
                }
                TransformEngine.Validation v = TransformEngine.validate(t, rulesHash, rulesCtx);
                if (!v.outcome().ok()) {
                    err("Invalid rules file " + t.name() + " : " + v.outcome().message() + "\n");
                }
                // a file that only defines knobs feeds later -jobtransforms/-jobroute; one that fails
                // validation before its first statement is still a transform (HTCondor crashes here)
                if (v.statements() > 0 || !v.outcome().ok()) {
                    transforms.add(t);
                }
            }
        }
        return null;
    }

    private int transformInputs(Transformer tx, List<Input> inputs) throws IOException {
        OutputStream out = stdoutStream;
        ByteArrayOutputStream fileOut = null;
        if (outName != null && !outName.equals("-")) {
            fileOut = new ByteArrayOutputStream();
            out = fileOut;
        }
        AdFormat format = outFormat == null ? AdFormat.LONG : outFormat;
        boolean headerDone = false;
        int printed = 0;
        int lastStatus = 0;
        boolean anyFailure = false;
        final OutputStream traceOut = compat ? out : stderrStream;
        for (Input in : inputs) {
            if (verbose) {
                err("# Applying transforms to ads from " + in.name() + "\n");
            }
            String text;
            try {
                text = readFile(in.name());
            } catch (IOException e) {
                err("Can't open file of ClassAds: " + in.name() + "\n");
                lastStatus = 0;
                anyFailure = true;
                continue;
            }
            AdFormat inFormat = in.format() == null ? AdFormat.AUTO : in.format();
            AdFormat.ReadResult read = inFormat.read(text);
            if (format == AdFormat.AUTO) {
                AdFormat detected = inFormat == AdFormat.AUTO ? AdFormat.detect(text) : inFormat;
                format = detected;
            }
            if (!headerDone) {
                write(out, format.header());
                headerDone = true;
            }
            int status = 0;
            int number = 0;
            for (ClassAd ad : read.ads()) {
                number++;
                if (verbose) {
                    err("#   " + identity(ad, number) + "\n");
                }
                final OutputStream o = out;
                final AdFormat f = format;
                final int[] count = {printed};
                TransformResult r = tx.apply(ad, new TransformListener() {
                    @Override
                    public void transformStart(Transform transform, boolean applies) {
                        if (verbose) {
                            err("#   Transform " + transform.name() + " " + (applies ? "" : "Skipped") + "\n");
                        }
                    }

                    @Override
                    public void step(Step step) {
                        if (verbose) {
                            write(traceOut, step.trace());
                        }
                    }

                    @Override
                    public void error(String line) {
                        err(line);
                    }

                    @Override
                    public void macroError(String message, String place) {
                        // HTCondor names its own source line here; the rules file's line says more
                        err("ERROR \"" + message + "\"" + (place.isEmpty() ? "" : " at " + place) + "\n");
                    }
                }, outAd -> {
                    String s = f.write(outAd, nosort);
                    if (!s.isEmpty()) {
                        if (count[0] > 0) {
                            write(o, f.separator());
                        }
                        write(o, s);
                        count[0]++;
                    }
                });
                printed = count[0];
                if (r.failed()) {
                    if (!compat && r.failure() != null && !r.failure().isBlank()) {
                        err("ERROR: " + r.failure().strip() + "\n");
                    }
                    err("Transform of ad  failed!\n");
                    status = -1;
                    anyFailure = true;
                    break;
                }
                status = 1;
            }
            if (read.error() != null) {
                if (!compat) {
                    err("ERROR: cannot read " + in.name() + ": " + read.error() + "\n");
                    anyFailure = true;
                }
            }
            lastStatus = status;
        }
        if (!headerDone) {
            write(out, format.header());
        }
        write(out, format.footer(printed > 0));
        if (fileOut != null) {
            Files.write(cwd.resolve(outName), fileOut.toByteArray());
        }
        if (compat) {
            return lastStatus < 0 ? 255 : lastStatus;
        }
        return anyFailure ? 1 : 0;
    }

    private static String identity(ClassAd ad, int number) {
        Expr name = ad.lookup("Name");
        if (name instanceof Literal l && l.value() instanceof StringValue s) {
            return s.bytes();
        }
        Expr c = ad.lookup("ClusterId");
        Expr p = ad.lookup("ProcId");
        if (c instanceof Literal lc && lc.value() instanceof IntegerValue ci && p instanceof Literal lp
                && lp.value() instanceof IntegerValue pi) {
            return "Job " + ci.value() + "." + pi.value();
        }
        return "Ad " + number;
    }

    private int convertOldRoutes(int options, String file) throws IOException {
        if (file != null) {
            String text;
            try {
                text = readFile(file);
            } catch (IOException e) {
                err("Failed to open ceconfig file '" + file + "'");
                return 1;
            }
            write(stdoutStream, OldRouteConverter.convertSummary(text, options | 4));
            return 0;
        }
        write(stdoutStream, OldRouteConverter.convertConfig(config, options, cwd));
        return 0;
    }

    static final String RULES_HELP = "\ncondor_transform_ads rules:\n"
            + "\nTransform rules files consist of lines containing key=value pairs or\n"
            + "transform commands such as SET, RENAME, etc. Transform commands execute\n"
            + "as they are read and can make use of values set up until that point using\n"
            + "the $(key) macro substitution commands that HTCondor configuration files and\n"
            + "condor_submit files use. Macro substitution will fetch attributes of\n"
            + "the ClassAd to be transformed when $(MY.attr) is used.\n"
            + "\nThe transform commands are:\n\n"
            + "   SET     <attr> <expr>\t- Set <attr> to <expr>\n"
            + "   EVALSET <attr> <expr>\t- Evaluate <expr> and then set <attr> to the result\n"
            + "   DEFAULT <attr> <expr>\t- Set <attr> to <expr> if <attr> is missing\n"
            + "   COPY    <attr> <newattr>\t- Copy the value of <attr> to <newattr>\n"
            + "   COPY    /<regex>/ <newattrs>\t- Copy the values of attributes matching <regex> to <newattrs>\n"
            + "   RENAME  <attr> <newattr>\t- Rename <attr> to <newattr>\n"
            + "   RENAME  /<regex>/ <newattrs>\t- Rename attributes matching <regex> to <newattrs>\n"
            + "   DELETE  <attr>\t\t- Delete <attr>\n"
            + "   DELETE  /<regex>/\t\t- Delete attributes matching <regex>\n"
            + "   EVALMACRO <key> <expr>\t- Evaluate <expr> and then insert it as a transform macro value\n"
            + "   REQUIREMENTS <expr>\t\t- Apply the transform only if <expr> evaluates to true\n"
            + "   TRANSFORM [<N>] [<vars>] [in <list> | from <file> | matching <pattern>] - Do the Tranform\n\n";
}
