package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.value.Value;

/** A bare name, or an absolute {@code .name} (which starts at the root scope). */
final class EvalAttribute extends Node {
    final String key;
    final boolean absolute;

    EvalAttribute(Expr source, String key, boolean absolute) {
        super(source);
        this.key = key;
        this.absolute = absolute;
    }

    @Override
    Value eval(EvalContext ctx) {
        if (absolute) {
            return Lookup.resolve(ctx, ctx.root, key, false);
        }
        return Lookup.resolve(ctx, ctx.current, key, true);
    }
}
