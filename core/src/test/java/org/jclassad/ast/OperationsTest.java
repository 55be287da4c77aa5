package org.jclassad.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.TestSupport;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.io.ClassAds;
import org.jclassad.value.Value;
import org.junit.jupiter.api.Test;

/**
 * Parentheses, subscripts and the Elvis operator are operations ({@link UnaryOp}, {@link BinaryOp}),
 * as in HTCondor's expression model, where they are the operation kinds PARENTHESES_OP, SUBSCRIPT_OP
 * and ELVIS_OP.
 */
class OperationsTest {
    private static UnaryOp unary(String text) {
        return assertInstanceOf(UnaryOp.class, TestSupport.parse(text), text);
    }

    private static BinaryOp binary(String text) {
        return assertInstanceOf(BinaryOp.class, TestSupport.parse(text), text);
    }

    @Test
    void parenthesesParseAsAUnaryOperationWhereTheyOpen() {
        UnaryOp p = unary(" (a + 1)");
        assertEquals(Operator.PARENTHESES, p.operator());
        assertEquals(new Position(1, 2), p.position(), "the position of the opening parenthesis");
        assertEquals(Operator.ADD, ((BinaryOp) p.operand()).operator());
        assertEquals("(a + 1)", ClassAds.unparse(p));
    }

    @Test
    void nestedParenthesesAreEachKept() {
        UnaryOp outer = unary("((a))");
        UnaryOp inner = assertInstanceOf(UnaryOp.class, outer.operand());
        assertEquals(Operator.PARENTHESES, inner.operator());
        assertEquals("((a))", ClassAds.unparse(outer));
    }

    @Test
    void aSubscriptIsABinaryOperationOfBaseAndIndex() {
        BinaryOp outer = binary("l[0][1]");                   // (l[0])[1]
        BinaryOp inner = assertInstanceOf(BinaryOp.class, outer.left());
        assertEquals(Operator.SUBSCRIPT, outer.operator());
        assertEquals(Operator.SUBSCRIPT, inner.operator());
        assertEquals(new AttributeRef("l", false, new Position(1, 1)), inner.left());
        assertEquals(Value.of(1), ((Literal) outer.right()).value());
        assertEquals("l[0][1]", ClassAds.unparse(outer));
    }

    @Test
    void theElvisOperatorIsABinaryOperationNestingToTheRight() {
        BinaryOp e = binary("a ?: b ?: c");
        assertEquals(Operator.ELVIS, e.operator());
        assertInstanceOf(AttributeRef.class, e.left());
        assertEquals(Operator.ELVIS, ((BinaryOp) e.right()).operator(), "a ?: (b ?: c)");
        assertEquals("a ?: b ?: c", ClassAds.unparse(e));
    }

    @Test
    void theElvisOperatorBindsTighterThanInfixOperators() {
        BinaryOp sum = binary("x + a[0] ?: b");              // x + (a[0] ?: b)
        assertEquals(Operator.ADD, sum.operator());
        BinaryOp elvis = assertInstanceOf(BinaryOp.class, sum.right());
        assertEquals(Operator.ELVIS, elvis.operator());
        assertEquals(Operator.SUBSCRIPT, ((BinaryOp) elvis.left()).operator());
    }

    @Test
    void everyOperatorSaysHowItIsWrittenAndHowManyOperandsItTakes() {
        for (Operator op : Operator.values()) {
            Operator.Notation n = op.notation();
            boolean unary = n == Operator.Notation.PREFIX || n == Operator.Notation.PARENTHESES;
            assertEquals(unary ? 1 : 2, n.arity(), op.name());
            assertFalse(op.newSyntax().isEmpty(), op.name());
        }
        assertEquals(Operator.Notation.PREFIX, Operator.NEGATE.notation());
        assertEquals(Operator.Notation.INFIX, Operator.SUBTRACT.notation());
        assertEquals(Operator.Notation.INFIX, Operator.ELVIS.notation());
        assertEquals(Operator.Notation.PARENTHESES, Operator.PARENTHESES.notation());
        assertEquals(Operator.Notation.SUBSCRIPT, Operator.SUBSCRIPT.notation());
    }

