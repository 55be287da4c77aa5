package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.value.Value;

/** {@code ||}: non-strict on the left only. */
final class EvalOr extends Node {
    final Node left;
    final Node right;

    EvalOr(Expr source, Node left, Node right) {
        super(source);
        this.left = left;
        this.right = right;
    }

    @Override
    Value eval(EvalContext ctx) {
        ctx.enterDepth();
        try {
            Value a = left.evaluate(ctx);
            int ta = a.truth();
            if (ta == 1) {
                return Value.TRUE;
            }
            if (a.isError()) {
                return Value.ERROR;
            }
            return Logic.or(a, right.evaluate(ctx));
        } finally {
            ctx.leaveDepth();
        }
    }
}
