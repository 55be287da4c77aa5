package org.jclassad.conformance.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jclassad.ast.Expr;
import org.jclassad.ast.Literal;
import org.jclassad.cli.Batch;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;

/**
 * Differential fuzzing against real HTCondor: random cases answered by jclassad (in process, the
 * code path of {@code jclassad batch}) and by the oracle; every mismatch is shrunk to a short
 * reproducer and put in a bucket; a Markdown report says what was run and found.
 *
 * <pre>
 * java ... DifferentialFuzzer --oracle "PY conformance/oracle/htcondor_oracle.py" \
 *     [--cases 20000] [--seed 1] [--report conformance/reports/latest.md] [--ledger conformance/fuzz-ledger.txt]
 * </pre>
 * Exit status 0 when every mismatch is explained by the ledger, 1 otherwise, 2 on usage errors.
 */
public final class DifferentialFuzzer {
    private static final int BATCH = 5000;
    private static final int SHRINK_BUDGET = 300;

    private final Oracle oracle;
    private final Batch engine = new Batch(ZoneOffset.UTC);
    private final List<LedgerEntry> ledger;

    record LedgerEntry(String bucket, Pattern pattern, String reason) {
    }

    record Finding(String bucket, String id, Map<String, Object> reproducer, String oracleAnswer,
                   String engineAnswer, String explainedBy) {
    }

    private DifferentialFuzzer(Oracle oracle, List<LedgerEntry> ledger) {
        this.oracle = oracle;
        this.ledger = ledger;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        if (!opts.containsKey("--oracle")) {
            System.err.println("usage: DifferentialFuzzer --oracle \"COMMAND\" [--cases N] [--seed S] "
                    + "[--report FILE] [--ledger FILE]");
            System.exit(2);
        }
        long cases = Long.parseLong(opts.getOrDefault("--cases", "20000"));
        long seed = Long.parseLong(opts.getOrDefault("--seed", "1"));
        Path report = Path.of(opts.getOrDefault("--report", "conformance/reports/latest.md"));
        List<LedgerEntry> ledger = readLedger(Path.of(opts.getOrDefault("--ledger", "conformance/fuzz-ledger.txt")));
        List<String> command = Arrays.asList(opts.get("--oracle").trim().split("\\s+"));
        int unexplained;
        try (Oracle oracle = new Oracle(command)) {
            unexplained = new DifferentialFuzzer(oracle, ledger).run(cases, seed, report, String.join(" ", args));
        }
        System.exit(unexplained == 0 ? 0 : 1);
    }

    private int run(long total, long seed, Path reportFile, String commandLine) throws Exception {
        long started = System.nanoTime();
        CaseGenerator generator = new CaseGenerator(new Random(seed));
        Map<String, Integer> perBucket = new TreeMap<>();
        Map<String, Finding> shortest = new TreeMap<>();
        List<Finding> unexplained = new ArrayList<>();
        long skipped = 0;
        long mismatches = 0;
        for (long done = 0; done < total; ) {
            int n = (int) Math.min(BATCH, total - done);
            List<Map<String, Object>> batch = new ArrayList<>(n);
            List<String> lines = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                Map<String, Object> c = generator.next(done + k);
                batch.add(c);
                lines.add(Batch.write(c));
            }
            List<String> answers = oracle.askAll(lines);
            for (int k = 0; k < n; k++) {
                String expected = answers.get(k);
                Map<String, Object> expectedObj = Batch.readObject(expected);
                if ("unsupported".equals(expectedObj.get("error"))) {
                    skipped++;
                    continue;
                }
                String actual = engine.answer(lines.get(k));
                Map<String, Object> actualObj = Batch.readObject(actual);
                String bucket = refine(bucket(expectedObj, actualObj), batch.get(k), expectedObj, actualObj);
                if (bucket == null) {
                    continue;
                }
                mismatches++;
                Finding f = shrinkIfUseful(bucket, batch.get(k), expected, actual, shortest);
                perBucket.merge(f.bucket() + (f.explainedBy() != null ? " (ledger)" : ""), 1, Integer::sum);
                String key = f.bucket() + "|" + (f.explainedBy() == null ? "new" : f.explainedBy());
                Finding best = shortest.get(key);
                if (best == null || size(f) < size(best)) {
                    shortest.put(key, f);
                }
                if (f.explainedBy() == null) {
                    unexplained.add(f);
                    System.err.println("UNEXPLAINED " + f.bucket() + ": " + Batch.write(f.reproducer())
                            + "\n  HTCondor: " + f.oracleAnswer() + "\n  jclassad: " + f.engineAnswer());
                }
            }
            done += n;
            System.err.printf("differential: %d/%d cases, %d mismatches (%d unexplained)%n", done, total,
                    mismatches, unexplained.size());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        writeReport(reportFile, commandLine, total, seed, skipped, mismatches, perBucket, shortest, unexplained,
                seconds);
        System.out.printf("differential fuzzing: %d cases, %d mismatches, %d unexplained, %d skipped (oracle cannot "
                + "answer), %.1f s; report %s%n", total, mismatches, unexplained.size(), skipped, seconds, reportFile);
        return unexplained.size();
    }

