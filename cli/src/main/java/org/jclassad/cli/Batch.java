package org.jclassad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.Planner;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.format.JsonReader;
import org.jclassad.format.JsonWriter;
import org.jclassad.format.LongFormReader;
import org.jclassad.format.NewSyntaxWriter;
import org.jclassad.format.OldSyntaxWriter;
import org.jclassad.format.PrettyWriter;
import org.jclassad.eval.MatchClassAd;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;

/**
 * The conformance protocol (JSON Lines): one case in, one result out, never stopping early.
 * The same code serves {@code jclassad batch} and the conformance tests.
 */
public final class Batch {
    /** Case lines may hold strings as long as a line (Jackson's default stops at 20 million characters). */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    /** The longest case line read, in characters (a parse itself is limited by ParseOptions.maxChars). */
    public static final int DEFAULT_MAX_LINE_CHARS = 32 << 20;

    private final ZoneId zone;
    private final int maxLineChars;
    private final PrintStream diagnostics;

    public Batch(ZoneId zone) {
        this(zone, DEFAULT_MAX_LINE_CHARS, System.err);
    }

    /**
     * @param maxLineChars longer case lines are skipped and answered {@code bad_json}
     * @param diagnostics  told of anything unexpected (the case is still answered by the protocol)
     */
    public Batch(ZoneId zone, int maxLineChars, PrintStream diagnostics) {
        this.zone = zone;
        this.maxLineChars = maxLineChars;
        this.diagnostics = diagnostics;
    }

