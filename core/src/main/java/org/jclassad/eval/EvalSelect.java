package org.jclassad.eval;

import java.util.ArrayList;
import java.util.List;

import org.jclassad.ast.Expr;
import org.jclassad.value.Value;

/** {@code base.name}: lookup starting in an ad, or a projection over a list. */
final class EvalSelect extends Node {
    private final Node base;
    private final String key;

    EvalSelect(Expr source, Node base, String key) {
        super(source);
        this.base = base;
        this.key = key;
    }

    @Override
    Value eval(EvalContext ctx) {
        if (ctx.depthRemaining <= 0) {
            return Value.ERROR;
        }
        ctx.depthRemaining--;
        Value v;
        try {
            v = base.evaluate(ctx);
        } finally {
            ctx.depthRemaining++;
        }
        return select(ctx, v);
    }

    /**
     * A projected ad is a copy that no longer sits in the ad it came from (HTCondor copies it
     * into the new list), so a later selection on it does not reach the old enclosing scopes.
     */
    private static Value detached(Value v) {
        if (v instanceof ClassAdValue) {
            return new ClassAdValue(new Scope(((ClassAdValue) v).ad(), null));
        }
        return v;
    }

    private Value select(EvalContext ctx, Value v) {
        if (v.isUndefined() || v.isError()) {
            return v;
        }
        if (v instanceof ClassAdValue) {
            return Lookup.resolve(ctx, ((ClassAdValue) v).scope(), key, false);
        }
        if (v instanceof ListValue) {
            ListValue list = (ListValue) v;
            List<Value> projected = new ArrayList<>(list.size());
            for (Node element : list.elements()) {
                projected.add(detached(select(ctx, element.evaluate(ctx))));
            }
            return ListValue.ofValues(projected);
        }
        return Value.ERROR;
    }
}
