package org.jclassad.parser;

import static org.jclassad.TestSupport.eval;
import static org.jclassad.TestSupport.unparse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.ClassAd;
import org.jclassad.TestSupport;
import org.junit.jupiter.api.Test;

class LexerTest {

    @Test
    void minusAfterAnOperandIsAnOperator() {
        assertEquals("5", eval("2--3"), "2--3 is 2 - (-3) with a literal -3");
        assertEquals("a - 1", unparse("a -1"));
    }

    @Test
    void minusWithSpaceIsUnaryMinus() {
        assertEquals(" -5", unparse("- 5"), "the operator form prints with a leading space");
        assertEquals("-5", unparse("-5"), "a negative literal prints without one");
    }

    @Test
    void doubleMinusIsUnaryMinusOfNegativeLiteral() {
        assertEquals("1", eval("--1"));
    }

    @Test
    void integerWithLeadingZeroIsRejectedInCompatMode() {
        assertThrows(ParseException.class, () -> TestSupport.parse("017"));
        assertEquals("-17", eval("-017"), "the compat check looks at the lexeme's first character only");
    }

    @Test
    void integerWithLeadingZeroReadsAsDecimalInStrictMode() {
        assertEquals("17", TestSupport.evalStrict(new ClassAd(), "017"));
        assertEquals("0", TestSupport.evalStrict(new ClassAd(), "0x1F"));
    }

    @Test
    void integerOutOfRangeIsZero() {
        assertEquals("0", eval("9223372036854775808"));
        assertEquals("-9223372036854775808", eval("-9223372036854775808"));
    }

    @Test
    void realNeedsDigitsAfterTheDot() {
        assertThrows(ParseException.class, () -> TestSupport.parse("5."));
        assertThrows(ParseException.class, () -> TestSupport.parse("1e"));
        assertEquals("5.000000000000000E-01", eval(".5"));
    }

    @Test
    void realOverflowIsInfinity() {
        assertEquals("real(\"INF\")", unparse("1e999"));
    }

    @Test
    void dotDigitAfterANameIsARealNotASelection() {
        assertThrows(ParseException.class, () -> TestSupport.parse("x.5"));
    }

    @Test
    void doubleDotIsOneSelectionOrAZeroReal() {
        assertEquals("undefined", eval("a..b"));
        assertEquals("0.0", eval("..5"));
    }

    @Test
    void adjacentStringsConcatenateBeforeEscapes() {
        assertEquals("\"abA\"", eval("\"ab\\1\" \"01\""));
    }

    @Test
    void commentBetweenStringsStopsConcatenation() {
        assertThrows(ParseException.class, () -> TestSupport.parse("\"a\" /* c */ \"b\""));
    }

    @Test
    void oldSyntaxStringsDoNotConcatenateEvenAtTheEndOfTheInput() {
        ParseOptions old = TestSupport.PARSE.withOldSyntax(true);
        assertThrows(ParseException.class, () -> ExprParser.parseExpression("\"a\" \"b\"", old, Reading.WHOLE),
                "HTCondor's old-syntax lexer reads \"a\" \"b\" as two strings: a full parse fails");
        assertThrows(ParseException.class, () -> ExprParser.parseExpression("'a'  'b'", old, Reading.WHOLE),
                "nor are quoted names joined in old syntax");
        assertEquals("\"a\"", org.jclassad.unparse.Unparser.newSyntax(ExprParser.parseExpression("\"a\" \"b\"", old, Reading.PREFIX)),
                "a non-full parse (a long-format line) stops after the first string");
    }

    @Test
    void octalEscapeTakesAThirdDigitOnlyBelow32() {
        assertEquals("\" 1\"", eval("\"\\401\""));
    }

    @Test
    void nulEscapeIsAnError() {
        ParseException e = assertThrows(ParseException.class, () -> TestSupport.parse("\"a\\0\""));
        assertEquals(1, e.line());
    }

    @Test
    void unknownEscapeKeepsTheCharacter() {
        assertEquals("\"x41\"", eval("\"\\x41\""));
    }

    @Test
    void elvisMayHaveSpaceBetweenItsCharacters() {
        assertEquals("a ?: b", unparse("a ? : b"));
    }

    @Test
    void metaEqualMustBeComplete() {
        assertThrows(ParseException.class, () -> TestSupport.parse("a =?x"));
    }

    @Test
    void keywordsAreCaseInsensitiveWholeWordsOnly() {
        assertEquals("true", eval("TRUE"));
        assertEquals("undefined", eval("true1"), "true1 is an attribute name");
        assertEquals("a is b", unparse("a Is b"));
    }

    @Test
    void quotedNamesAreIdentifiers() {
        assertEquals("'a b'", unparse("'a b'"));
        assertEquals("'true'", unparse("'true'"));
    }

    @Test
    void unterminatedCommentIsAnError() {
        assertThrows(ParseException.class, () -> TestSupport.parse("1 + /* x"));
    }

    @Test
    void illegalCharacterReportsItsPlace() {
        ParseException e = assertThrows(ParseException.class, () -> TestSupport.parse("a +\n  $b"));
        assertEquals(2, e.line());
        assertEquals(3, e.column());
    }
}
