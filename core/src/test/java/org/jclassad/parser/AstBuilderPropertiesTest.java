package org.jclassad.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.TestSupport;
import org.jclassad.ast.Expr;

/**
 * The parser builds its AST while the grammar runs ({@link AstBuilder}); these properties hold it
 * to the plain reference that walks ANTLR's whole parse tree ({@link ParseTreeAstBuilder}): for any
 * token soup, both accept with equal trees (positions included) or both reject.
 */
class AstBuilderPropertiesTest {
    private static final List<String> TOKENS = List.of(
            "a", "B", "x1", "'q n'", "'true'", "true", "FALSE", "undefined", "error", "is", "isnt",
            "0", "1", "-1", "42", "017", "0x1F", "1.5", ".5", "-2.5e3", "1e308", "9223372036854775808",
            "\"s\"", "\"a\" \"b\"", "\"e\\n\\101\"", "\"\\0\"", "\"unterminated",
            "+", "-", "*", "/", "%", "<", "<=", ">", ">=", "==", "!=", "=?=", "=!=", "&&", "||", "&", "|",
            "^", "<<", ">>", ">>>", "!", "~", "?", ":", "?:", "=",
            "(", ")", "[", "]", "{", "}", ",", ";", ".", "..",
            "absTime(\"2020-01-01T00:00:00Z\")", "relTime(\"1:00\")", "absTime(\"junk\")", "relTime(\"x\")",
            "strcat(", "size(", "f(", "\n", " ", "/* c */", "$");

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(14).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<String> balanced() {
        Arbitrary<String> leaf = Arbitraries.of("a", "1", "-2", "\"s\"", "true", "x.y", "l[0]", ".z", "'n m'");
        Arbitrary<String> op = Arbitraries.of("+", "-", "*", "&&", "||", "==", "=?=", "<", "<<", "&", "?:");
        return Arbitraries.recursive(() -> leaf, inner -> Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(inner, op, inner).as((l, o, r) -> l + " " + o + " " + r),
                inner.map(e -> "(" + e + ")"),
                inner.map(e -> "!" + e),
                inner.map(e -> "- " + e),
                inner.list().ofMaxSize(3).map(l -> "{" + String.join(", ", l) + "}"),
                inner.list().ofMaxSize(3).map(l -> "f(" + String.join(", ", l) + ")"),
                net.jqwik.api.Combinators.combine(inner, inner, inner).as((c, t, e) -> c + " ? " + t + " : " + e),
                net.jqwik.api.Combinators.combine(inner, inner).as((b, i) -> "(" + b + ")[" + i + "]"),
                net.jqwik.api.Combinators.combine(inner, inner).as((p, q) -> "[a = " + p + "; b = " + q + "]")),
                0, 5);
    }

    @Property(tries = 800)
    void tokenSoupGivesTheSameTreeOrTheSameRefusal(@ForAll("soup") String text) {
        assertSameParse(text, TestSupport.PARSE);
        assertSameParse(text, TestSupport.PARSE.withOldSyntax(true));
        assertSameParse(text, TestSupport.PARSE.withCompat(false));
    }

    @Property(tries = 600)
    void wellFormedExpressionsGiveTheSameTree(@ForAll("balanced") String text) {
        assertSameParse(text, TestSupport.PARSE);
    }

    private static void assertSameParse(String text, ParseOptions options) {
        String expected = outcome(() -> ParseTreeAstBuilder.parseExpression(text, options));
        String actual = outcome(() -> ExprParser.parseExpression(text, options, Reading.WHOLE));
        assertEquals(expected, actual, () -> "parse of <" + text + "> with " + options);
    }

    /** The tree (as its record text, positions included), or "rejected" for a parse error. */
    private static String outcome(java.util.function.Supplier<Expr> parse) {
        try {
            return parse.get().toString();
        } catch (ParseException e) {
            return "rejected";
        }
    }
}