    private static int size(Finding f) {
        return String.valueOf(f.reproducer().get("expr")).length();
    }

    /** The kind of disagreement, or null when both engines agree. */
    public static String bucket(Map<String, Object> expected, Map<String, Object> actual) {
        expected.remove("id");
        actual.remove("id");
        if (expected.equals(actual)) {
            return null;
        }
        Object ee = expected.get("error");
        Object ae = actual.get("error");
        if ("internal".equals(ae)) {
            return "crash-timeout";
        }
        if ("crash".equals(ee) || "timeout".equals(ee)) {
            return "htcondor-crash";
        }
        boolean eParse = "parse".equals(ee);
        boolean aParse = "parse".equals(ae);
        if (eParse != aParse) {
            return "parse-accept-reject";
        }
        if (expected.containsKey("unparse") || actual.containsKey("unparse")) {
            return "unparse-text";
        }
        if ("eval".equals(ee) != "eval".equals(ae)) {
            return "eval-failure";
        }
        if (!String.valueOf(expected.get("type")).equals(String.valueOf(actual.get("type")))) {
            return "type";
        }
        return "value";
    }

    /**
     * Shrinks a mismatch only when it can improve the report: its bucket has no reproducer yet, or
     * it is already shorter than the one kept. Other mismatches are counted as they are.
     */
    private Finding shrinkIfUseful(String bucket, Map<String, Object> original, String expected, String actual,
                                   Map<String, Finding> shortest) throws IOException {
        String explained = explanation(bucket, String.valueOf(original.get("expr")));
        Finding best = shortest.get(bucket + "|" + (explained == null ? "new" : explained));
        if (best != null && String.valueOf(original.get("expr")).length() >= size(best)) {
            return new Finding(bucket, String.valueOf(original.get("id")), original, expected, actual, explained);
        }
        return shrink(bucket, original, expected, actual);
    }

    private String explanation(String bucket, String expr) {
        for (LedgerEntry entry : ledger) {
            if ((entry.bucket().equals("*") || entry.bucket().equals(bucket)) && entry.pattern().matcher(expr).find()) {
                return entry.reason();
            }
        }
        return null;
    }

