package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.value.Value;

/** {@code c ? a : b}: only the chosen branch is evaluated. */
final class EvalConditional extends Node {
    private final Node condition;
    private final Node whenTrue;
    private final Node whenFalse;

    EvalConditional(Expr source, Node condition, Node whenTrue, Node whenFalse) {
        super(source);
        this.condition = condition;
        this.whenTrue = whenTrue;
        this.whenFalse = whenFalse;
    }

    @Override
    Value eval(EvalContext ctx) {
        ctx.enterDepth();
        try {
            Value c = condition.evaluate(ctx);
            int t = c.truth();
            if (t == 1) {
                return whenTrue.evaluate(ctx);
            }
            if (t == 0) {
                return whenFalse.evaluate(ctx);
            }
            if (c.isError()) {
                return Value.ERROR;
            }
            if (c.isUndefined()) {
                return Value.UNDEFINED;
            }
            // HTCondor evaluates both branches before rejecting a non-boolean selector.
            whenTrue.evaluate(ctx);
            whenFalse.evaluate(ctx);
            return Value.ERROR;
        } finally {
            ctx.leaveDepth();
        }
    }
}
