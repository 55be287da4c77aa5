package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.value.BooleanValue;
import org.jclassad.value.Value;

/** {@code ||}: non-strict on the left only. */
final class EvalOr extends Node {
    final Node left;
    final Node right;
    /** Whether boolean operands take the direct path (off only in the plain reference planning). */
    private final boolean shortcuts;

    EvalOr(Expr source, Node left, Node right, boolean shortcuts) {
        super(source);
        this.left = left;
        this.right = right;
        this.shortcuts = shortcuts;
    }

    @Override
    Value eval(EvalContext ctx) {
        ctx.enterDepth();
        try {
            Value a = left.evaluate(ctx);
            if (shortcuts && a == Value.FALSE) {
                // Logic.or(false, b) is b itself for a boolean b
                Value b = right.evaluate(ctx);
                return b instanceof BooleanValue ? b : Logic.or(a, b);
            }
            if (shortcuts && a == Value.TRUE) {
                return Value.TRUE;
            }
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
