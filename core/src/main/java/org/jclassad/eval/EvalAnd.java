package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.value.BooleanValue;
import org.jclassad.value.Value;

/** {@code &&}: non-strict on the left only. */
final class EvalAnd extends Node {
    final Node left;
    final Node right;
    /** Whether boolean operands take the direct path (off only in the plain reference planning). */
    private final boolean shortcuts;

    EvalAnd(Expr source, Node left, Node right, boolean shortcuts) {
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
            if (shortcuts && a == Value.TRUE) {
                // Logic.and(true, b) is b itself for a boolean b
                Value b = right.evaluate(ctx);
                return b instanceof BooleanValue ? b : Logic.and(a, b);
            }
            if (shortcuts && a == Value.FALSE) {
                return Value.FALSE;
            }
            int ta = a.truth();
            if (ta == 0) {
                return Value.FALSE;
            }
            if (a.isError()) {
                return Value.ERROR;
            }
            return Logic.and(a, right.evaluate(ctx));
        } finally {
            ctx.leaveDepth();
        }
    }
}
