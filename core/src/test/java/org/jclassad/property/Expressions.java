package org.jclassad.property;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates ClassAd expression text that is valid by construction: every compound operand is
 * parenthesised (the printer never adds parentheses), and HTCondor's corner values are mixed in.
 */
final class Expressions {
    private static final List<String> BINARY = List.of("+", "-", "*", "/", "%", "<", "<=", ">", ">=", "==", "!=",
            "=?=", "=!=", "is", "isnt", "&&", "||", "&", "|", "^", "<<", ">>", ">>>");
    private static final List<String> CORNER = List.of("0", "1", "-1", "9223372036854775807",
            "-9223372036854775808", "0.0", "-0.0", "1.5", "1e308", "-2.5e-300", "true", "false", "undefined",
            "error", "\"\"", "\"a\"", "\"A\"", "\"caf\u00e9\"", "\"x\\ny\"", "{ }", "{ 1, 2 }", "[ a = 1 ]",
            "a", "b", "x", "MY.a", "TARGET.b", ".a", "parent", "self");
    private static final List<String> FUNCTIONS = List.of("strcat", "size", "isUndefined", "ifThenElse", "int",
            "real", "string", "member", "floor", "noSuchFunction");

    private Expressions() {
    }

    static Arbitrary<String> expression() {
        return expression(4);
    }

    private static Arbitrary<String> expression(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(
                Arbitraries.of(CORNER),
                Arbitraries.integers().between(0, 1000).map(String::valueOf),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).map(s -> "\"" + s + "\""),
                Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(3));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> expression(depth - 1));
        Arbitrary<String> operand = sub.map(Expressions::wrap);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf),
                net.jqwik.api.Tuple.of(4, Combinators.combine(operand, Arbitraries.of(BINARY), operand)
                        .as((l, op, r) -> l + " " + op + " " + r)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.of("!", "~", "-", "+"), operand)
                        .as((op, e) -> op + " " + e)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(operand, operand, operand)
                        .as((c, a, b) -> c + " ? " + a + " : " + b)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(operand, operand).as((a, b) -> a + " ?: " + b)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.of(FUNCTIONS), sub.list().ofMaxSize(3))
                        .as((f, args) -> f + "(" + String.join(", ", args) + ")")),
                net.jqwik.api.Tuple.of(1, sub.list().ofMaxSize(3).map(l -> "{ " + String.join(", ", l) + " }")),
                net.jqwik.api.Tuple.of(1, Combinators.combine(operand, Arbitraries.of("a", "b", "parent"))
                        .as((e, n) -> e + "." + n)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(operand, sub).as((e, i) -> e + "[" + i + "]")),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, sub).as((a, b) -> "[ a = " + a + "; b = " + b + " ]")));
    }

    private static String wrap(String e) {
        return "(" + e + ")";
    }
}