    /**
     * Separates a known limit of the oracle: HTCondor's Python bindings parse an expression as an
     * attribute of an ad, where the C++ parser's tolerance of text after a top-level conditional
     * (spec Q1, which jclassad follows) does not apply. Such cases get their own bucket.
     */
    public static String refine(String bucket, Map<String, Object> c, Map<String, Object> expected,
                         Map<String, Object> actual) {
        if ("value".equals(bucket) && "real".equals(expected.get("type")) && "real".equals(actual.get("type"))
                && withinLastBits(String.valueOf(expected.get("value")), String.valueOf(actual.get("value")))) {
            return "real-last-bit";
        }
        if ("value".equals(bucket) && formatsTimeBeyondGlibc(c)) {
            return "glibc-out-of-range-time";
        }
        if (!"parse-accept-reject".equals(bucket)) {
            return bucket;
        }
        String text = Value.toByteString(String.valueOf(c.get("expr")));
        try {
            ParseOptions options = ParseOptions.defaults()
                    .withCompat(!Boolean.FALSE.equals(c.get("old_semantics")))
                    .withOldSyntax(Boolean.TRUE.equals(c.get("old_syntax")));
            ExprParser.Prefix prefix = ExprParser.parsePrefix(text, options);
            if (prefix.expr() instanceof org.jclassad.ast.Conditional && !text.substring(prefix.end()).isBlank()) {
                return "oracle-conditional-junk";
            }
        } catch (ParseException notAPrefix) {
            // an ordinary accept/reject disagreement
        }
        return bucket;
    }

    /** Whether two printed reals (%1.15E, 16 digits) are within a few units in the last place of each other. */
    static boolean withinLastBits(String a, String b) {
        try {
            double x = Double.parseDouble(a);
            double y = Double.parseDouble(b);
            return Math.abs(x - y) <= 4 * Math.ulp(x);
        } catch (NumberFormatException notPlainReals) {
            return false;
        }
    }

    /** Years glibc's gmtime can represent: tm_year is an int counting from 1900. */
    private static final double GLIBC_MAX_SECONDS = (Integer.MAX_VALUE + 1900.0) * 365.2425 * 86400;

    /**
     * Whether the case formats a time so far from 1970 that glibc cannot break it into a calendar
     * date (HTCondor then prints uninitialised fields): some {@code formatTime} call's first
     * argument, evaluated in the case's ad, is beyond glibc's range.
     */
    static boolean formatsTimeBeyondGlibc(Map<String, Object> c) {
        String text = String.valueOf(c.get("expr"));
        if (!text.toLowerCase(java.util.Locale.ROOT).contains("formattime")) {
            return false;
        }
        try {
            Expr tree = ExprParser.parseExpression(Value.toByteString(text), ParseOptions.defaults(), Reading.WHOLE);
            org.jclassad.ClassAd ad = c.get("ad") == null ? new org.jclassad.ClassAd()
                    : org.jclassad.ClassAd.parse(String.valueOf(c.get("ad")));
            java.util.Deque<Expr> todo = new java.util.ArrayDeque<>(List.of(tree));
            while (!todo.isEmpty()) {
                Expr e = todo.pop();
                if (e instanceof org.jclassad.ast.FunctionCall call && call.name().equalsIgnoreCase("formatTime")
                        && !call.arguments().isEmpty()) {
                    Value t = ad.evaluate(call.arguments().get(0), org.jclassad.evaluation.EvalOptions.defaults()).value();
                    double seconds = t instanceof org.jclassad.value.IntegerValue iv ? iv.value()
                            : t instanceof org.jclassad.value.RealValue rv ? rv.value()
                            : t instanceof org.jclassad.value.AbsTimeValue av ? av.seconds() : 0;
                    if (Math.abs(seconds) > GLIBC_MAX_SECONDS) {
                        return true;
                    }
                }
                todo.addAll(e.children());
            }
        } catch (RuntimeException cannotTell) {
            return false;
        }
        return false;
    }

    private Finding shrink(String bucket, Map<String, Object> original, String expected, String actual)
            throws IOException {
        Map<String, Object> best = new LinkedHashMap<>(original);
        String bestExpected = expected;
        String bestActual = actual;
        int queries = 0;
        boolean improved = true;
        while (improved && queries < SHRINK_BUDGET) {
            improved = false;
            for (String candidate : candidates(String.valueOf(best.get("expr")))) {
                if (queries++ >= SHRINK_BUDGET) {
                    break;
                }
                if (CaseGenerator.NONDETERMINISTIC.matcher(candidate).find()) {
                    continue;
                }
                Map<String, Object> c = new LinkedHashMap<>(best);
                c.put("expr", candidate);
                String line = Batch.write(c);
                String e = oracle.ask(line);
                Map<String, Object> eObj = Batch.readObject(e);
                if ("unsupported".equals(eObj.get("error"))) {
                    continue;
                }
                String a = engine.answer(line);
                Map<String, Object> aObj = Batch.readObject(a);
                if (bucket.equals(refine(bucket(eObj, aObj), c, eObj, aObj))) {
                    best = c;
                    bestExpected = e;
                    bestActual = a;
                    improved = true;
                    break;
                }
            }
        }
        String explained = explanation(bucket, String.valueOf(best.get("expr")));
        return new Finding(bucket, String.valueOf(original.get("id")), best, bestExpected, bestActual, explained);
    }

