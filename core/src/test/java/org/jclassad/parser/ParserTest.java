package org.jclassad.parser;

import static org.jclassad.TestSupport.eval;
import static org.jclassad.TestSupport.unparse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.ClassAd;
import org.jclassad.TestSupport;
import org.jclassad.ast.Expr;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;
import org.junit.jupiter.api.Test;

class ParserTest {

    @Test
    void bitwiseOperatorsBindLooserThanEquality() {
        assertEquals("error", eval("1 & 3 == 3"), "1 & (3 == 3) is 1 & true, and booleans in & are an error");
    }

    @Test
    void elvisBindsTighterThanArithmetic() {
        assertEquals("3", eval("undefined ?: 1 + 2"));
        assertThrows(ParseException.class, () -> TestSupport.parse("a ?: -b"), "elvis takes a postfix expression");
        assertEquals("-1", eval("undefined ?: -1"));
    }

    @Test
    void conditionalIsRightAssociative() {
        assertEquals("2", eval("false ? 1 : true ? 2 : 3"));
    }

    @Test
    void junkAfterATopLevelConditionalIsIgnored() {
        assertEquals("2", eval("1 ? 2 : 3 junk $ \"unterminated"));
        assertThrows(ParseException.class, () -> TestSupport.parse("(1 ? 2 : 3) 4"));
        assertThrows(ParseException.class, () -> TestSupport.parse("1 + 2 3"));
    }

    @Test
    void nonFullParseStopsAfterTheFirstExpression() {
        Expr e = ExprParser.parseExpression("1 2 $", TestSupport.PARSE, Reading.PREFIX);
        assertEquals("1", Unparser.newSyntax(e));
    }

    @Test
    void textLongerThanTheBudgetIsAParseErrorAtItsStart() {
        ParseOptions small = TestSupport.PARSE.withMaxChars(10);
        ParseException e = assertThrows(ParseException.class,
                () -> ExprParser.parseExpression("1 + 2 + 3 + 4", small, Reading.WHOLE));
        assertEquals(1, e.column());
        assertEquals("1 + 2", org.jclassad.unparse.Unparser.newSyntax(ExprParser.parseExpression("1 + 2", small, Reading.WHOLE)));
        assertEquals(null, LiteralFastPath.tryParse("12345678901", small),
                "the literal fast path leaves over-long text to the parser, which refuses it");
    }

    @Test
    void operatorChainRulesAreContiguousInTheGrammar() {
        assertEquals(java.util.List.of("orExpr", "andExpr", "bitOrExpr", "bitXorExpr", "bitAndExpr", "eqExpr", "relExpr",
                        "shiftExpr", "addExpr", "mulExpr"),
                java.util.Arrays.asList(org.jclassad.grammar.ClassAdParser.ruleNames).subList(
                        org.jclassad.grammar.ClassAdParser.RULE_orExpr, org.jclassad.grammar.ClassAdParser.RULE_mulExpr + 1),
                "AstBuilder recognises the operator chains by this range of rule indexes");
    }

    @Test
    void adLiteralNeedsSeparators() {
        assertThrows(ParseException.class, () -> ClassAd.parse("[a = 1 b = 2]"));
        assertThrows(ParseException.class, () -> ClassAd.parse("[;]"));
        assertEquals("[ a = 1 ]", ClassAd.parse("[;;a = 1;;]").toString());
    }

    @Test
    void duplicateNamesKeepFirstSpellingAndLastValue() {
        assertEquals("[ a = 3 ]", ClassAd.parse("[a = 1; A = 3]").toString());
    }

    @Test
    void listsRejectTrailingCommas() {
        assertThrows(ParseException.class, () -> TestSupport.parse("{1,}"));
        assertThrows(ParseException.class, () -> TestSupport.parse("f(1,)"));
    }

    @Test
    void semicolonSeparatesArgumentsOnlyInCompatMode() {
        assertEquals("strcat(\"a\",\"b\")", unparse("strcat(\"a\"; \"b\")"));
        assertThrows(ParseException.class, () -> ExprParser.parseExpression("f(1; 2)",
                TestSupport.PARSE.withCompat(false), Reading.WHOLE));
    }

    @Test
    void selectionNeedsAName() {
        assertThrows(ParseException.class, () -> TestSupport.parse("x.true"));
        assertEquals("x.true", unparse("x.'true'"), "HTCondor prints the selected name raw");
    }

