package org.jclassad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.TestSupport;
import org.jclassad.ast.RecordExpr;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.eval.MatchClassAd;
import org.jclassad.parser.ExprParser;
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
 * The specialised planning (comparison nodes, name-versus-literal comparisons, the boolean
 * shortcuts of {@code &&} and {@code ||}) evaluates exactly as the plain planning does: same
 * value, same failure, with HTCondor's limits and with limits small enough to be reached.
 */
class SpecialisedPlanningPropertiesTest {
    private static final List<String> NAMES = List.of("a", "b", "c", "Cpus", "Arch", "nosuch");
    private static final List<String> LITERALS = List.of("0", "1", "2", "-1", "2048", "9223372036854775807", "0.0",
            "-0.0", "1.5", "2.0", "true", "false", "undefined", "error", "\"\"", "\"X86_64\"", "\"x86_64\"", "\"X86\"",
            "{ 1 }", "relTime(\"1:00\")", "absTime(\"2020-01-01T00:00:00Z\")");
    private static final List<String> BINARY = List.of("<", "<=", ">", ">=", "==", "!=", "=?=", "=!=", "&&", "||",
            "+", "*", "/");

    @Provide
    Arbitrary<String> expressions() {
        return expression(4);
    }

    private Arbitrary<String> expression(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(Arbitraries.of(LITERALS), Arbitraries.of(NAMES));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> expression(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(2, leaf),
                Tuple.of(3, Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of("<", "<=", ">", ">=", "==", "!="),
                        Arbitraries.of(LITERALS)).as((n, op, l) -> n + " " + op + " " + l)),
                Tuple.of(4, Combinators.combine(sub, Arbitraries.of(BINARY), sub).as((l, op, r) -> l + " " + op + " " + r)),
                Tuple.of(1, sub.map(e -> "(" + e + ")")),
                Tuple.of(1, sub.map(e -> "!(" + e + ")")),
                Tuple.of(1, Combinators.combine(sub, sub, sub).as((x, y, z) -> "(" + x + ") ? (" + y + ") : (" + z + ")")),
                Tuple.of(1, sub.map(e -> "{ " + e + " }[0]")),
                Tuple.of(1, sub.map(e -> "[ q = " + e + " ].q")));
    }

    @Provide
    Arbitrary<String> ads() {
        Arbitrary<String> value = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(LITERALS)),
                Tuple.of(2, expression(2)), Tuple.of(1, Arbitraries.of("a", "b && c", "Cpus >= 2 && a")));
        return Combinators.combine(Arbitraries.of(NAMES.subList(0, 5)), value).as((n, v) -> n + " = " + v)
                .list().ofMaxSize(6).map(l -> "[ " + String.join("; ", l) + " ]");
    }

    @Provide
    Arbitrary<EvalOptions> options() {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(TestSupport.EVAL)),
                Tuple.of(3, Combinators.combine(Arbitraries.integers().between(0, 10), Arbitraries.longs().between(0, 50))
                        .as((d, s) -> TestSupport.EVAL.withLimits(d, s))));
    }

    /** Every literal or name against every other under each specialised operator, in one ad. */
    @org.junit.jupiter.api.Test
    void everyOperandPairEvaluatesAsThePlainPlanning() {
        List<String> operands = new ArrayList<>(LITERALS);
        operands.addAll(NAMES);
        String adText = "[ a = 1; b = true; c = \"X86_64\"; Cpus = undefined; Arch = a + 1 ]";
        for (String op : List.of("&&", "||", "<", "<=", ">", ">=", "==", "!=")) {
            for (String l : operands) {
                for (String r : operands) {
                    specialisedPlanningEvaluatesAsThePlainPlanning(l + " " + op + " " + r, adText, TestSupport.EVAL);
                }
            }
        }
    }

    @Property(tries = 3000, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void specialisedPlanningEvaluatesAsThePlainPlanning(@ForAll("expressions") String text, @ForAll("ads") String adText,
            @ForAll("options") EvalOptions options) {
        FunctionRegistry functions = FunctionRegistry.global();
        RecordExpr record = ExprParser.parseRecord(adText, TestSupport.PARSE);
        ClassAd fast = ClassAdAccess.fromRecord(record, new Planner(functions));
        ClassAd plain = ClassAdAccess.fromRecord(record, Planner.plain(functions));
        Node fastNode = new Planner(functions).plan(TestSupport.parse(text));
        Node plainNode = Planner.plain(functions).plan(TestSupport.parse(text));
        ClassAd other = ClassAd.parse("[ Cpus = 4; nosuch = 1 ]", TestSupport.PARSE);
        assertEquals(describe(Evaluator.run(plainNode, ClassAdAccess.scope(plain), options)),
                describe(Evaluator.run(fastNode, ClassAdAccess.scope(fast), options)), text + " in " + adText);
        assertEquals(describe(new MatchClassAd(plain, other, options).evaluateInLeft(plainNode)),
                describe(new MatchClassAd(fast, other, options).evaluateInLeft(fastNode)), text + " in a match");
    }

    private static String describe(Evaluation e) {
        Value v = e.value();
        return e.failed() + " " + v.type() + " " + Unparser.newSyntax(v);
    }
}
