package org.jclassad.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jclassad.io.AdFormat;
import org.jclassad.transform.config.MacroParser;

/**
 * The command line of {@code jclassad transform}, read as {@code condor_transform_ads} reads its
 * own: options start with one dash (two are accepted too) and may be shortened to a prefix of at
 * least a few letters ({@code -verb}, {@code -r}); {@code -in}, {@code -out} and
 * {@code -convertoldroutes} take {@code :}-suffixes; {@code name=value} arguments define macros;
 * every other word is an input file. Picocli cannot read HTCondor's prefix forms, so this class
 * does; the command's help text lists every option.
 */
final class TransformArgs {
    /** An input file ({@code -} is stdin) and its format ({@code null}: detected). */
    record Input(String name, AdFormat format) {
    }

    /** A command line that cannot be run: the message, and whether HTCondor would print its usage. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean showUsage;

        UsageException(String message, boolean showUsage) {
            super(message);
            this.showUsage = showUsage;
        }
    }

    final List<Input> inputs = new ArrayList<>();
    /** Rules files, and {@code config://PATTERN/names} for {@code -jobtransforms}/{@code -jobroute}. */
    final List<String> rules = new ArrayList<>();
    final Map<String, String> macros = new LinkedHashMap<>();
    boolean verbose;
    boolean compat;
    boolean quiet;
    boolean nosort;
    /** {@code null}: long; {@link #AUTO_OUT}: the first input's format. */
    String outFormat;
    String outName;
    /** 0: transform; otherwise {@code -convertoldroutes}' option bits (1 when given bare). */
    int convert;
    String convertFile;
    /** {@code null}, {@code "usage"} or {@code "rules"}: the help asked for. */
    String help;
    int threads = Runtime.getRuntime().availableProcessors();

    static final String AUTO_OUT = "auto";
    /** The most threads {@code -j} takes. */
    static final int MAX_THREADS = 256;

    private TransformArgs() {
    }

    /** Whether {@code arg} is {@code -word} (or {@code --word}) shortened to at least {@code min} letters. */
    static boolean dashArg(String arg, String word, int min) {
        return dashArgColon(arg, word, min) && arg.indexOf(':') < 0;
    }

