package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.ast.Operator;
import org.jclassad.value.Value;

/** A prefix operator. */
final class EvalUnary extends Node {
    final Operator op;
    final Node operand;

    EvalUnary(Expr source, Operator op, Node operand) {
        super(source);
        this.op = op;
        this.operand = operand;
    }

    @Override
    Value eval(EvalContext ctx) {
        ctx.enterDepth();
        try {
            return Operators.unary(op, operand.evaluate(ctx));
        } finally {
            ctx.leaveDepth();
        }
    }
}
