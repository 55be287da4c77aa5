package org.jclassad.eval;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/** {@code list[i]} (index truncated to 32 bits) and {@code ad["name"]} (that ad only). */
final class EvalSubscript extends Node {
    private final Node base;
    private final Node index;

    EvalSubscript(Expr source, Node base, Node index) {
        super(source);
        this.base = base;
        this.index = index;
    }

    @Override
    Value eval(EvalContext ctx) {
        ctx.enterDepth();
        try {
            Value b = base.evaluate(ctx);
            Value i = index.evaluate(ctx);
            if (b.isError() || i.isError()) {
                return Value.ERROR;
            }
            if (b.isUndefined() || i.isUndefined()) {
                return Value.UNDEFINED;
            }
            if (b instanceof ListValue && i instanceof IntegerValue) {
                ListValue list = (ListValue) b;
                int k = (int) ((IntegerValue) i).value();
                if (k < 0 || k >= list.size()) {
                    return Value.ERROR;
                }
                return element(ctx, list, k);
            }
            if (b instanceof ClassAdValue && i instanceof StringValue) {
                ClassAdValue ad = (ClassAdValue) b;
                Value v = Lookup.inAd(ctx, ad.scope(), ClassAd.keyOf(((StringValue) i).bytes()));
                return v == null ? Value.UNDEFINED : v;
            }
            return Value.ERROR;
        } finally {
            ctx.leaveDepth();
        }
    }

    /** A list element, evaluated where the list was written; a failure there becomes error. */
    static Value element(EvalContext ctx, ListValue list, int k) {
        if (ctx.depthRemaining <= 0) {
            throw EvalFailure.INSTANCE;
        }
        ctx.depthRemaining--;
        try {
            Scope scope = list.scope() == null ? ctx.current : list.scope();
            return ctx.evaluateOrError(list.elements().get(k), scope);
        } finally {
            ctx.depthRemaining++;
        }
    }
}
