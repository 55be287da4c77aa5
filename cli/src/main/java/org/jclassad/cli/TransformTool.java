package org.jclassad.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Literal;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdParseException;
import org.jclassad.io.AdStreamOptions;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreamWriter;
import org.jclassad.io.AdStreams;
import org.jclassad.text.ByteStringWriter;
import org.jclassad.text.Excerpt;
import org.jclassad.transform.config.Configuration;
import org.jclassad.transform.config.MacroExpansionException;
import org.jclassad.transform.xform.OldRouteConverter;
import org.jclassad.transform.xform.Step;
import org.jclassad.transform.xform.Transform;
import org.jclassad.transform.xform.TransformListener;
import org.jclassad.transform.xform.TransformPipeline;
import org.jclassad.transform.xform.TransformResult;
import org.jclassad.transform.xform.Transformer;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.StringValue;

/**
 * {@code jclassad transform}: {@code condor_transform_ads} with the same arguments and output,
 * streaming: each input is read, transformed and written an ad at a time (on several threads, in
 * input order), so memory does not grow with the input. Without {@code -compat}: exit codes 0, 1,
 * 2 and 3 ({@link ExitCodes}), the {@code -verbose} trace on stderr, malformed ads reported as
 * {@link Diagnostic}s and skipped, and a summary line. With {@code -compat}: HTCondor 25.x's exit
 * codes (1 on success, the status of the last input), the trace on stdout, an input read up to its
 * first malformed ad, no summary (see docs/deviations-transform.md).
 */
final class TransformTool {
    /** Malformed ads reported one by one; after that they are only counted. */
    static final int MAX_DIAGNOSTICS = 100;
    /** Diagnostics that show the source line (each one reads its input again, up to the line). */
    static final int MAX_EXCERPTS = 10;

    private final Path cwd;
    private final Map<String, String> env;
    private final Configuration config;
    private final InputStream stdin;
    private final OutputStream stdout;
    private final Writer err;

    private TransformArgs args;
    private byte[] stdinBytes;
    private boolean stdinTaken;
    private long read;
    private long written;
    private long malformed;
    private long failed;

    TransformTool(Path cwd, Map<String, String> env, Configuration config, InputStream stdin, OutputStream out,
            OutputStream err) {
        this.cwd = cwd;
        this.env = env;
        this.config = config;
        this.stdin = stdin;
        this.stdout = out;
        this.err = new OutputStreamWriter(err, StandardCharsets.ISO_8859_1);
    }

    /** Runs with {@code argv}; returns the exit status. */
    int run(List<String> argv) {
        try {
            return runChecked(argv);
        } catch (IOException | MacroExpansionException | UncheckedIOException e) {
            err("ERROR: " + e.getMessage() + "\n");
            return ExitCodes.FAILURE;
        } finally {
            flushErr();
        }
    }

    private int runChecked(List<String> argv) throws IOException {
        if (argv.isEmpty()) {
            err(TransformArgs.USAGE);
            return argv.contains("-compat") ? 1 : ExitCodes.USAGE;
        }
        try {
            args = TransformArgs.parse(argv);
        } catch (TransformArgs.UsageException e) {
            boolean compat = argv.stream().anyMatch(a -> TransformArgs.dashArg(a, "compat", 4));
            if (compat) {
                err(e.showUsage ? TransformArgs.USAGE : "jclassad transform: " + e.getMessage() + "\n");
                return 1;
            }
            err("jclassad transform: " + e.getMessage() + "\n"
                    + "  hint: run 'jclassad transform -help' for the options\n");
            return ExitCodes.USAGE;
        }
        if (args.help != null) {
            writeStdout(args.help.equals("rules") ? TransformArgs.RULES_HELP : TransformArgs.USAGE);
            return ExitCodes.OK;
        }
        if (args.convert != 0) {
            return convertOldRoutes();
        }
        if (args.rules.isEmpty()) {
            err("ERROR : no transform rules specified.\n");
            err(TransformArgs.USAGE);
            return args.compat ? 1 : ExitCodes.USAGE;
        }
        List<Transform> transforms;
        try {
            transforms = new TransformRules(config, env, cwd).load(args.rules, this::readFile, m -> err(m + "\n"));
        } catch (TransformRules.LoadFailure e) {
            if (args.compat || e.diagnostic == null) {
                err(e.getMessage() + "\n");
            } else {
                err(e.diagnostic.format());
            }
            return args.compat && e.diagnostic != null ? 255 : ExitCodes.FAILURE;
        }
        if (transforms.isEmpty()) {
            err("ERROR : the transform rules have no transform statements.\n");
            return ExitCodes.FAILURE;
        }
        if (args.inputs.isEmpty()) {
            err("Warning: no input file specified - nothing to transform.\n");
            return args.compat ? 1 : ExitCodes.USAGE;
        }
        Transformer.Builder tb = Transformer.builder().config(config).env(env).cwd(cwd);
        transforms.forEach(tb::add);
        args.macros.forEach(tb::argument);
        return transformInputs(tb);
    }

