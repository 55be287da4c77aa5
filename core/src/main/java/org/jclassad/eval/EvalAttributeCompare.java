package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.ast.Operator;
import org.jclassad.value.Value;

/**
 * {@code name op literal} ({@code Memory >= 2048}, {@code Arch == "X86_64"}): the comparison
 * of {@link EvalBinary} with its two operands' node kinds known, so that evaluating them is a
 * direct call rather than a dispatch. Steps, depth and results are exactly {@link EvalBinary}'s.
 */
final class EvalAttributeCompare extends Node {
    final Operator op;
    final EvalAttribute left;
    final EvalConstant right;

    EvalAttributeCompare(Expr source, Operator op, EvalAttribute left, EvalConstant right) {
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
