package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.ast.Operator;
import org.jclassad.value.Value;

/**
 * A comparison ({@code < <= > >= == !=}): evaluated exactly as {@link EvalBinary}, but its own node
 * kind so that the compiled tier ({@link Compiler}) can recognise and specialise comparisons.
 * {@link Operators#binary} decides integer comparisons and string equality first.
 */
final class EvalCompare extends Node {
    final Operator op;
    final Node left;
    final Node right;

    EvalCompare(Expr source, Operator op, Node left, Node right) {
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
