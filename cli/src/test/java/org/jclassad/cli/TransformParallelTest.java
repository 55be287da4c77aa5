package org.jclassad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jclassad.transform.config.Configuration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code jclassad transform -j N} gives, byte for byte, what {@code -j 1} gives: stdout, stderr
 * (trace, errors, diagnostics, summary) and exit status, for rules that iterate with
 * {@code $(Row)}/{@code $(Step)}/{@code $(ItemIndex)}, rules under {@code if}s on the ad, regex
 * statements, a transform that fails part-way through an input, and inputs with malformed ads,
 * in every output form. Enough ads to fill many batches, so the workers really interleave.
 */
class TransformParallelTest {
    @TempDir
    Path dir;

    static final String PLAIN = String.join("\n",
            "REQUIREMENTS ProcId isnt undefined",
            "DEFAULT RequestMemory 1024",
            "EVALSET Doubled RequestCpus * 2",
            "EVALMACRO big RequestCpus > 4",
            "if $(big)",
            "  SET Queue \"big\"",
            "else",
            "  SET Queue \"small\"",
            "endif",
            "EVALMACRO owner_len size(Owner)",
            "SET OwnerLen $(owner_len)",
            "COPY /^Req(.*)/ Orig\\1",
            "RENAME Junk Kept",
            "DELETE /^Tmp/",
            "");

    static final String ITERATING = String.join("\n",
            "SET Row $(Row)",
            "SET Step $(Step)",
            "SET Item \"$(Item)\"",
            "SET Index $(ItemIndex)",
            "EVALSET Id strcat(\"$(Item)-\", ProcId)",
            "TRANSFORM 2 Item in (alpha, beta, gamma)",
            "");

    static final String FAILING = String.join("\n",
            "SET Seen true",
            "EVALMACRO stop ProcId == 1234",
            "if $(stop)",
            "  error : stop at 1234",
            "endif",
            "");

    private String ads(int n, boolean malformed) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("ClusterId = ").append(i / 100).append('\n');
            b.append("ProcId = ").append(i).append('\n');
            b.append("Owner = \"user").append(i % 17).append("\"\n");
            b.append("RequestCpus = ").append(1 + i % 8).append('\n');
            if (i % 3 == 0) {
                b.append("RequestMemory = ").append(512 * (1 + i % 5)).append('\n');
            }
            if (i % 7 == 0) {
                b.append("Junk = \"j").append(i).append("\"\nTmpA = 1\nTmpB = 2\n");
            }
            if (malformed && i % 499 == 7) {
                b.append("Broken = (1 +\n");
            }
            b.append('\n');
        }
        return b.toString();
    }

    private record Outcome(int exit, String out, String err) {
    }

    private Outcome run(String rules, String input, String... args) throws IOException {
        Files.writeString(dir.resolve("rules.xform"), rules, StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("in.ads"), input, StandardCharsets.ISO_8859_1);
        List<String> a = new ArrayList<>(List.of("-rules", "rules.xform", "-in", "in.ads"));
        a.addAll(Arrays.asList(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new TransformTool(dir, Map.of(), Configuration.parse("NETWORK_HOSTNAME = ce.example.org\n"),
                new ByteArrayInputStream(new byte[0]), out, err).run(a);
        return new Outcome(exit, out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1));
    }

    private void sameForEveryThreadCount(String rules, String input, String... args) throws IOException {
        List<String> one = new ArrayList<>(Arrays.asList(args));
        one.addAll(List.of("-j", "1"));
        Outcome sequential = run(rules, input, one.toArray(String[]::new));
        assertTrue(sequential.out().length() > 1000, sequential.err());
        for (String n : new String[] {"2", "3", "8"}) {
            List<String> many = new ArrayList<>(Arrays.asList(args));
            many.addAll(List.of("-j", n));
            Outcome parallel = run(rules, input, many.toArray(String[]::new));
            assertEquals(sequential.exit(), parallel.exit(), "exit with -j " + n);
            assertEquals(sequential.out(), parallel.out(), "stdout with -j " + n);
            assertEquals(sequential.err(), parallel.err(), "stderr with -j " + n);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"long", "json", "jsonl", "xml", "new", "newl", "long,nosort", "json,nosort"})
    void plainRulesInEveryForm(String form) throws IOException {
        sameForEveryThreadCount(PLAIN, ads(3000, false), "-out:" + form, "-");
        String out = run(PLAIN, ads(10, false), "-quiet").out();
        assertTrue(out.contains("Queue = \"big\"\n") && out.contains("Queue = \"small\"\n")
                && out.contains("OriguestCpus = ") && out.contains("Kept = \"j0\"") && !out.contains("TmpA"), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-verbose", "-compat"})
    void iteratingRulesWithTheirCounters(String option) throws IOException {
        sameForEveryThreadCount(ITERATING, ads(1500, false), option);
        String out = run(ITERATING, ads(1, false), "-quiet").out();
        assertTrue(out.contains("Item = \"gamma\"") && out.contains("Row = 2") && out.contains("Step = 1"), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-terse", "-compat"})
    void aFailingTransformStopsTheInputAtTheSamePlace(String option) throws IOException {
        sameForEveryThreadCount(FAILING, ads(3000, false), option, "-verbose");
        Outcome o = run(FAILING, ads(3000, false), option);
        assertTrue(o.out().contains("ProcId = 1233\n") && !o.out().contains("ProcId = 1234\n"), o.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-terse", "-compat"})
    void malformedAdsAreReportedInOrder(String option) throws IOException {
        sameForEveryThreadCount(PLAIN, ads(3000, true), option);
    }
}