    /** Reads cases until end of input, writing and flushing one result line per non-blank line. */
    public void run(BufferedReader in, Writer out) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int length = readLine(in, line);
            if (length < 0) {
                return;
            }
            String answer;
            if (length > maxLineChars) {
                Map<String, Object> r = result(null, false, "bad_json");
                r.put("detail", "line of " + length + " characters is longer than the limit of " + maxLineChars);
                answer = write(r);
            } else if (isBlank(line)) {
                continue;
            } else {
                answer = answer(line.toString());
            }
            out.write(answer);
            out.write('\n');
            out.flush();
        }
    }

    /**
     * Reads one line (without its {@code \n} and a {@code \r} before it) into {@code line}, keeping at
     * most {@link #maxLineChars} + 1 characters; returns the line's full length, -1 at the end.
     */
    private int readLine(BufferedReader in, StringBuilder line) throws IOException {
        line.setLength(0);
        int length = 0;
        int c = in.read();
        if (c < 0) {
            return -1;
        }
        while (c >= 0 && c != '\n') {
            if (length <= maxLineChars) {
                line.append((char) c);
            }
            length = length == Integer.MAX_VALUE ? length : length + 1;
            c = in.read();
        }
        if (length <= maxLineChars && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
            length--;
        }
        return length;
    }

    private static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The result line for one case line. */
    public String answer(String line) {
        Map<String, Object> input;
        try {
            input = readObject(line);
        } catch (IOException | RuntimeException e) {
            return write(result(null, false, "bad_json"));
        }
        Object id = input.get("id");
        Map<String, Object> result = run(input);
        if (id != null) {
            result.put("id", id);
        }
        return write(result);
    }

    /**
     * Runs one parsed case and returns its result object (without the id). Every case gets one of
     * the protocol's results: a step that fails, whether with a parse error or (a bug, reported to
     * the diagnostics stream) anything else, gives that step's protocol error.
     */
    public Map<String, Object> run(Map<String, Object> c) {
        String op = String.valueOf(c.get("op"));
        boolean oldSemantics = !Boolean.FALSE.equals(c.get("old_semantics"));
        ParseOptions parse = ParseOptions.defaults().withCompat(oldSemantics).withZone(zone);
        EvalOptions eval = EvalOptions.defaults().withOldSemantics(oldSemantics).withZone(zone);
        try {
            switch (op) {
                case "eval":
                    return eval(c, parse, eval);
                case "parse_expr":
                    return parseExpr(c, parse);
                case "parse_ad":
                    return parseAd(c, parse);
                case "match":
                    return match(c, parse, eval);
                default:
                    return result(null, false, "unknown_op");
            }
        } catch (StepFailed failed) {
            return failed.result;
        }
    }

    /** A step of a case that failed; its result is the case's answer. */
    private static final class StepFailed extends RuntimeException {
        final transient Map<String, Object> result;

        StepFailed(Map<String, Object> result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    /** Runs one step of a case; if it fails, the case's answer is {@code failure}. */
    private <T> T step(String name, Map<String, Object> failure, Supplier<T> work) {
        try {
            return work.get();
        } catch (ParseException e) {
            throw new StepFailed(failure);
        } catch (StepFailed e) {
            throw e;
        } catch (RuntimeException unexpected) {
            diagnostics.println("jclassad batch: unexpected " + unexpected + " in step '" + name
                    + "'; answered " + failure);
            throw new StepFailed(failure);
        }
    }

    private <T> T step(String name, String error, Supplier<T> work) {
        return step(name, result(null, false, error), work);
    }

    private Map<String, Object> eval(Map<String, Object> c, ParseOptions parse, EvalOptions eval) {
        ClassAd ad = step("read ad", "parse_ad", () -> c.get("ad") == null ? new ClassAd()
                : readAd((String) c.get("ad"), (String) c.get("ad_syntax"), parse));
        ClassAd target = c.get("target") == null ? null : step("read target", "parse_target",
                () -> readAd((String) c.get("target"), (String) c.get("target_syntax"), parse));
        Expr expr = step("parse expr", "parse", () -> caseExpression(c, parse));
        Map<String, Object> failed = result(null, false, "eval");
        failed.put("value", "error");
        failed.put("type", "error");
        return step("evaluate", failed, () -> {
            Evaluation result;
            if (target == null) {
                result = ad.evaluate(expr, eval);
            } else {
                MatchClassAd match = new MatchClassAd(ad, target, eval);
                result = match.evaluateInLeft(Planner.planExpr(expr));
            }
            Map<String, Object> r = result(null, !result.failed(), result.failed() ? "eval" : null);
            r.put("value", text(Unparser.newSyntax(result.value())));
            r.put("type", result.value().type().displayName());
            return r;
        });
    }

    private Map<String, Object> parseExpr(Map<String, Object> c, ParseOptions parse) {
        return step("parse expr", "parse", () -> {
            Expr expr = caseExpression(c, parse);
            Map<String, Object> r = result(null, true, null);
            r.put("unparse", text(Unparser.newSyntax(expr)));
            r.put("old", text(Unparser.oldSyntax(expr)));
            r.put("json", text(JsonWriter.write(expr, false)));
            return r;
        });
    }

    private Map<String, Object> parseAd(Map<String, Object> c, ParseOptions parse) {
        return step("parse ad", "parse", () -> {
            ClassAd ad = readAd(String.valueOf(c.get("text")), (String) c.get("syntax"), parse);
            Map<String, Object> r = result(null, true, null);
            r.put("new", text(NewSyntaxWriter.unparse(ad)));
            r.put("old", text(OldSyntaxWriter.longForm(ad)));
            r.put("old_unparser", text(OldSyntaxWriter.libraryOrder(ad)));
            r.put("json", text(JsonWriter.write(ad, false)));
            r.put("json_pretty", text(JsonWriter.write(ad, true)));
            r.put("pretty", text(PrettyWriter.write(ad)));
            return r;
        });
    }

    private Map<String, Object> match(Map<String, Object> c, ParseOptions parse, EvalOptions eval) {
        ClassAd left = step("read left", "parse_left",
                () -> readAd(String.valueOf(c.get("left")), (String) c.get("left_syntax"), parse));
        ClassAd right = step("read right", "parse_right",
                () -> readAd(String.valueOf(c.get("right")), (String) c.get("right_syntax"), parse));
        return step("match", "eval", () -> {
            MatchClassAd m = new MatchClassAd(left, right, eval);
            Evaluation sym = m.symmetricMatchValue();
            Evaluation lr = m.leftRequirements();
            Evaluation rr = m.rightRequirements();
            Evaluation lrank = m.leftRank();
            Evaluation rrank = m.rightRank();
            Map<String, Object> r = result(null, true, null);
            r.put("symmetric", MatchClassAd.isTrue(sym));
            r.put("left_requirements", MatchClassAd.isTrue(lr));
            r.put("right_requirements", MatchClassAd.isTrue(rr));
            put(r, "symmetric_value", "symmetric_type", sym);
            put(r, "left_requirements_value", "left_requirements_type", lr);
            put(r, "right_requirements_value", "right_requirements_type", rr);
            put(r, "left_rank", "left_rank_type", lrank);
            put(r, "right_rank", "right_rank_type", rrank);
            return r;
        });
    }

    /** The case's {@code expr}, parsed fully, in old syntax when the case says so. */
    private static Expr caseExpression(Map<String, Object> c, ParseOptions parse) {
        String text = Value.toByteString(String.valueOf(c.get("expr")));
        return ExprParser.parseExpression(text, parse.withOldSyntax(Boolean.TRUE.equals(c.get("old_syntax"))), Reading.WHOLE);
    }

    private static void put(Map<String, Object> r, String valueKey, String typeKey, Evaluation e) {
        r.put(valueKey, text(Unparser.newSyntax(e.value())));
        r.put(typeKey, e.value().type().displayName());
    }

    /** Reads an ad in new, old (long format) or JSON syntax. */
    public static ClassAd readAd(String text, String syntax, ParseOptions parse) {
        String bytes = Value.toByteString(text);
        if ("old".equals(syntax)) {
            return LongFormReader.parseAd(bytes, parse);
        }
        if ("json".equals(syntax)) {
            return JsonReader.parseAd(bytes, parse);
        }
        return ClassAdAccess.fromRecord(ExprParser.parseRecord(bytes, parse),
                new Planner(org.jclassad.eval.FunctionRegistry.global()));
    }

    private static String text(String bytes) {
        return Value.fromByteString(bytes);
    }

    private static Map<String, Object> result(Object id, boolean ok, String error) {
        Map<String, Object> r = new LinkedHashMap<>();
        if (id != null) {
            r.put("id", id);
        }
        r.put("ok", ok);
        if (error != null) {
            r.put("error", error);
        }
        return r;
    }

    // ------------------------------------------------------------------ JSON plumbing

    /** Parses one JSON object into maps, lists, strings, numbers, booleans and nulls. */
    public static Map<String, Object> readObject(String line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) readValue(p);
            if (p.nextToken() != null) {
                throw new IOException("trailing data");
            }
            return m;
        }
    }

    private static Object readValue(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String key = p.currentName();
                    p.nextToken();
                    m.put(key, readValue(p));
                }
                return m;
            }
            case START_ARRAY: {
                java.util.List<Object> list = new java.util.ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(p));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    public static String write(Object value) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            writeValue(g, value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sw.toString();
    }

    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v instanceof Map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof java.util.List) {
            g.writeStartArray();
            for (Object o : (java.util.List<?>) v) {
                writeValue(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof String) {
            g.writeString((String) v);
        } else if (v instanceof Boolean) {
            g.writeBoolean((Boolean) v);
        } else if (v instanceof Integer || v instanceof Long) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number) {
            g.writeNumber(((Number) v).doubleValue());
        } else if (v == null) {
            g.writeNull();
        } else {
            g.writeString(String.valueOf(v));
        }
    }
}