    @Test
    void theStructuralOperatorsAreSpelledByTheirMarks() {
        assertEquals("?:", Operator.ELVIS.newSyntax());
        assertEquals("?:", Operator.ELVIS.oldSyntax());
        assertEquals("()", Operator.PARENTHESES.newSyntax());
        assertEquals("()", Operator.PARENTHESES.oldSyntax());
        assertEquals("[]", Operator.SUBSCRIPT.newSyntax());
        assertEquals("[]", Operator.SUBSCRIPT.oldSyntax());
    }

    @Test
    void theStructuralOperatorsComeAfterTheOthersSoOlderOrdinalsKeep() {
        List<Operator> all = List.of(Operator.values());
        assertEquals(List.of(Operator.PARENTHESES, Operator.ELVIS, Operator.SUBSCRIPT),
                all.subList(all.size() - 3, all.size()), "ordinals are written by the Spark codec");
        assertEquals(24, Operator.MODULUS.ordinal());
    }

    @Test
    void anOperatorNodeRefusesAnOperatorOfTheOtherArity() {
        Expr a = new AttributeRef("a", false, Position.NONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new UnaryOp(Operator.SUBSCRIPT, a, Position.NONE));
        assertTrue(e.getMessage().contains("SUBSCRIPT"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new UnaryOp(Operator.ADD, a, Position.NONE));
        assertThrows(IllegalArgumentException.class, () -> new BinaryOp(Operator.PARENTHESES, a, a, Position.NONE));
        assertThrows(IllegalArgumentException.class, () -> new BinaryOp(Operator.NOT, a, a, Position.NONE));
    }

    @Test
    void builtOperationsPrintAndEvaluateAsParsedOnes() {
        Expr list = TestSupport.parse("{ 10, 20 }");
        Expr missing = new AttributeRef("Missing", false, Position.NONE);
        Expr at = new BinaryOp(Operator.SUBSCRIPT, list, Literal.of(Value.of(1)), Position.NONE);
        Expr elvis = new BinaryOp(Operator.ELVIS, missing, new UnaryOp(Operator.PARENTHESES, at, Position.NONE),
                Position.NONE);
        assertEquals("Missing ?: ({ 10,20 }[1])", ClassAds.unparse(elvis));
        assertEquals(Value.of(20), new ClassAd().evaluate(elvis, EvalOptions.defaults()).value());
        assertTrue(Expr.sameAs(elvis, TestSupport.parse("Missing ?: ({ 10, 20 }[1])")));
    }

    @Test
    void parenthesesCountInSameness() {
        assertFalse(Expr.sameAs(TestSupport.parse("(a)"), TestSupport.parse("a")));
        assertFalse(Expr.sameAs(TestSupport.parse("((a))"), TestSupport.parse("(a)")));
        assertTrue(Expr.sameAs(TestSupport.parse("( a )"), TestSupport.parse("(a)")));
    }

    @Test
    void operationsAreTheSameOnlyWithTheSameOperator() {
        assertFalse(Expr.sameAs(TestSupport.parse("a ?: b"), TestSupport.parse("a || b")));
        assertFalse(Expr.sameAs(TestSupport.parse("a[b]"), TestSupport.parse("a ?: b")));
        assertFalse(Expr.sameAs(TestSupport.parse("-(a)"), TestSupport.parse("(-a)")));
        Expr x = TestSupport.parse("l[ i ] ?: (0)");
        Expr y = TestSupport.parse("l[i]?:(0)");
        assertTrue(Expr.sameAs(x, y));
        assertEquals(Expr.sameAsHash(x), Expr.sameAsHash(y));
    }

    @Test
    void rebuildingAnOperationKeepsItsOperator() {
        Expr p = TestSupport.parse("(a)");
        Expr b = new AttributeRef("b", false, Position.NONE);
        assertEquals(new UnaryOp(Operator.PARENTHESES, b, p.position()), p.withChildren(List.of(b)));
        Expr s = TestSupport.parse("a[0]");
        assertEquals("b[b]", ClassAds.unparse(s.withChildren(List.of(b, b))));
    }
}