    @Test
    void absTimeLiteralIsFoldedAtParseTime() {
        assertEquals("absTime(\"2004-01-01T00:00:00-00:00\")", unparse("absTime(\"2004-01-01T00:00:00Z\")"));
        assertThrows(ParseException.class, () -> TestSupport.parse("absTime(\"garbage\")"));
    }

    @Test
    void relTimeLiteralEvaluatesToAReal() {
        assertEquals("6.000000000000000E+01", eval("relTime(\"1:00\")"));
        assertEquals("relTime(\"01:00\")", unparse("relTime(\"1:00\")"));
    }

    @Test
    void nestingWithinHTCondorsBudgetParses() {
        assertEquals("1", eval("(".repeat(165) + "1" + ")".repeat(165)));
        TestSupport.parse("!".repeat(497) + "true");
        assertEquals("true", eval("!".repeat(350) + "true"), "350 operators fit HTCondor's evaluation depth of 400");
    }

    @Test
    void nestingBeyondHTCondorsBudgetIsAParseError() {
        assertThrows(ParseException.class, () -> TestSupport.parse("(".repeat(166) + "1" + ")".repeat(166)));
        assertThrows(ParseException.class, () -> TestSupport.parse("!".repeat(498) + "true"));
    }

    @Test
    void millionDeepInputFailsCleanly() {
        String deep = "{".repeat(1_000_000) + "}".repeat(1_000_000);
        ParseException e = assertThrows(ParseException.class, () -> TestSupport.parse(deep));
        assertTrue(e.getMessage().contains("nested too deeply"), e.getMessage());
        assertThrows(ParseException.class, () -> TestSupport.parse("(".repeat(1_000_000)));
    }

    @Test
    void longChainsParseUnparseAndHitTheDepthLimit() {
        String chain = "1" + " + 1".repeat(99_999);
        Expr e = TestSupport.parse(chain);
        assertEquals(chain, Unparser.newSyntax(e));
        assertEquals("eval failed", eval(chain), "HTCondor's depth limit of 400 stops a 100,000-term chain");
        Value sum = new ClassAd().evaluate(e, EvalOptions.defaults().withLimits(200_000, 10_000_000)).value();
        assertEquals("100000", Value.fromByteString(Unparser.newSyntax(sum)));
    }

    @Test
    void longSelectionChainsParseAndUnparse() {
        String chain = "x" + ".y".repeat(50_000);
        assertEquals(chain, unparse(chain));
    }

    @Test
    void sllPredictionRarelyFallsBackToLL() {
        long[] before = ExprParser.predictionStatistics();
        String[] samples = {"a + b * c", "f(1, 2)[0].x", "[a = 1; b = {1, 2}]", "x ? y : z", "a ?: b.c",
            "TARGET.Memory >= RequestMemory && regexp(\"^X\", Arch)", "{ [a = 1], [b = 2] }.a"};
        for (int i = 0; i < 100; i++) {
            for (String s : samples) {
                ExprParser.parseWithGrammar(s, TestSupport.PARSE, Reading.WHOLE);
            }
        }
        long[] after = ExprParser.predictionStatistics();
        long parses = after[0] - before[0];
        long fallbacks = after[1] - before[1];
        assertEquals(700, parses);
        assertEquals(0, fallbacks, "SLL prediction must decide these without LL fallback");
    }
    @Test
    void textsThatCannotBeAdsAreRejectedWithTheGrammarsErrorWithoutRunningIt() {
        long before = ExprParser.predictionStatistics()[0];
        ParseException notOpened = assertThrows(ParseException.class,
                () -> ExprParser.parseRecord("1+1", TestSupport.PARSE));
        ParseException badBody = assertThrows(ParseException.class,
                () -> ExprParser.parseRecord("[1+1]", TestSupport.PARSE));
        assertEquals(before, ExprParser.predictionStatistics()[0], "the grammar did not run");
        assertEquals("1:1: unexpected '1'", notOpened.getMessage());
        assertEquals("1:2: unexpected '1'", badBody.getMessage());
        assertEquals(notOpened.getMessage(), assertThrows(ParseException.class,
                () -> ExprParser.parseRecordWithGrammar("1+1", TestSupport.PARSE)).getMessage());
        assertEquals(badBody.getMessage(), assertThrows(ParseException.class,
                () -> ExprParser.parseRecordWithGrammar("[1+1]", TestSupport.PARSE)).getMessage());
    }
}
