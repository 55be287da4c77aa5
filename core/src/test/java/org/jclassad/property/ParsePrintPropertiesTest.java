package org.jclassad.property;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jclassad.ClassAd;
import org.jclassad.TestSupport;
import org.jclassad.ast.Expr;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parser.Reading;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ParsePrintPropertiesTest {

    @Provide
    Arbitrary<String> expressions() {
        return Expressions.expression();
    }

    @Property(tries = 500)
    void printingAParsedExpressionIsStable(@ForAll("expressions") String text) {
        String once = Unparser.newSyntax(TestSupport.parse(text));
        String twice = Unparser.newSyntax(ExprParser.parseExpression(once, TestSupport.PARSE, Reading.WHOLE));
        assertEquals(once, twice, "parse(unparse(e)) prints as e");
    }

    @Property(tries = 500)
    void oldSyntaxPrintParsesBackToTheSameExpression(@ForAll("expressions") String text) {
        Expr e = TestSupport.parse(text);
        String old = Unparser.oldSyntax(e);
        if (old.indexOf('\\') >= 0 || old.indexOf('\n') >= 0) {
            return; // old syntax cannot carry these bytes faithfully, as in HTCondor
        }
        Expr back = ExprParser.parseExpression(old, TestSupport.PARSE.withOldSyntax(true), Reading.WHOLE);
        assertEquals(Unparser.newSyntax(e).replace("1.#", ""), Unparser.newSyntax(back).replace("1.#", ""));
    }

    @Property(tries = 1000)
    void evaluationNeverThrows(@ForAll("expressions") String text) {
        ClassAd ad = ClassAd.parse("[a = 1; b = \"B\"; x = {1, 2}; q = [a = 2]]");
        Evaluation result = ad.evaluate(TestSupport.parse(text), TestSupport.EVAL);
        if (!result.failed()) {
            Unparser.newSyntax(result.value());
        }
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("()[]{}.,;:?!=<>&|+-*/%\"'\\ aZ019eE_x\n").ofMaxLength(40),
                Arbitraries.strings().ofMaxLength(30));
    }

    @Property(tries = 2000)
    void arbitraryTextEitherParsesOrFailsWithAPosition(@ForAll("noise") String text) {
        try {
            Expr e = ExprParser.parseExpression(Value.toByteString(text), TestSupport.PARSE, Reading.WHOLE);
            Unparser.newSyntax(e);
        } catch (ParseException expected) {
            if (expected.line() < 1 || expected.column() < 1) {
                throw new AssertionError("parse error without a position: " + expected.getMessage());
            }
        }
    }

    @Property(tries = 300)
    void additionOfIntegersCommutes(@ForAll long a, @ForAll long b) {
        assertEquals("true", TestSupport.eval(a + " + " + b + " == " + b + " + " + a));
    }

    @Property(tries = 300)
    void doubleNegationIsIdentityOnBooleans(@ForAll boolean x) {
        assertEquals(String.valueOf(x), TestSupport.eval("!!" + x));
    }

    @Property(tries = 300)
    void identityIsReflexiveForScalars(@ForAll("scalars") String v) {
        assertEquals("true", TestSupport.eval("(" + v + ") =?= (" + v + ")"));
    }

    @Provide
    Arbitrary<String> scalars() {
        return Arbitraries.oneOf(Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().between(-1e300, 1e300).map(d -> Double.toString(d)),
                Arbitraries.strings().alpha().ofMaxLength(8).map(s -> "\"" + s + "\""),
                Arbitraries.of("true", "false", "undefined", "error"));
    }
}
