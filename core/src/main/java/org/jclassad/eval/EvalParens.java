package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.value.Value;

/** Parentheses: evaluation passes through, but they cost a level of depth as in HTCondor. */
final class EvalParens extends Node {
    final Node inner;

    EvalParens(Expr source, Node inner) {
        super(source);
        this.inner = inner;
    }

    @Override
    Value eval(EvalContext ctx) {
        ctx.enterDepth();
        try {
            return inner.evaluate(ctx);
        } finally {
            ctx.leaveDepth();
        }
    }
}
