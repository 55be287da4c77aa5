package org.jclassad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.eval.EvalOptions;
import org.jclassad.eval.Evaluation;
import org.jclassad.eval.Planner;
import org.jclassad.io.JsonReader;
import org.jclassad.io.JsonWriter;
import org.jclassad.io.LongFormReader;
import org.jclassad.io.NewSyntaxWriter;
import org.jclassad.io.OldSyntaxWriter;
import org.jclassad.io.PrettyWriter;
import org.jclassad.match.MatchClassAd;
import org.jclassad.parse.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;

/**
 * The conformance protocol (JSON Lines): one case in, one result out, never stopping early.
 * The same code serves {@code jclassad batch} and the conformance tests.
 */
public final class Batch {
    private static final JsonFactory JSON = new JsonFactory();

    private final ZoneId zone;

    public Batch(ZoneId zone) {
        this.zone = zone;
    }

    /** Reads cases until end of input, writing and flushing one result line per non-blank line. */
    public void run(BufferedReader in, Writer out) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            out.write(answer(line));
            out.write('\n');
            out.flush();
        }
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
        try {
            Map<String, Object> result = run(input);
            if (id != null) {
                result.put("id", id);
            }
            return write(result);
        } catch (RuntimeException | StackOverflowError unexpected) {
            Map<String, Object> r = result(id, false, "internal");
            r.put("detail", String.valueOf(unexpected));
            return write(r);
        }
    }

    /** Runs one parsed case and returns its result object (without the id). */
    public Map<String, Object> run(Map<String, Object> c) {
        String op = String.valueOf(c.get("op"));
        boolean oldSemantics = !Boolean.FALSE.equals(c.get("old_semantics"));
        ParseOptions parse = ParseOptions.defaults().withCompat(oldSemantics).withZone(zone);
        EvalOptions eval = EvalOptions.defaults().withOldSemantics(oldSemantics).withZone(zone);
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
    }

    private Map<String, Object> eval(Map<String, Object> c, ParseOptions parse, EvalOptions eval) {
        ClassAd ad;
        ClassAd target = null;
        try {
            ad = c.get("ad") == null ? new ClassAd() : readAd((String) c.get("ad"), (String) c.get("ad_syntax"), parse);
        } catch (ParseException e) {
            return result(null, false, "parse_ad");
        }
        if (c.get("target") != null) {
            try {
                target = readAd((String) c.get("target"), (String) c.get("target_syntax"), parse);
            } catch (ParseException e) {
                return result(null, false, "parse_target");
            }
        }
        Expr expr;
        try {
            expr = caseExpression(c, parse);
        } catch (ParseException e) {
            return result(null, false, "parse");
        }
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
    }

    private Map<String, Object> parseExpr(Map<String, Object> c, ParseOptions parse) {
        Expr expr;
        try {
            expr = caseExpression(c, parse);
        } catch (ParseException e) {
            return result(null, false, "parse");
        }
        Map<String, Object> r = result(null, true, null);
        r.put("unparse", text(Unparser.newSyntax(expr)));
        r.put("old", text(Unparser.oldSyntax(expr)));
        r.put("json", text(JsonWriter.write(expr, false)));
        return r;
    }

    private Map<String, Object> parseAd(Map<String, Object> c, ParseOptions parse) {
        ClassAd ad;
        try {
            ad = readAd(String.valueOf(c.get("text")), (String) c.get("syntax"), parse);
        } catch (ParseException e) {
            return result(null, false, "parse");
        }
        Map<String, Object> r = result(null, true, null);
        r.put("new", text(NewSyntaxWriter.unparse(ad)));
        r.put("old", text(OldSyntaxWriter.longForm(ad)));
        r.put("old_unparser", text(OldSyntaxWriter.libraryOrder(ad)));
        r.put("json", text(JsonWriter.write(ad, false)));
        r.put("json_pretty", text(JsonWriter.write(ad, true)));
        r.put("pretty", text(PrettyWriter.write(ad)));
        return r;
    }

    private Map<String, Object> match(Map<String, Object> c, ParseOptions parse, EvalOptions eval) {
        ClassAd left;
        ClassAd right;
        try {
            left = readAd(String.valueOf(c.get("left")), (String) c.get("left_syntax"), parse);
        } catch (ParseException e) {
            return result(null, false, "parse_left");
        }
        try {
            right = readAd(String.valueOf(c.get("right")), (String) c.get("right_syntax"), parse);
        } catch (ParseException e) {
            return result(null, false, "parse_right");
        }
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
    }

    /** The case's {@code expr}, parsed fully, in old syntax when the case says so. */
    private static Expr caseExpression(Map<String, Object> c, ParseOptions parse) {
        String text = Value.toByteString(String.valueOf(c.get("expr")));
        return ExprParser.parseExpression(text, parse.withOldSyntax(Boolean.TRUE.equals(c.get("old_syntax"))), true);
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
        return ClassAd.fromRecord(ExprParser.parseRecord(bytes, parse),
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
