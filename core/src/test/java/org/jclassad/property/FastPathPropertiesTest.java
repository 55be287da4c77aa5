package org.jclassad.property;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.TestSupport;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.CompiledExpression;
import org.jclassad.eval.Evaluator;
import org.jclassad.eval.Node;
import org.jclassad.eval.Planner;
import org.jclassad.eval.Scope;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.eval.MatchClassAd;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;

import java.util.ArrayList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Every fast path gives exactly what the plain interpreter ({@link Evaluator#run(org.jclassad.eval.Node, org.jclassad.eval.Scope, EvalOptions)}) gives: the
 * compiled tier and the reusable {@link Evaluator}, on generated expressions and ads, in a plain
 * ad and inside a match, with HTCondor's limits and with limits small enough to be reached.
 */
class FastPathPropertiesTest {
    private static final List<String> NAMES = List.of("a", "b", "c", "Cpus", "Memory", "Arch", "OpSys", "nosuch");
    private static final List<String> LITERALS = List.of("0", "1", "2", "-1", "2048", "9223372036854775807",
            "-9223372036854775808", "0.0", "-0.0", "1.5", "2048.0", "1e308", "true", "false", "undefined", "error",
            "\"\"", "\"X86_64\"", "\"x86_64\"", "\"LINUX\"", "\"linux\"", "\"Linux2\"", "relTime(\"1:00\")",
            "absTime(\"2020-01-01T00:00:00Z\")");
    /** Few values, so that bound values and compared constants are often equal, or differ by one, or by case. */
    private static final List<String> NEAR = List.of("1", "2", "3", "\"x86_64\"", "\"X86_64\"", "\"X86_6\"");
    private static final List<String> BINARY = List.of("+", "-", "*", "/", "%", "<", "<=", ">", ">=", "==", "!=",
            "=?=", "=!=", "&&", "||", "&", "|", "^", "<<", ">>", ">>>");

    @Provide
    Arbitrary<String> compilable() {
        return compilable(5);
    }

    private Arbitrary<String> compilable(int depth) {
        Arbitrary<String> leaf = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(LITERALS)),
                Tuple.of(3, Arbitraries.of(NAMES)),
                Tuple.of(1, Arbitraries.integers().between(-5, 5000).map(String::valueOf)));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> compilable(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(3, leaf),
                // attribute-versus-literal comparisons, the specialised leaves
                Tuple.of(3, Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of("<", "<=", ">", ">=", "==", "!="),
                        Arbitraries.of(LITERALS)).as((n, op, l) -> n + " " + op + " " + l)),
                Tuple.of(3, Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of("<", "<=", ">", ">=", "==", "!="),
                        Arbitraries.of(NEAR)).as((n, op, l) -> n + " " + op + " " + l)),
                Tuple.of(1, Combinators.combine(Arbitraries.of(LITERALS), Arbitraries.of("<", ">=", "==", "!="),
                        Arbitraries.of(NAMES)).as((l, op, n) -> l + " " + op + " " + n)),
                Tuple.of(4, Combinators.combine(sub, Arbitraries.of(BINARY), sub).as((l, op, r) -> l + " " + op + " " + r)),
                Tuple.of(2, sub.map(e -> "(" + e + ")")),
                Tuple.of(1, Combinators.combine(Arbitraries.of("!", "-", "+", "~"), sub).as((op, e) -> op + "(" + e + ")")),
                Tuple.of(3, sub.list().ofMinSize(2).ofMaxSize(10).map(l -> String.join(" && ", l))),
                // outside the compiled subset: stays interpreted
                Tuple.of(1, Combinators.combine(sub, sub, sub).as((c, x, y) -> "(" + c + ") ? (" + x + ") : (" + y + ")")),
                Tuple.of(1, sub.map(e -> "isUndefined(" + e + ")")),
                Tuple.of(1, Arbitraries.of("MY.Cpus", "TARGET.Memory", ".a", "self", "parent", "my", "CurrentTime")));
    }

    /** An ad binding some of the names to literals, some to expressions (cycles included), some not at all. */
    @Provide
    Arbitrary<String> ads() {
        Arbitrary<String> value = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(LITERALS)),
                Tuple.of(4, Arbitraries.of(NEAR)),
                Tuple.of(1, Arbitraries.of("a + 1", "b", "Cpus * 2", "c", "{ 1, 2 }", "[ x = 1 ]", "Memory >= 2048")));
        Arbitrary<String> binding = Combinators.combine(Arbitraries.of(NAMES.subList(0, 7)), value)
                .as((n, v) -> n + " = " + v);
        return binding.list().ofMaxSize(8).map(l -> "[ " + String.join("; ", l) + " ]");
    }

    @Provide
    Arbitrary<EvalOptions> options() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(TestSupport.EVAL)),
                Tuple.of(2, Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.longs().between(0, 60))
                        .as((d, s) -> TestSupport.EVAL.withLimits(d, s))));
    }

    @Property(tries = 3000)
    void compiledExpressionGivesTheInterpretersValue(@ForAll("compilable") String text, @ForAll("ads") String adText,
            @ForAll("options") EvalOptions options) {
        Node node = Planner.planExpr(TestSupport.parse(text));
        CompiledExpression compiled = CompiledExpression.compile(node);
        ClassAd ad = ClassAd.parse(adText, TestSupport.PARSE);
        ClassAd other = ClassAd.parse("[ Cpus = 4; Memory = 1024; d = 1; nosuch = \"other\" ]", TestSupport.PARSE);
        Scope inMatch = new MatchClassAd(ad, other, options).leftScope();
        for (Scope scope : new Scope[] {ClassAdAccess.scope(ad), inMatch}) {
            Value expected = Evaluator.run(node, scope, options).value();
            Value actual = compiled.evaluate(scope, options);
            assertEquals(describe(expected), describe(actual), "compiled " + text + " in " + adText);
            assertEquals(expected.truth() == 1, compiled.isTrue(scope, options));
        }
    }

    /** Every specialised comparison leaf, against every kind of value the name may be bound to. */
    @org.junit.jupiter.api.Test
    void everyComparisonOfANameWithALiteralCompilesToTheInterpretersValue() {
        List<String> values = new ArrayList<>(LITERALS);
        values.addAll(NEAR);
        List<ClassAd> ads = new ArrayList<>();
        ads.add(ClassAd.parse("[ y = 1 ]", TestSupport.PARSE));
        ads.add(ClassAd.parse("[ x = y; y = 2 ]", TestSupport.PARSE));
        for (String v : values) {
            ads.add(ClassAd.parse("[ x = " + v + " ]", TestSupport.PARSE));
        }
        for (String op : List.of("<", "<=", ">", ">=", "==", "!=", "=?=", "=!=", "+", "&&")) {
            for (String c : values) {
                for (String text : List.of("x " + op + " " + c, c + " " + op + " x")) {
                    Node node = Planner.planExpr(TestSupport.parse(text));
                    CompiledExpression compiled = CompiledExpression.compile(node);
                    assertEquals(true, compiled.isCompiled(), text);
                    for (ClassAd ad : ads) {
                        Value expected = Evaluator.run(node, ClassAdAccess.scope(ad), TestSupport.EVAL).value();
                        assertEquals(describe(expected), describe(compiled.evaluate(ClassAdAccess.scope(ad), TestSupport.EVAL)),
                                text + " in " + ad);
                    }
                }
            }
        }
    }

    @Property(tries = 1000)
    void compiledExpressionMatchesOnGeneralExpressions(@ForAll("general") String text) {
        Node node = Planner.planExpr(TestSupport.parse(text));
        ClassAd ad = ClassAd.parse("[a = 1; b = \"B\"; x = {1, 2}; q = [a = 2]]", TestSupport.PARSE);
        Value expected = Evaluator.run(node, ClassAdAccess.scope(ad), TestSupport.EVAL).value();
        assertEquals(describe(expected), describe(CompiledExpression.compile(node).evaluate(ClassAdAccess.scope(ad), TestSupport.EVAL)));
    }

    @Provide
    Arbitrary<String> general() {
        return Expressions.expression();
    }

    @Property(tries = 1000)
    void reusedEvaluatorGivesEvaluationRunsResult(@ForAll("general") String text, @ForAll("options") EvalOptions options) {
        Node node = Planner.planExpr(TestSupport.parse(text));
        ClassAd ad = ClassAd.parse("[a = 1; b = \"B\"; x = {1, 2}; q = [a = 2]; c = c + 1]", TestSupport.PARSE);
        Evaluator evaluator = new Evaluator(options);
        Evaluation expected = Evaluator.run(node, ClassAdAccess.scope(ad), options);
        for (int i = 0; i < 2; i++) {  // the second run reuses the context the first one left
            Evaluation actual = evaluator.run(node, ClassAdAccess.scope(ad));
            assertEquals(expected.failed(), actual.failed());
            assertEquals(describe(expected.value()), describe(actual.value()));
            assertEquals(describe(expected.value()), describe(evaluator.evaluate(node, ClassAdAccess.scope(ad))));
            assertEquals(!expected.failed() && expected.value().truth() == 1, evaluator.isTrue(node, ClassAdAccess.scope(ad)));
        }
    }

    private static String describe(Value v) {
        return v.type() + " " + Unparser.newSyntax(v);
    }
}
