package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.value.Value;

/** {@code =?=} / {@code is} and its negation {@code =!=} / {@code isnt}. */
final class EvalIdentity extends Node {
    final boolean negated;
    final Node left;
    final Node right;

    EvalIdentity(Expr source, boolean negated, Node left, Node right) {
        super(source);
        this.negated = negated;
        this.left = left;
        this.right = right;
    }

    @Override
    Value eval(EvalContext ctx) {
        ctx.enterDepth();
        try {
            Value a = left.evaluate(ctx);
            Value b = right.evaluate(ctx);
            Value same = Operators.identical(a, b);
            if (negated && !same.isError()) {
                return Value.of(same == Value.FALSE);
            }
            return same;
        } finally {
            ctx.leaveDepth();
        }
    }
}
