package org.jclassad.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.TestSupport;
import org.jclassad.ast.Expr;
import org.jclassad.io.SamplePool;
import org.junit.jupiter.api.Test;

/**
 * The hand-written reading ({@link DescentParser}) gives the grammar's very result: whenever it
 * answers, the grammar accepts the same text with an equal tree (positions included) and stops
 * at the same place, in old and new syntax, with and without compatibility mode, under small
 * nesting budgets; and it does answer for the text it is meant for (operators, calls, lists,
 * ads, selections, strings, numbers), so that the speed it is there for is real.
 */
class DescentParserPropertiesTest {
    private static final List<String> TOKENS = List.of(
            "a", "B", "x1", "_y", "'q n'", "true", "FALSE", "undefined", "error", "is", "isnt", "isx", "truex",
            "0", "1", "-1", "42", "017", "08", "0x1F", "0x", "1.5", ".5", "-.5", "1.", "1..2", "-2.5e3", "1e", "1e+",
            "1E-3", "7e1", "1e308", "9223372036854775808", "-9223372036854775808", "\"s\"", "\"a\" \"b\"",
            "\"a\"\n\"b\"", "\"e\\n\\101\"", "\"\\0\"", "\"q\\\"\"", "\"\\\\\"", "\"unterminated", "\"\"",
            "+", "-", "--", "*", "/", "%", "<", "<=", ">", ">=", "==", "!=", "=?=", "=!=", "=?", "=!", "&&", "||",
            "&", "|", "^", "<<", ">>", ">>>", "!", "~", "?", ":", "?:", "? :", "?\n:", "=",
            "(", ")", "[", "]", "{", "}", ",", ";", ".", "..",
            "absTime(\"2020-01-01T00:00:00Z\")", "relTime(\"1:00\")", "absTime(\"junk\")", "relTime(\"x\")",
            "ABSTIME( \"2020-01-01\" )", "relTime(\"1\" \"0\")", "relTime((\"1\"))",
            "strcat(", "size(", "f(", "\n", " ", "\t", "/* c */", "// c\n", "$", "\u00e9", "\"\u00e9\"");

    @Provide
    Arbitrary<String> soup() {
        Arbitrary<String> joiner = Arbitraries.of(" ", "", " ", "\n");
        return Combinators.combine(Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(14), joiner)
                .as((l, j) -> String.join(j, l));
    }

    /** Well-formed expressions made only of what the hand-written reading handles. */
    @Provide
    Arbitrary<String> handled() {
        Arbitrary<String> leaf = Arbitraries.of("a", "Memory", "x_1", "1", "0", "-2", "2.5", "-1.5e-3", ".5",
                "\"s\"", "\"\"", "\"a\\\"b\"", "\"x\" \"y\"", "true", "UNDEFINED", "error", "x.y", "l[0]", ".z",
                "absTime(\"2020-01-01T00:00:00Z\")", "relTime(\"1:00\")");
        Arbitrary<String> op = Arbitraries.of("+", "-", "*", "/", "%", "&&", "||", "==", "!=", "=?=", "=!=", " is ",
                " isnt ", "<", "<=", ">", ">=", "<<", ">>", ">>>", "&", "|", "^");
        Arbitrary<String> space = Arbitraries.of(" ", "", "  ", "\n", "\t");
        return Arbitraries.recursive(() -> leaf, inner -> Arbitraries.frequencyOf(
                Tuple.of(4, Combinators.combine(inner, space, op, space, inner).as((l, s, o, t, r) -> l + s + o + t + r)),
                Tuple.of(2, inner.map(e -> "(" + e + ")")),
                Tuple.of(1, Combinators.combine(Arbitraries.of("!", "-", "+", "~", "- ", "!!"), inner).as((o, e) -> o + e)),
                Tuple.of(1, inner.list().ofMaxSize(3).map(l -> "{" + String.join(", ", l) + "}")),
                Tuple.of(2, Combinators.combine(Arbitraries.of("f", "strcat", "ifThenElse"), inner.list().ofMaxSize(3))
                        .as((f, l) -> f + "(" + String.join(", ", l) + ")")),
                Tuple.of(1, Combinators.combine(inner, inner, inner).as((c, t, e) -> c + " ? " + t + " : " + e)),
                Tuple.of(1, Combinators.combine(inner, space, inner).as((v, s, f) -> v + s + "?:" + s + "(" + f + ")")),
                Tuple.of(1, Combinators.combine(inner, inner).as((b, i) -> "(" + b + ")[" + i + "]")),
                Tuple.of(1, inner.map(e -> "(" + e + ").name")),
                Tuple.of(1, Combinators.combine(inner, inner).as((p, q) -> "[a = " + p + "; b = " + q + ";]"))),
                0, 5);
    }

