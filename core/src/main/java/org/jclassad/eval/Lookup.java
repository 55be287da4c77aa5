package org.jclassad.eval;

import org.jclassad.ClassAd;
import org.jclassad.value.Value;

/**
 * HTCondor's attribute lookup: walk the scope chain from where the search starts, stopping at
 * the first scope that has the name or, failing that, at the first one where the name is a
 * special name ({@code self}, {@code parent}, {@code root}/{@code toplevel}, and in
 * compatibility mode {@code my} and {@code CurrentTime}); then, in compatibility mode, try the
 * alternate scope (the other ad of a match).
 */
final class Lookup {
    private Lookup() {
    }

    static Value resolve(EvalContext ctx, Scope start, String key, boolean useAlternate) {
        // the common case first, small enough for the JIT to inline into the reference
        if (start != null) {
            ClassAd ad = start.ad();
            Node found = ClassAdAccess.boundNode(ad, key);
            if (found != null) {
                return evaluateAttribute(ctx, ad, key, found, start);
            }
        }
        return search(ctx, start, key, useAlternate);
    }

    /**
     * Evaluates the attribute {@code key} of the ad of {@code scope} (or of its chained
     * parents), in that scope; {@code null} if the ad has no such attribute.
     */
    static Value inAd(EvalContext ctx, Scope scope, String key) {
        return inAds(ctx, scope.ad(), key, scope);
    }

    /** {@link #inAd} from the ad {@code first} of a chain of chained ads. */
    private static Value inAds(EvalContext ctx, ClassAd first, String key, Scope scope) {
        for (ClassAd ad = first; ad != null; ad = ad.chainedParent()) {
            Node found = ClassAdAccess.boundNode(ad, key);
            if (found != null) {
                return evaluateAttribute(ctx, ad, key, found, scope);
            }
        }
        return null;
    }

    /** The scope walk of {@link #resolve}, past a first scope known to lack the name. */
    private static Value search(EvalContext ctx, Scope start, String key, boolean useAlternate) {
        Scope current = start;
        while (current != null) {
            // resolve has looked in the start ad itself already
            ClassAd first = current == start ? current.ad().chainedParent() : current.ad();
            Value found = inAds(ctx, first, key, current);
            if (found != null) {
                return found;
            }
            Scope superScope = current == ctx.root ? null : current.parent();
            switch (key) {
                case "self":
                    return new ClassAdValue(current);
                case "parent":
                    return superScope == null ? Value.UNDEFINED : new ClassAdValue(superScope);
                case "toplevel":
                case "root":
                    return new ClassAdValue(ctx.root);
                case "my":
                    if (ctx.options().oldSemantics()) {
                        return new ClassAdValue(current);
                    }
                    break;
                case "currenttime":
                    if (ctx.options().oldSemantics()) {
                        return Value.of(Math.floorDiv(ctx.nowMillis(), 1000L));
                    }
                    break;
                default:
                    break;
            }
            current = superScope;
        }
        if (useAlternate && ctx.options().oldSemantics() && start != null && start.alternate() != null) {
            return resolve(ctx, start.alternate(), key, false);
        }
        return Value.UNDEFINED;
    }

    /**
     * Evaluates the attribute {@code key} of {@code ad}, bound to {@code node}, found in
     * {@code scope}: lexical scoping, depth charged, cycles undefined.
     */
    static Value evaluateAttribute(EvalContext ctx, ClassAd ad, String key, Node node, Scope scope) {
        if (ctx.depthRemaining <= 0) {
            throw EvalFailure.INSTANCE;
        }
        if (node instanceof EvalConstant) {
            // a literal cannot refer back to anything: no cycle check, no scope switch; its one step
            if (--ctx.stepsRemaining < 0) {
                ctx.stepsRemaining = 0;
                throw EvalFailure.INSTANCE;
            }
            return ((EvalConstant) node).value();
        }
        return evaluateExpression(ctx, ad, key, node, scope);
    }

    /** An attribute is the same as one being evaluated when it is the same name of the same ad. */
    private static Value evaluateExpression(EvalContext ctx, ClassAd ad, String key, Node node, Scope scope) {
        if (ctx.isActive(ad, key)) {
            return Value.UNDEFINED;
        }
        ctx.push(ad, key);
        ctx.depthRemaining--;
        Scope saved = ctx.current;
        ctx.current = scope;
        try {
            return node.evaluate(ctx);
        } finally {
            ctx.current = saved;
            ctx.depthRemaining++;
            ctx.pop();
        }
    }
}
