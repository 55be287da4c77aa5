package org.jclassad.function;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.io.ClassAds;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;
import org.junit.jupiter.api.Test;

/**
 * Every recorded HTCondor 25.14 case whose area is "function" ({@code ../shared/conformance/cases.jsonl}
 * beside the checkout) gives the recorded printed value and type. Skipped when the shared corpus is absent.
 */
class FunctionCorpusTest {
    /** The checkout is this module's parent; the shared data sit beside it. */
    private static final Path CORPUS = Path.of("").toAbsolutePath().getParent()
            .resolveSibling("shared").resolve("conformance").resolve("cases.jsonl");

    @Test
    void everyRecordedFunctionCaseGivesHTCondorsResult() throws Exception {
        assumeTrue(Files.exists(CORPUS), CORPUS + " not found: skipping the shared function corpus");
        Map<String, int[]> perFunction = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) new Json(line).value();
            @SuppressWarnings("unchecked")
            List<Object> tags = (List<Object>) c.get("tags");
            boolean all = Boolean.getBoolean("corpus.all");
            if (tags == null || !(all || "function".equals(tags.get(0))) || !"eval".equals(c.get("op"))) {
                continue;
            }
            String function = all ? String.valueOf(tags.get(0)) : tags.size() > 1 ? String.valueOf(tags.get(1)) : "?";
            boolean variable = tags.contains("clock") || tags.contains("random");
            int[] counts = perFunction.computeIfAbsent(function, f -> new int[2]);
            counts[1]++;
            String actual;
            try {
                actual = run(c);
            } catch (RuntimeException e) {
                actual = "threw " + e;
                e.printStackTrace(System.out);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> expect = (Map<String, Object>) c.get("expect");
            String expected = Boolean.TRUE.equals(expect.get("ok"))
                    ? expect.get("value") + " : " + expect.get("type")
                    : "failed: " + expect.get("error");
            if (expected.equals(actual) || variable) {
                counts[0]++;
            } else {
                mismatches.add(c.get("id") + "  " + c.get("expr") + "\n    expected " + expected + "\n    actual   " + actual);
            }
        }
        StringBuilder report = new StringBuilder();
        perFunction.forEach((f, n) -> report.append(String.format("%-26s %3d/%3d%n", f, n[0], n[1])));
        System.out.print(report);
        mismatches.forEach(System.out::println);
        assertTrue(mismatches.isEmpty(), mismatches.size() + " function cases differ from HTCondor");
    }

    private static String run(Map<String, Object> c) {
        boolean strict = Boolean.FALSE.equals(c.get("old_semantics"));
        ParseOptions parse = ParseOptions.defaults().withZone(ZoneOffset.UTC).withCompat(!strict);
        EvalOptions eval = EvalOptions.defaults().withZone(ZoneOffset.UTC).withOldSemantics(!strict);
        ClassAd ad;
        try {
            Object text = c.get("ad");
            if (text == null) {
                ad = new ClassAd();
            } else if ("old".equals(c.get("ad_syntax"))) {
                ad = ClassAds.parseOld((String) text);
            } else {
                ad = ClassAd.parse((String) text, parse);
            }
        } catch (ParseException e) {
            return "failed: parse_ad";
        }
        Expr expr;
        try {
            expr = ExprParser.parseExpression(Value.toByteString((String) c.get("expr")), parse, Reading.WHOLE);
        } catch (ParseException e) {
            return "failed: parse";
        }
        Evaluation result = ad.evaluate(expr, eval);
        if (result.failed()) {
            return "failed: eval";
        }
        Value v = result.value();
        return Value.fromByteString(Unparser.newSyntax(v)) + " : " + v.type().displayName();
    }

    /** Just enough JSON for the corpus lines. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    skip();
                    String k = string();
                    skip();
                    i++;
                    m.put(k, value());
                    skip();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    skip();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            return Double.parseDouble(s.substring(start, i));
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++;
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n': b.append('\n'); break;
                    case 't': b.append('\t'); break;
                    case 'r': b.append('\r'); break;
                    case 'b': b.append('\b'); break;
                    case 'f': b.append('\f'); break;
                    case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                    default: b.append(e);
                }
            }
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
