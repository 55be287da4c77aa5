package org.jclassad.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdStreamOptions;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;
import org.jclassad.unparse.Unparser;
import picocli.CommandLine;

/** Runs {@code jclassad} subcommands in-process, as {@link Main} does, capturing stdout and stderr. */
final class Cli {
    private Cli() {
    }

    record Run(int code, String out, String err) {
    }

    /** The repository root: the nearest directory, from the working directory up, holding examples/osg-docker. */
    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples").resolve("osg-docker"))) {
            p = p.getParent();
        }
        assertNotNull(p, "no examples/osg-docker above " + Path.of("").toAbsolutePath());
        return p;
    }

    /** A file of examples/osg-docker, as an absolute path string. */
    static String example(String name) {
        return repoRoot().resolve("examples").resolve("osg-docker").resolve(name).toString();
    }

    static Run run(String... args) {
        return runWithInput(null, args);
    }

    /** Runs with {@code stdin} (ISO-8859-1 bytes) as standard input, or the real one when null. */
    static synchronized Run runWithInput(String stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        java.io.InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.ISO_8859_1));
            System.setErr(new PrintStream(err, true, StandardCharsets.ISO_8859_1));
            if (stdin != null) {
                System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1)));
            }
            int code = Main.commandLine().execute(args);
            System.out.flush();
            System.err.flush();
            return new Run(code, out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    /** The ads of a long-format text (blank-line separated), skipping the tool's report lines. */
    static List<ClassAd> ads(String text) {
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty() || line.contains(" = ")) {
                kept.append(line).append('\n');
            } else {
                kept.append('\n');
            }
        }
        List<ClassAd> out = new ArrayList<>();
        try (AdStreamReader r = AdStreams.open(new StringReader(kept.toString()), AdFormat.LONG,
                AdStreamOptions.defaults().asJobAdFile())) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    /** Routed ads keyed by RoutedFromJobId. */
    static Map<String, ClassAd> routed(String text) {
        Map<String, ClassAd> m = new LinkedHashMap<>();
        for (ClassAd ad : ads(text)) {
            String id = attr(ad, "RoutedFromJobId");
            m.put(id == null ? null : id.replace("\"", ""), ad);
        }
        return m;
    }

    /** An attribute as the long format prints it, or null when absent. */
    static String attr(ClassAd ad, String name) {
        Expr e = ad.lookup(name);
        return e == null ? null : Unparser.oldSyntax(e);
    }
}
