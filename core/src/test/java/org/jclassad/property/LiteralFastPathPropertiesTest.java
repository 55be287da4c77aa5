package org.jclassad.property;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jclassad.TestSupport;
import org.jclassad.ast.Expr;
import org.jclassad.parser.ExprParser;
import org.jclassad.parser.LiteralFastPath;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The long-format literal fast path reads exactly what the grammar reads: whenever it answers,
 * the answer equals the parser's tree (values and positions), in old and new syntax, and it
 * never answers for text the parser rejects.
 */
class LiteralFastPathPropertiesTest {
    private static final List<String> PIECES = List.of("0", "1", "7", "8", "9", "00", "07", "08", "123", "-", "+", ".",
            "..", "e", "E", "e+", "e-", "x", "X", "\"", "\\", "\\\"", "'", " ", "\t", "\r", "\u000B", "\f", "\n", "\0",
            "a", "Z", "_", "true", "TRUE", "tRuE", "false", "undefined", "UNDEFINED", "error", "Error", "is", "isnt",
            "(", ")", "/", "*", "//", "/*", "*/", "[", "]", "{", "}", ";", ",", "?", ":", "=", "!", "&&", "\u00e9",
            "\u00ff", "9223372036854775807", "9223372036854775808", "1e400");

    @Provide
    Arbitrary<String> valueTexts() {
        Arbitrary<String> soup = Arbitraries.of(PIECES).list().ofMaxSize(8).map(l -> String.join("", l));
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(22);
        Arbitrary<String> number = Combinators.combine(Arbitraries.of("", "-", "- ", "+"), digits,
                Arbitraries.of("", ".", "."), Arbitraries.of("", "5", "05"), Arbitraries.of("", "e", "E-", "e+", "e1", "E-300"))
                .as((s, d, dot, f, e) -> s + d + dot + f + e);
        Arbitrary<String> body = Arbitraries.strings().withChars("ab \"\\'\t\u00e9/*").ofMaxLength(10);
        Arbitrary<String> string = body.map(b -> "\"" + b + "\"");
        Arbitrary<String> keyword = Arbitraries.of("true", "False", "UNDEFINED", "error", "truex", "tru", "is");
        Arbitrary<String> core = Arbitraries.frequencyOf(Tuple.of(3, number), Tuple.of(3, string), Tuple.of(1, keyword),
                Tuple.of(2, soup));
        Arbitrary<String> space = Arbitraries.of("", "", " ", "\t", "  \r", " \f", "\n", " x", " // c", " + 1", "\0");
        return Combinators.combine(Arbitraries.of("", "", "\t", " \t"), core, space).as((a, b, c) -> a + b + c);
    }

    @Property(tries = 5000)
    void oldSyntaxFastPathReadsWhatTheGrammarReads(@ForAll("valueTexts") String text) {
        check(text, TestSupport.PARSE.withOldSyntax(true));
    }

    @Property(tries = 2000)
    void newSyntaxFastPathReadsWhatTheGrammarReads(@ForAll("valueTexts") String text) {
        check(text, TestSupport.PARSE);
    }

    @Property(tries = 500)
    void withoutCompatibilityTheFastPathStillAgrees(@ForAll("valueTexts") String text) {
        check(text, TestSupport.PARSE.withOldSyntax(true).withCompat(false));
    }

    private static void check(String text, ParseOptions options) {
        Expr fast = LiteralFastPath.tryParse(text, options);
        if (fast == null) {
            return;
        }
        Expr parsed;
        try {
            parsed = ExprParser.parseExpression(text, options, Reading.PREFIX);
        } catch (ParseException e) {
            throw new AssertionError("fast path read " + fast + " where the parser fails: " + e.getMessage()
                    + " for [" + text + "]");
        }
        assertEquals(parsed, fast, "for [" + text + "]");
        assertEquals(parsed, ExprParser.parseExpression(text, options, Reading.WHOLE), "full parse for [" + text + "]");
    }
}
