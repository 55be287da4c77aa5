package org.jclassad.analysis;

import org.jclassad.ClassAd;
import org.jclassad.ast.AttributeRef;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Selection;
import org.jclassad.eval.ClassAdValue;
import org.jclassad.eval.EvalContext;
import org.jclassad.eval.Planner;
import org.jclassad.eval.Scope;
import org.jclassad.value.Value;

/**
 * Finding the expression an attribute reference names without evaluating it (HTCondor's
 * dereferencing), for functions that look at expressions rather than values.
 */
public final class Dereference {
    private Dereference() {
    }

    /** An attribute found, with the scope it was found in; {@code attribute} is null for a special name. */
    public record Found(ClassAd.Attribute attribute, Scope scope) {
    }

    /** The special names that resolve to a scope rather than an attribute. */
    public static boolean isSpecial(EvalContext ctx, String key) {
        switch (key) {
            case "self":
            case "parent":
            case "root":
            case "toplevel":
                return true;
            case "my":
            case "currenttime":
                return ctx.options().oldSemantics();
            default:
                return false;
        }
    }

    /** Looks {@code key} up from {@code start} outwards (HTCondor's LookupInScope); null if not found. */
    public static Found inScope(EvalContext ctx, Scope start, String key) {
        for (Scope s = start; s != null; s = s.parent()) {
            ClassAd.Attribute a = s.ad().attributeByKey(key);
            if (a != null) {
                return new Found(a, s);
            }
            if (isSpecial(ctx, key)) {
                return new Found(null, s);
            }
            if (s == ctx.root()) {
                break;
            }
        }
        return null;
    }

    /**
     * Dereferences an attribute reference: a bare name from the current scope (then, in
     * compatibility mode, the alternate scope), {@code .name} from the root, {@code base.name}
     * in the ad {@code base} evaluates to. Null when it does not resolve to an attribute.
     */
    public static Found deref(EvalContext ctx, Expr ref) {
        if (ref instanceof AttributeRef) {
            AttributeRef r = (AttributeRef) ref;
            String key = ClassAd.keyOf(r.name());
            Scope start = r.absolute() ? ctx.root() : ctx.current();
            Found f = inScope(ctx, start, key);
            if (f == null && !r.absolute() && start != null && start.alternate() != null
                    && ctx.options().oldSemantics()) {
                f = inScope(ctx, start.alternate(), key);
            }
            return f == null || f.attribute() == null ? null : f;
        }
        if (ref instanceof Selection) {
            Selection s = (Selection) ref;
            Value base = ctx.evaluateIn(Planner.planExpr(s.base()), ctx.current());
            if (!(base instanceof ClassAdValue)) {
                return null;
            }
            Found f = inScope(ctx, ((ClassAdValue) base).scope(), ClassAd.keyOf(s.name()));
            return f == null || f.attribute() == null ? null : f;
        }
        return null;
    }

    /** Whether an argument is syntactically an attribute reference ({@code a}, {@code .a}, {@code x.a}). */
    public static boolean isReference(Expr e) {
        return e instanceof AttributeRef || e instanceof Selection;
    }
}
