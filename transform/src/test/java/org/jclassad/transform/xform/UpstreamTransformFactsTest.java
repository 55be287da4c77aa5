package org.jclassad.transform.xform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.io.ClassAds;
import org.jclassad.transform.config.Configuration;
import org.jclassad.unparse.Unparser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Facts from HTCondor's own transform tests, kept under {@code /upstream} (see the README there):
 * {@code cmd_transform_ads.run}, {@code job_transform_names_test.run} and the forward half of
 * {@code test_transform_undo.cpp}.
 */
class UpstreamTransformFactsTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = UpstreamTransformFactsTest.class.getResourceAsStream("/upstream/" + name)) {
            assertNotNull(in, "missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static Path resourceDir(String name) {
        try {
            return Path.of(UpstreamTransformFactsTest.class.getResource("/upstream/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Canonical old-syntax text of an expression given as text. */
    private static String canon(String exprText) {
        Expr e = ClassAds.parseOld("X = " + exprText + "\n").lookup("X");
        assertNotNull(e, "unparsable expected expression " + exprText);
        return Unparser.oldSyntax(e);
    }

    private static String value(ClassAd ad, String attr) {
        Expr e = ad.lookup(attr);
        return e == null ? null : Unparser.oldSyntax(e);
    }

    private static List<String> tsvRows(String name) throws IOException {
        List<String> rows = new ArrayList<>();
        for (String line : resource(name).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line);
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------ cmd_transform_ads.run

    private static List<ClassAd> cmdTransformAdsInput() throws IOException {
        List<ClassAd> ads = new ArrayList<>();
        for (String block : resource("cmd_transform_ads.ads").split("\n\\s*\n")) {
            if (!block.isBlank()) {
                ads.add(ClassAds.parseOld(block.strip() + "\n"));
            }
        }
        return ads;
    }

    @TestFactory
    Stream<DynamicTest> cmdTransformAds() throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, List<String[]>> attrs = new LinkedHashMap<>();
        for (String row : tsvRows("cmd_transform_ads.expect.tsv")) {
            String[] f = row.split("\t", -1);
            if (f[0].equals("count")) {
                counts.put(f[1], Integer.parseInt(f[2]));
            } else {
                attrs.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f);
            }
        }
        return counts.keySet().stream().map(check -> DynamicTest.dynamicTest("cmd_transform_ads " + check, () -> {
            List<ClassAd> inputs = cmdTransformAdsInput();
            assertEquals(8, inputs.size(), "synthesised input ads");
            Transform t = Transform.fromRulesText(check + ".rules", resource("cmd_transform_ads/" + check + ".rules"));
            Transformer tr = Transformer.builder().cwd(resourceDir("cmd_transform_ads")).add(t).build();
            List<ClassAd> out = new ArrayList<>();
            List<ClassAd> sourceOf = new ArrayList<>();
            for (ClassAd in : inputs) {
                TransformResult r = tr.apply(in);
                assertFalse(r.failed(), () -> check + ": transform failed: " + r.failure() + " " + r.errors());
                for (ClassAd a : r.ads()) {
                    out.add(a);
                    sourceOf.add(in);
                }
            }
            assertEquals(counts.get(check), out.size(), check + ": number of output ads");
            for (String[] f : attrs.getOrDefault(check, List.of())) {
                int cycle = Integer.parseInt(f[2]);
                int slot = Integer.parseInt(f[3]);
                String attr = f[4];
                String want = f[5];
                for (int i = 0; i < out.size(); i++) {
                    if (i % cycle != slot) {
                        continue;
                    }
                    String got = value(out.get(i), attr);
                    String where = check + " ad " + i + " " + attr;
                    if (want.equals("!")) {
                        assertNull(got, where + " should be absent");
                    } else if (want.equals("?")) {
                        assertNotNull(got, where + " should be present");
                    } else if (want.startsWith("=")) {
                        assertEquals(value(out.get(i), want.substring(1)), got, where);
                    } else {
                        String w = want;
                        if (w.contains("{DiskUsage*2}")) {
                            long disk = Long.parseLong(value(sourceOf.get(i), "DiskUsage"));
                            w = w.replace("{DiskUsage*2}", Long.toString(disk * 2));
                        }
                        assertNotNull(got, where + " should be present");
                        assertEquals(canon(w), got, where);
                    }
                }
            }
        }));
    }

    // ------------------------------------------------------------------ job_transform_names_test.run

    private static ClassAd submittedJob(boolean illegal, int proc) {
        return ClassAds.parseOld("ClusterId = 1\nProcId = " + proc + "\nCmd = \"x_sleep.pl\"\nJobStatus = 5\n"
                + "HoldReasonCode = 15\nJobUniverse = 5\nOwner = \"billg\"\n"
                + "NeverThere2 = \"Please work!\"\nillegal = " + illegal + "\n");
    }

    @TestFactory
    Stream<DynamicTest> jobTransformNames() throws IOException {
        Configuration cfg = Configuration.parse(resource("job_transform_names.config"));
        Transformer.Builder b = Transformer.builder().config(cfg);
        for (String name : cfg.expanded("JOB_TRANSFORM_NAMES").trim().split("[\\s,]+")) {
            Transform t = Transform.fromConfig(cfg, "JOB_TRANSFORM_" + name, name);
            assertNotNull(t, "JOB_TRANSFORM_" + name);
            b.add(t);
        }
        Transformer tr = b.build();
        return tsvRows("job_transform_names.expect.tsv").stream().map(row -> {
            String[] f = row.split("\t", -1);
            return DynamicTest.dynamicTest("job_transform_names illegal=" + f[0] + " proc " + f[1] + " " + f[2], () -> {
                TransformResult r = tr.apply(submittedJob(Boolean.parseBoolean(f[0]), Integer.parseInt(f[1])));
                assertFalse(r.failed(), () -> "transform failed: " + r.failure() + " " + r.errors());
                String got = value(r.ad(), f[2]);
                if (f[3].equals("!")) {
                    assertNull(got, f[2] + " should be absent");
                } else {
                    assertEquals(canon(f[3]), got, f[2]);
                }
            });
        });
    }

    // ------------------------------------------------------------------ test_transform_undo.cpp (forward only)

    /** One upstream check: transform {@code xform} applied to the job, {@code reload} first if set. */
    private record UndoCheck(String name, String xform, String load, boolean reload, List<String> expected) {
    }

    @TestFactory
    Stream<DynamicTest> transformUndoForward() throws IOException {
        Map<String, List<String>> jobs = new LinkedHashMap<>();
        Map<String, List<String>> xforms = new LinkedHashMap<>();
        List<UndoCheck> checks = new ArrayList<>();
        List<String> current = null;
        String load = null;
        boolean reload = false;
        for (String line : resource("transform_undo.facts").split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (!line.startsWith("@")) {
                current.add(line);
                continue;
            }
            String[] w = line.substring(1).trim().split("\\s+");
            current = new ArrayList<>();
            switch (w[0]) {
                case "job" -> {
                    if (w.length > 2) {
                        current.addAll(jobs.get(w[2]));
                    }
                    jobs.put(w[1], current);
                }
                case "xform" -> xforms.put(w[1], current);
                case "load" -> {
                    load = w[1];
                    reload = true;
                }
                case "check" -> {
                    checks.add(new UndoCheck(w[1], w[2], load, reload, current));
                    reload = false;
                }
                default -> throw new IllegalStateException(line);
            }
        }

        // Each check runs on the output of the previous one since the last reload, as upstream commits
        // the change set to the job before the next check.
        List<DynamicTest> tests = new ArrayList<>();
        ClassAd[] job = new ClassAd[1];
        for (UndoCheck c : checks) {
            tests.add(DynamicTest.dynamicTest("transform_undo " + (tests.size() + 1) + " " + c.name(), () -> {
                if (c.reload() || job[0] == null) {
                    job[0] = ClassAds.parseOld(String.join("\n", jobs.get(c.load())) + "\n");
                }
                String code = c.expected().get(0);
                Map<String, String> changes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                for (String l : c.expected().subList(1, c.expected().size())) {
                    if (!l.equals("<empty>")) {
                        int eq = l.indexOf(" = ");
                        changes.put(l.substring(0, eq), l.substring(eq + 3));
                    }
                }
                ClassAd before = job[0];
                Transform t = Transform.fromRulesText(c.xform(), String.join("\n", xforms.get(c.xform())) + "\n");
                assertTrue(t.matches(before), c.name() + ": REQUIREMENTS should match");
                TransformResult r = Transformer.of(t).apply(before);
                assertFalse(r.failed(), () -> c.name() + ": transform failed: " + r.failure() + " " + r.errors());
                ClassAd after = r.ad();
                job[0] = after;

                boolean requestChanged = false;
                for (Map.Entry<String, String> e : changes.entrySet()) {
                    String got = value(after, e.getKey());
                    if (e.getValue().equals("undefined")) {
                        assertTrue(got == null || got.equals("undefined"), c.name() + ": " + e.getKey()
                                + " should be deleted, is " + got);
                    } else {
                        assertEquals(canon(e.getValue()), got, c.name() + ": " + e.getKey());
                    }
                }
                // everything not in the change set is unchanged, and nothing else was added
                for (ClassAd.Attribute a : before.attributes()) {
                    String was = Unparser.oldSyntax(a.expr());
                    String now = value(after, a.name());
                    if (!changes.containsKey(a.name())) {
                        assertEquals(was, now, c.name() + ": " + a.name() + " should be unchanged");
                    } else if (!was.equals(now) && a.name().regionMatches(true, 0, "Request", 0, 7)) {
                        requestChanged = true;
                    }
                }
                for (ClassAd.Attribute a : after.attributes()) {
                    if (before.lookup(a.name()) == null) {
                        assertTrue(changes.containsKey(a.name()), c.name() + ": unexpected new attribute "
                                + a.name());
                        if (a.name().regionMatches(true, 0, "Request", 0, 7)) {
                            requestChanged = true;
                        }
                    }
                }
                assertEquals(code, requestChanged ? "JOB_SHOULD_REQUEUE" : "JOB_SHOULD_HOLD",
                        c.name() + ": a Request* attribute changed iff the job is requeued");
            }));
        }
        return tests.stream();
    }
}