    /** As {@link #dashArg}, allowing a {@code :suffix}. */
    static boolean dashArgColon(String arg, String word, int min) {
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

    /** The input format an {@code -in:FORM} names ({@code null}: detect; {@code fallback}: unknown). */
    private static AdFormat inFormat(String name, AdFormat fallback) {
        if (name.equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return AdFormat.parse(name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** Reads a command line. */
    static TransformArgs parse(List<String> args) throws UsageException {
        TransformArgs t = new TransformArgs();
        // read first: HTCondor's exit codes apply to every error, also one before -compat
        t.compat = args.stream().anyMatch(a -> dashArg(a, "compat", 4));
        AdFormat defaultIn = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String next = i + 1 < args.size() ? args.get(i + 1) : null;
            if (a.startsWith("-") && !a.equals("-")) {
                if (dashArg(a, "verbose", 1)) {
                    t.verbose = true;
                } else if (dashArg(a, "terse", 3)) {
                    t.verbose = false;
                } else if (dashArg(a, "compat", 4)) {
                    t.compat = true;
                } else if (dashArg(a, "quiet", 1)) {
                    t.quiet = true;
                } else if (dashArgColon(a, "debug", 2)) {
                    continue;
                } else if (a.equals("-j") || dashArg(a, "threads", 3)) {
                    t.threads = threads(a, next);
                    i++;
                } else if (dashArg(a, "rules", 1)) {
                    t.rules.add(fileArgument("-rules", next));
                    i++;
                } else if (dashArg(a, "jobtransforms", 4)) {
                    t.rules.add("config://JOB_TRANSFORM_%s/" + wordArgument("-jobtransforms", next));
                    i++;
                } else if (dashArg(a, "jobroute", 4)) {
                    t.rules.add("config://JOB_ROUTER_ROUTE_%s/" + wordArgument("-jobroute", next));
                    i++;
                } else if (dashArgColon(a, "in", 1)) {
                    String c = colonPart(a);
                    String name = fileArgument("-in", next);
                    t.inputs.add(new Input(name, c == null ? defaultIn : inFormat(c, defaultIn)));
                    i++;
                } else if (dashArgColon(a, "out", 1)) {
                    t.outName = fileArgument("-out", next);
                    t.outOptions(colonPart(a));
                    i++;
                } else if (dashArg(a, "long", 1) || dashArg(a, "json", 2) || dashArg(a, "xml", 3)) {
                    defaultIn = dashArg(a, "json", 2) ? AdFormat.JSON : dashArg(a, "xml", 3) ? AdFormat.XML
                            : AdFormat.LONG;
                    // as HTCondor: it also applies to the inputs named before it without a form
                    for (int k = 0; k < t.inputs.size(); k++) {
                        if (t.inputs.get(k).format() == null) {
                            t.inputs.set(k, new Input(t.inputs.get(k).name(), defaultIn));
                        }
                    }
                } else if (dashArg(a, "help", 1)) {
                    t.help = "rules".equals(next) ? "rules" : "usage";
                    return t;
                } else if (dashArgColon(a, "convertoldroutes", 4)) {
                    i += t.convertOptions(a, next);
                } else {
                    throw new UsageException("unknown option '" + a + "'", true);
                }
            } else if (a.indexOf('=') >= 0) {
                t.macro(a);
            } else {
                t.inputs.add(new Input(a, defaultIn));
            }
        }
        return t;
    }

    private static int threads(String option, String next) throws UsageException {
        if (next == null || !next.matches("\\d{1,3}") || Integer.parseInt(next) < 1
                || Integer.parseInt(next) > MAX_THREADS) {
            throw new UsageException(option + " requires a number of threads from 1 to " + MAX_THREADS, false);
        }
        return Integer.parseInt(next);
    }

    private static String fileArgument(String option, String next) throws UsageException {
        if (next == null || (next.startsWith("-") && !next.equals("-"))) {
            throw new UsageException(option + " requires another argument", false);
        }
        return next;
    }

    private static String wordArgument(String option, String next) throws UsageException {
        if (next == null || next.startsWith("-")) {
            throw new UsageException(option + " requires another argument", false);
        }
        return next;
    }

    private void outOptions(String suffix) throws UsageException {
        if (suffix == null) {
            return;
        }
        for (String opt : suffix.split(",")) {
            String o = opt.toLowerCase(Locale.ROOT);
            if (o.equals("nosort")) {
                nosort = true;
            } else if (o.equals(AUTO_OUT)) {
                outFormat = AUTO_OUT;
            } else if (!o.isEmpty()) {
                try {
                    outFormat = AdFormat.parse(o).tag();
                } catch (IllegalArgumentException e) {
                    if (!compat) {
                        throw new UsageException("unknown output form '" + opt
                                + "' (expected long, json, jsonl, xml, new, newl or auto)", true);
                    }
                    // HTCondor ignores an output form it does not know
                }
            }
        }
    }

    /** Reads {@code -convertoldroutes[:N|:file F]}; returns how many following arguments it took. */
    private int convertOptions(String a, String next) throws UsageException {
        String c = colonPart(a);
        convert = 1;
        if (c == null) {
            return 0;
        }
        if (c.matches("\\d{1,9}") && Integer.parseInt(c) != 0) {
            convert = Integer.parseInt(c);
            return 0;
        }
        if (!c.isEmpty() && "file".startsWith(c)) {
            convertFile = fileArgument(a, next);
            return 1;
        }
        throw new UsageException(a + " unknown option", false);
    }

    private void macro(String a) throws UsageException {
        int eq = a.indexOf('=');
        String name = a.substring(0, eq).strip();
        String value = a.substring(eq + 1).strip();
        if (name.startsWith("+")) {
            name = "MY." + name.substring(1);
        }
        if (name.isEmpty() || !MacroParser.isValidName(name)) {
            throw new UsageException("invalid attribute name '" + a.substring(0, eq).strip()
                    + "' for attrib=value assigment", false);
        }
        macros.put(name, value);
    }

    /** The usage text (fits 100 columns). */
    static final String USAGE = String.join("\n",
            "Usage: jclassad transform [transforms] [options] [<key>=<value>] <infile> [<infile>...]",
            "  Transform the ads of each <infile> ('-' is stdin) and write them out, as HTCondor's",
            "  condor_transform_ads does. Inputs may be long, new, JSON or XML ads (detected),",
            "  gzip-compressed; they are streamed, so any number of ads fits in a small heap.",
            "",
            "[transforms] (one or more):",
            "  -rules <file>               transform rules from <file> (SET, EVALSET, TRANSFORM, ...)",
            "  -jobtransforms <names>      the JOB_TRANSFORM_<name> transforms of the configuration",
            "  -jobroute <name>            the JOB_ROUTER_ROUTE_<name> route of the configuration",
            "",
            "[options] (one dash or two; HTCondor's shortened forms such as -verb work):",
            "  -in[:<form>] <file>         an input file; <form> is long, json, jsonl, xml, new, newl or",
            "                              auto (detect, the default)",
            "  -long | -json | -xml        the form of inputs given without -in:<form>",
            "  -out[:<form>][,nosort] <f>  write to <f> ('-': stdout) as long (default), json, jsonl, xml,",
            "                              new, newl or auto (the first input's form); nosort: byte order",
            "  -j, -threads <N>            parse and transform on N threads (default: the processors);",
            "                              the output is the same for every N",
            "  -verbose | -terse           trace each transform step on stderr (or not)",
            "  -quiet                      no summary line (ads read, written, skipped) on stderr",
            "  -compat                     behave as condor_transform_ads 25.x: its exit codes (1 on",
            "                              success), the trace on stdout, an input ends at its first",
            "                              malformed ad, no summary",
            "  -convertoldroutes[:N]       print the configuration's JOB_ROUTER_ENTRIES as transforms",
            "  -convertoldroutes:file <f>  convert the routes of a configuration summary file",
            "  -h, -help [rules]           this help, or the rules language's",
            "",
            "  <key>=<value> defines a macro before the rules are read; +<attr>=<value> sets MY.<attr>.",
            "  The configuration is the file named by CONDOR_CONFIG, when set.",
            "",
            "Exit status: 0 done; 1 a transform failed or a file could not be read; 2 a bad command",
            "line; 3 done, but malformed ads were skipped (each reported as FILE:LINE:COLUMN).",
            "",
            "Examples:",
            "  jclassad transform -rules site.xform -in jobs.ads.gz -out:json out.json",
            "");

    /**
     * The {@code -help} text without its usage line and examples, as description lines for the
     * generated manual page (picocli format: {@code %} doubled).
     */
    static String[] manualLines() {
        String body = USAGE.substring(USAGE.indexOf('\n') + 1);
        int examples = body.indexOf("\nExamples:");
        if (examples >= 0) {
            body = body.substring(0, examples);
        }
        return body.replace("%", "%%").stripTrailing().split("\n");
    }

    /** {@code -help rules}: the statements of a rules file. */
    static final String RULES_HELP = String.join("\n",
            "",
            "Rules files for jclassad transform:",
            "",
            "A rules file holds macro definitions (name = value) and transform statements, one a line.",
            "Statements run in the order they are read, and $(name) in a statement is replaced by the",
            "macro's value as defined up to that line; $(MY.attr) is the attribute of the ad being",
            "transformed. if/elif/else/endif, include and the $-functions of configuration files work.",
            "",
            "Statements:",
            "  SET <attr> <expr>              give <attr> the expression <expr>",
            "  EVALSET <attr> <expr>          evaluate <expr> against the ad, give <attr> the value",
            "  DEFAULT <attr> <expr>          SET, but only when <attr> is absent",
            "  COPY <attr> <newattr>          copy <attr> to <newattr>",
            "  COPY /<regex>/ <newattrs>      copy each matching attribute (\\1... name the groups)",
            "  RENAME <attr> <newattr>        rename <attr> (or /<regex>/ as for COPY)",
            "  DELETE <attr>                  remove <attr> (or every attribute matching /<regex>/)",
            "  EVALMACRO <key> <expr>         evaluate <expr>, define macro <key> as the value",
            "  REQUIREMENTS <expr>            transform only the ads for which <expr> is true",
            "  NAME <name>                    the transform's name in messages",
            "  TRANSFORM [<N>] [<vars>] [in <list> | from <file> | matching <pattern>]",
            "                                 the last statement: make an ad per item (and N per item),",
            "                                 with $(Row), $(Step), $(ItemIndex) and <vars> set",
            "",
            "Examples:",
            "  REQUIREMENTS JobUniverse == 5",
            "  DEFAULT RequestMemory 2048",
            "  EVALSET OriginalCpus RequestCpus",
            "  SET Queue \"long\"",
            "");
}