    /** Simpler variants of an expression: structural when it parses, textual otherwise. */
    private static List<String> candidates(String expr) {
        List<String> out = new ArrayList<>();
        try {
            Expr tree = ExprParser.parseExpression(Value.toByteString(expr), ParseOptions.defaults(), Reading.WHOLE);
            List<Expr> replacements = List.of(Literal.of(Value.of(0L)), Literal.of(Value.of(1L)),
                    Literal.of(Value.TRUE), Literal.of(Value.ofString("a")), Literal.of(Value.UNDEFINED));
            for (Expr e : AstEdit.simplifications(tree, replacements)) {
                String text = Value.fromByteString(Unparser.newSyntax(e));
                if (text.length() < expr.length() || (text.length() == expr.length() && !text.equals(expr))) {
                    out.add(text);
                }
            }
            out.sort((a, b) -> a.length() - b.length());
        } catch (ParseException notParsable) {
            // fall through to textual shrinking
        }
        for (int chunk = Math.max(1, expr.length() / 2); chunk >= 1; chunk /= 2) {
            for (int at = 0; at + chunk <= expr.length(); at += chunk) {
                out.add(expr.substring(0, at) + expr.substring(at + chunk));
            }
        }
        return out;
    }

    private static List<LedgerEntry> readLedger(Path file) throws IOException {
        List<LedgerEntry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("\t");
            if (parts.length < 3) {
                throw new IllegalArgumentException(file + ": expected 'bucket<TAB>regex<TAB>reason': " + line);
            }
            entries.add(new LedgerEntry(parts[0], Pattern.compile(parts[1]), parts[2]));
        }
        return entries;
    }

    private static void writeReport(Path file, String commandLine, long total, long seed, long skipped,
                                    long mismatches, Map<String, Integer> perBucket, Map<String, Finding> shortest,
                                    List<Finding> unexplained, double seconds) throws IOException {
        StringBuilder r = new StringBuilder();
        r.append("# Differential fuzzing report\n\n");
        r.append("- date: ").append(Instant.now()).append('\n');
        r.append("- command: `DifferentialFuzzer ").append(commandLine.replace("`", "'")).append("`\n");
        r.append("- seed: ").append(seed).append('\n');
        r.append("- cases run: ").append(total).append('\n');
        r.append("- skipped (the oracle cannot answer them exactly): ").append(skipped).append('\n');
        r.append("- mismatches: ").append(mismatches).append(", unexplained: ").append(unexplained.size()).append('\n');
        r.append(String.format("- time: %.1f s%n%n", seconds));
        r.append("## Mismatches per bucket\n\n| bucket | count |\n|---|---|\n");
        if (perBucket.isEmpty()) {
            r.append("| (none) | 0 |\n");
        }
        perBucket.forEach((b, n) -> r.append("| ").append(b).append(" | ").append(n).append(" |\n"));
        r.append("\n## Shortest reproducer per bucket\n\n");
        if (shortest.isEmpty()) {
            r.append("None.\n");
        }
        for (Finding f : shortest.values()) {
            r.append("### ").append(f.bucket()).append(f.explainedBy() != null ? " — ledger: " + f.explainedBy() : "")
                    .append("\n\n```\n").append(Batch.write(f.reproducer())).append("\nHTCondor: ")
                    .append(f.oracleAnswer()).append("\njclassad: ").append(f.engineAnswer()).append("\n```\n\n");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, r.toString(), StandardCharsets.UTF_8);
    }
}
