package org.jclassad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Field;

import org.jclassad.TestSupport;
import org.jclassad.ast.BinaryOp;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Operator;
import org.jclassad.ast.Position;
import org.jclassad.value.Value;
import org.junit.jupiter.api.Test;

/**
 * Parentheses, subscripts and the Elvis operator are operations in the tree, but each still plans
 * to its own evaluation node: the planner tells them apart by operator, and a subscript never joins
 * a run of infix operators.
 */
class OperationPlanningTest {
    private static Node plan(String text) {
        return Planner.planExpr(TestSupport.parse(text));
    }

    private static Node field(Node n, String name) throws ReflectiveOperationException {
        Field f = n.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return (Node) f.get(n);
    }

    @Test
    void parenthesesPlanToTheirDepthCountingNode() {
        EvalParens p = assertInstanceOf(EvalParens.class, plan("(a)"));
        assertInstanceOf(EvalAttribute.class, p.inner);
    }

    @Test
    void theElvisOperatorPlansToItsNodeAndNotIntoAnOperatorRun() throws ReflectiveOperationException {
        Node n = plan("a[0] ?: b + 1");                  // (a[0] ?: b) + 1
        EvalBinary sum = assertInstanceOf(EvalBinary.class, n);
        EvalElvis elvis = assertInstanceOf(EvalElvis.class, sum.left);
        assertInstanceOf(EvalSubscript.class, field(elvis, "value"));
        assertInstanceOf(EvalAttribute.class, field(elvis, "fallback"));
    }

    @Test
    void subscriptsPlanToTheirNodeBelowTheInfixOperators() throws ReflectiveOperationException {
        EvalBinary sum = assertInstanceOf(EvalBinary.class, plan("l[0][1] + 2"));
        EvalSubscript outer = assertInstanceOf(EvalSubscript.class, sum.left);
        assertInstanceOf(EvalSubscript.class, field(outer, "base"));
        assertEquals(Operator.SUBSCRIPT, ((BinaryOp) outer.source()).operator(), "the node keeps its tree");
    }

    @Test
    void aSubscriptEndsALongRunOfInfixOperators() throws ReflectiveOperationException {
        // built by hand (the grammar puts subscripts below infix operators): (1 + 1 + ... + 1)[0] + 1 + ... + 1
        Expr one = Literal.of(Value.of(1));
        Expr e = one;
        for (int i = 0; i < Planner.LONG_CHAIN; i++) {
            e = new BinaryOp(Operator.ADD, e, one, Position.NONE);
        }
        Expr run = e;
        e = new BinaryOp(Operator.SUBSCRIPT, e, Literal.of(Value.of(0)), Position.NONE);
        Expr subscript = e;
        for (int i = 0; i < Planner.LONG_CHAIN; i++) {
            e = new BinaryOp(Operator.ADD, e, one, Position.NONE);
        }
        EvalChain top = assertInstanceOf(EvalChain.class, Planner.planExpr(e));
        EvalSubscript at = assertInstanceOf(EvalSubscript.class, field(top, "first"));
        assertSame(subscript, at.source());
        EvalChain below = assertInstanceOf(EvalChain.class, field(at, "base"));
        assertSame(run, below.source());
    }
}
