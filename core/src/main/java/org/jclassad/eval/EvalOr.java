package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.value.Value;

/** {@code ||}: non-strict on the left only. */
final class EvalOr extends Node {
    private final Node left;
    private final Node right;

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
            Value b = right.evaluate(ctx);
            if (ta < 0 && !a.isUndefined()) {
                return Value.ERROR;
            }
            int tb = b.truth();
            if (b.isError()) {
                return Value.ERROR;
            }
            if (tb < 0 && !b.isUndefined()) {
                return Value.ERROR;
            }
            if (tb == 1) {
                return Value.TRUE;
            }
            if (a.isUndefined() || b.isUndefined()) {
                return Value.UNDEFINED;
            }
            return Value.FALSE;
        } finally {
            ctx.leaveDepth();
        }
    }
}
