package org.jclassad;

import java.time.ZoneOffset;

import org.jclassad.ast.Expr;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;

/** Small helpers shared by the core tests: parse, evaluate and print with UTC pinned. */
public final class TestSupport {
    public static final ParseOptions PARSE = ParseOptions.defaults().withZone(ZoneOffset.UTC);
    public static final EvalOptions EVAL = EvalOptions.defaults().withZone(ZoneOffset.UTC);

    private TestSupport() {
    }

    public static Expr parse(String text) {
        return ExprParser.parseExpression(Value.toByteString(text), PARSE, Reading.WHOLE);
    }

    /** Evaluates in an empty ad and prints the value as HTCondor would ("eval failed" on failure). */
    public static String eval(String expr) {
        return evalIn(new ClassAd(), expr);
    }

    public static String evalIn(ClassAd ad, String expr) {
        Evaluation e = ad.evaluate(parse(expr), EVAL);
        return e.failed() ? "eval failed" : Value.fromByteString(Unparser.newSyntax(e.value()));
    }

    public static String evalStrict(ClassAd ad, String expr) {
        Expr parsed = ExprParser.parseExpression(Value.toByteString(expr), PARSE.withCompat(false), Reading.WHOLE);
        Evaluation e = ad.evaluate(parsed, EVAL.withOldSemantics(false));
        return e.failed() ? "eval failed" : Value.fromByteString(Unparser.newSyntax(e.value()));
    }

    public static String unparse(String expr) {
        return Value.fromByteString(Unparser.newSyntax(parse(expr)));
    }
}