    private void err(String s) {
        try {
            err.write(s);
            err.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flushErr() {
        try {
            err.flush();
        } catch (IOException e) {
            // nothing more can be said
        }
    }

    private void writeStdout(String s) throws IOException {
        stdout.write(s.getBytes(StandardCharsets.ISO_8859_1));
        stdout.flush();
    }

    private byte[] stdinBytes() throws IOException {
        if (stdinBytes == null) {
            stdinBytes = stdin == null || stdinTaken ? new byte[0] : stdin.readAllBytes();
            stdinTaken = true;
        }
        return stdinBytes;
    }

    /** A rules or route file as a byte string ({@code -}: stdin, kept in case ads are read from it too). */
    private String readFile(String name) throws IOException {
        byte[] bytes = name.equals("-") ? stdinBytes() : Files.readAllBytes(cwd.resolve(name));
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** An input's bytes: stdin is streamed unless a rules file was read from it already. */
    private InputStream openInput(String name) throws IOException {
        if (!name.equals("-")) {
            return Files.newInputStream(cwd.resolve(name));
        }
        if (stdinBytes != null || stdinTaken || stdin == null) {
            return new ByteArrayInputStream(stdinBytes == null ? new byte[0] : stdinBytes);
        }
        stdinTaken = true;
        return stdin;
    }

    /** Where the output goes and in which form; the writer is made when the form is known. */
    private final class Output {
        final Writer text;
        final OutputStream file;
        AdStreamWriter writer;

        Output() throws IOException {
            file = args.outName == null || args.outName.equals("-") ? null
                    : Files.newOutputStream(cwd.resolve(args.outName));
            text = new ByteStringWriter(file == null ? stdout : file);
        }

        /** The writer, made on first use in the output form asked for (auto: {@code detected}). */
        AdStreamWriter writer(AdFormat detected) {
            if (writer == null) {
                // auto: the first input's form, as condor_transform_ads' help says; the 25.x tool
                // itself writes long form then, and so does -compat
                AdFormat f = args.outFormat == null ? AdFormat.LONG
                        : args.outFormat.equals(TransformArgs.AUTO_OUT) ? (args.compat ? AdFormat.LONG : detected)
                        : AdFormat.parse(args.outFormat);
                writer = new AdStreamWriter(text, f);
                if (args.nosort && f == AdFormat.LONG) {
                    writer.order(AdStreamWriter.Order.BYTES);
                } else if (args.nosort) {
                    // as condor_transform_ads: the other forms print the whole ad as it is held,
                    // private attributes included
                    writer.order(AdStreamWriter.Order.AD).includePrivate(true);
                }
            }
            return writer;
        }

        void close() throws IOException {
            writer(AdFormat.LONG).finish();
            text.flush();
            if (file != null) {
                text.close();
            }
        }
    }

    private int transformInputs(Transformer.Builder tb) throws IOException {
        Output output = new Output();
        int lastStatus = 0;
        boolean anyFailure = false;
        for (TransformArgs.Input in : args.inputs) {
            if (args.verbose) {
                err("# Applying transforms to ads from " + in.name() + "\n");
            }
            AdStreamReader reader;
            try {
                reader = AdStreams.open(openInput(in.name()), in.format(), AdStreamOptions.defaults())
                        .named(in.name());
            } catch (IOException e) {
                err(args.compat ? "Can't open file of ClassAds: " + in.name() + "\n"
                        : Diagnostic.of(in.name(), reason(e)).format());
                lastStatus = 0;
                anyFailure = true;
                continue;
            }
            AdStreamWriter writer = output.writer(reader.format());
            TransformPipeline pipeline = TransformPipeline.builder(tb::build).threads(args.threads)
                    .render(writer::render).steps(args.verbose).build();
            int status;
            try (reader; TransformPipeline.Results results = pipeline.run(reader)) {
                status = transformInput(in.name(), results, output);
            }
            anyFailure |= status < 0;
            lastStatus = status;
        }
        output.close();
        if (args.compat) {
            return lastStatus < 0 ? 255 : lastStatus;
        }
        if (!args.quiet) {
            err("jclassad transform: " + read + " ads read, " + written + " written"
                    + (malformed > 0 ? ", " + malformed + " malformed skipped" : "")
                    + (failed > 0 ? ", " + failed + " failed" : "") + "\n");
        }
        return anyFailure ? ExitCodes.FAILURE : malformed > 0 ? ExitCodes.SKIPPED_MALFORMED : ExitCodes.OK;
    }

    /** One input's results; its status as HTCondor has it: 1 ads transformed, 0 none, -1 a failure. */
    private int transformInput(String name, TransformPipeline.Results results, Output output) {
        int status = 0;
        int number = 0;
        Writer traceOut = args.compat ? output.text : err;
        TransformListener listener = listener(traceOut);
        while (results.hasNext()) {
            TransformPipeline.Result r = results.next();
            if (r.readFailure() != null) {
                if (args.compat) {
                    // condor_transform_ads stops reading an input at its first malformed ad, silently
                    break;
                }
                reportMalformed(name, r.readFailure());
                continue;
            }
            number++;
            read++;
            if (args.verbose) {
                err("#   " + identity(r.input(), number) + "\n");
            }
            r.replay(listener, (ad, text) -> {
                if (output.writer.writeRendered(text)) {
                    written++;
                }
            });
            TransformResult tr = r.result();
            if (tr.failed()) {
                if (!args.compat && tr.failure() != null && !tr.failure().isBlank()) {
                    err("ERROR: " + tr.failure().strip() + "\n");
                }
                err("Transform of ad  failed!\n");
                failed++;
                return -1;
            }
            status = 1;
        }
        return status;
    }

    private TransformListener listener(Writer traceOut) {
        return new TransformListener() {
            @Override
            public void transformStart(Transform transform, boolean applies) {
                if (args.verbose) {
                    err("#   Transform " + transform.name() + " " + (applies ? "" : "Skipped") + "\n");
                }
            }

            @Override
            public void step(Step step) {
                if (args.verbose) {
                    try {
                        traceOut.write(step.trace());
                        if (traceOut == err) {
                            err.flush();
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
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
        };
    }

    /** A malformed ad, as FILE:LINE:COLUMN with the line and a caret (for the first few). */
    private void reportMalformed(String name, RuntimeException failure) {
        malformed++;
        if (malformed > MAX_DIAGNOSTICS) {
            if (malformed == MAX_DIAGNOSTICS + 1) {
                err("jclassad transform: more malformed ads are counted, not shown\n");
            }
            return;
        }
        Diagnostic d;
        if (failure instanceof AdParseException e) {
            d = Diagnostic.of(name, e);
            if (malformed <= MAX_EXCERPTS && !name.equals("-")) {
                String line = sourceLine(name, e.line());
                if (line != null) {
                    d = new Diagnostic(d.file(), d.line(), d.column(), d.message(),
                            Excerpt.caret(line, 1, e.column()), "");
                }
            }
            d = d.withHint("the ad is skipped; the ads after it are transformed");
        } else {
            d = Diagnostic.of(name, String.valueOf(failure.getMessage()));
        }
        err(d.format());
    }

    /** Line {@code n} of an input file (decompressed), or {@code null}. */
    private String sourceLine(String name, long n) {
        return Diagnostic.sourceLine(cwd.resolve(name), n);
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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

    private int convertOldRoutes() throws IOException {
        if (args.convertFile != null) {
            String text;
            try {
                text = readFile(args.convertFile);
            } catch (IOException e) {
                err("Failed to open ceconfig file '" + args.convertFile + "'");
                return ExitCodes.FAILURE;
            }
            writeStdout(OldRouteConverter.convertSummary(text, withOldCe(OldRouteConverter.Option.fromMask(args.convert))));
            return ExitCodes.OK;
        }
        writeStdout(OldRouteConverter.convertConfig(config, OldRouteConverter.Option.fromMask(args.convert), cwd));
        return ExitCodes.OK;
    }

    /** A configuration summary file is converted as an old CE wrote its routes. */
    private static java.util.Set<OldRouteConverter.Option> withOldCe(java.util.Set<OldRouteConverter.Option> options) {
        java.util.EnumSet<OldRouteConverter.Option> all = java.util.EnumSet.of(OldRouteConverter.Option.OLD_CE);
        all.addAll(options);
        return all;
    }
}
