package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.value.Value;

/** {@code a ?: b}: {@code b} only when {@code a} is undefined. */
final class EvalElvis extends Node {
    private final Node value;
    private final Node fallback;

    EvalElvis(Expr source, Node value, Node fallback) {
        super(source);
        this.value = value;
        this.fallback = fallback;
    }

    @Override
    Value eval(EvalContext ctx) {
        ctx.enterDepth();
        try {
            Value a = value.evaluate(ctx);
            return a.isUndefined() ? fallback.evaluate(ctx) : a;
        } finally {
            ctx.leaveDepth();
        }
    }
}
