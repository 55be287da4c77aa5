package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.ast.Operator;
import org.jclassad.value.Value;

/**
 * A strict binary operator (arithmetic, comparison, bitwise): both operands are evaluated, then
 * {@link Operators#binary}, which decides integer comparisons and string equality first.
 */
final class EvalBinary extends Node {
    final Operator op;
    final Node left;
    final Node right;

    EvalBinary(Expr source, Operator op, Node left, Node right) {
        super(source);
        this.op = op;
        this.left = left;
        this.right = right;
    }

    @Override
    Value eval(EvalContext ctx) {
        ctx.enterDepth();
        try {
            Value a = left.evaluate(ctx);
            Value b = right.evaluate(ctx);
            return Operators.binary(op, a, b);
        } finally {
            ctx.leaveDepth();
        }
    }
}