    @Property(tries = 3000)
    void tokenSoupIsReadAsTheGrammarReadsIt(@ForAll("soup") String text) {
        for (ParseOptions options : List.of(TestSupport.PARSE, TestSupport.PARSE.withOldSyntax(true),
                TestSupport.PARSE.withCompat(false), TestSupport.PARSE.withNestingLimit(7))) {
            assertAgrees(text, options);
        }
    }

    @Property(tries = 1500)
    void handledExpressionsAreReadWithoutTheGrammarAndAsTheGrammarReadsThem(@ForAll("handled") String text) {
        for (ParseOptions options : List.of(TestSupport.PARSE, TestSupport.PARSE.withOldSyntax(true))) {
            // old syntax does not join adjacent strings: "x" "y" is two operands there, an error
            if (!options.oldSyntax() || !text.contains("\" \"")) {
                DescentParser.Result fast = DescentParser.expression(text, options);
                assertNotNull(fast, () -> "the hand-written reading gave up on <" + text + "> with " + options);
            }
            assertAgrees(text, options);
            assertAgrees("[x = " + text + "; y = 1]", options);
        }
    }

    @Property(tries = 500)
    void trailingTextIsLeftWhereTheGrammarLeavesIt(@ForAll("handled") String text, @ForAll("soup") String rest) {
        assertAgrees(text + " " + rest, TestSupport.PARSE.withOldSyntax(true));
        assertAgrees(text + rest, TestSupport.PARSE);
    }

    @Test
    void everyValueOfTheSamplePoolIsReadAsTheGrammarReadsIt() {
        ParseOptions old = ParseOptions.defaults().withOldSyntax(true);
        int read = 0;
        int values = 0;
        for (String line : SamplePool.text().split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String value = line.substring(eq + 1).trim();
            values++;
            if (DescentParser.expression(value, old) != null) {
                read++;
            }
            assertAgrees(value, old);
        }
        assertTrue(read == values, "the hand-written reading reads every value of the pool: " + read + " of " + values);
    }

    /**
     * Where the hand-written reading answers, the grammar gives the same tree and end; as an
     * expression (full and not), and as an ad when the text is one.
     */
    private static void assertAgrees(String text, ParseOptions options) {
        DescentParser.Result fast = DescentParser.expression(text, options);
        if (fast != null) {
            ExprParser.Prefix grammar = grammarPrefix(text, options);
            String context = "<" + text + "> with " + options;
            assertNotNull(grammar, () -> "hand-written reading accepted what the grammar rejects: " + context);
            assertEquals(grammar.expr(), fast.expr(), context);
            assertEquals(grammar.end(), fast.atEnd() ? text.length() : fast.end(), "end of " + context);
        }
        assertEquals(outcome(() -> ExprParser.parseWithGrammar(text, options, Reading.WHOLE)),
                outcome(() -> ExprParser.parseExpression(text, options, Reading.WHOLE)), "full parse of <" + text + ">");
        // as an ad: the same tree, or the same error at the same place
        assertEquals(outcome(() -> parseRecordWithGrammar(text, options)),
                outcome(() -> ExprParser.parseRecord(text, options)), "ad <" + text + ">");
        assertEquals(outcome(() -> parseRecordWithGrammar("[" + text, options)),
                outcome(() -> ExprParser.parseRecord("[" + text, options)), "ad <[" + text + ">");
    }

    /** The grammar's non-full parse and where it stopped, or null when it rejects the text. */
    private static ExprParser.Prefix grammarPrefix(String text, ParseOptions options) {
        try {
            return ExprParser.parsePrefixWithGrammar(text, options);
        } catch (ParseException e) {
            return null;
        }
    }

    private static Expr parseRecordWithGrammar(String text, ParseOptions options) {
        return ExprParser.parseRecordWithGrammar(text, options);
    }

    private static String outcome(java.util.function.Supplier<Expr> parse) {
        try {
            return parse.get().toString();
        } catch (ParseException e) {
            return "rejected: " + e.getMessage();
        }
    }
}
