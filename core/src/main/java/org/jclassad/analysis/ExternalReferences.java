package org.jclassad.analysis;

import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jclassad.ClassAd;
import org.jclassad.ast.AttributeRef;
import org.jclassad.ast.Expr;
import org.jclassad.ast.FunctionCall;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.RecordExpr;
import org.jclassad.ast.Selection;
import org.jclassad.eval.ClassAdValue;
import org.jclassad.eval.EvalContext;
import org.jclassad.eval.Planner;
import org.jclassad.eval.Scope;
import org.jclassad.text.ByteStrings;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;

/**
 * HTCondor's external references of an expression: the attribute names it reaches, through the
 * attributes it refers to, that its ad does not resolve (what {@code unresolved()} reports).
 * A reference {@code base.name} whose base is undefined is reported as written.
 */
public final class ExternalReferences {

    private final EvalContext ctx;
    private final TreeSet<String> refs;
    /** The names resolved in the ad the search starts in (HTCondor's internal references). */
    private final TreeSet<String> internal = new TreeSet<>(ByteStrings::compareIgnoreCase);
    private final int limit;
    private Scope top;

    private ExternalReferences(EvalContext ctx, TreeSet<String> refs) {
        this.ctx = ctx;
        this.refs = refs;
        this.limit = Math.max(0, ctx.depthRemaining());
    }

    /** False when the search gives up (HTCondor then reports nothing). */
    private boolean collect(Expr e, Scope scope, int depth) {
        if (depth > limit) {
            return false;
        }
        if (e instanceof Literal) {
            return true;
        }
        if (e instanceof AttributeRef) {
            AttributeRef r = (AttributeRef) e;
            Scope start = r.absolute() ? scope.root() : scope;
            return attribute(start, r.name(), depth);
        }
        if (e instanceof Selection) {
            Selection s = (Selection) e;
            Value base = ctx.evaluateIn(Planner.planExpr(s.base()), scope);
            if (base.isUndefined()) {
                refs.add(Unparser.newSyntax(s.base()) + "." + s.name());
                return true;
            }
            if (!(base instanceof ClassAdValue)) {
                return false;
            }
            if (s.base() instanceof AttributeRef) {
                noteInternal(scope, ((AttributeRef) s.base()).name());
            }
            return attribute(((ClassAdValue) base).scope(), s.name(), depth);
        }
        // the arguments, elements and attributes of calls, lists and ads are one level deeper
        int inner = e instanceof FunctionCall || e instanceof ListExpr || e instanceof RecordExpr ? depth + 1 : depth;
        for (Expr child : e.children()) {
            if (!collect(child, scope, inner)) {
                return false;
            }
        }
        return true;
    }

    private boolean attribute(Scope start, String name, int depth) {
        Dereference.Found f = start == null ? null : Dereference.inScope(ctx, start, ClassAd.keyOf(name));
        if (f == null) {
            refs.add(name);
            return true;
        }
        if (f.attribute() == null) {
            return true;
        }
        if (f.scope() == top) {
            internal.add(name);
        }
        return collect(f.attribute().expr(), f.scope(), depth + 1);
    }

    /**
     * The external references of {@code e} evaluated in {@code scope}, sorted ignoring case;
     * empty when the search gives up (too deep for the evaluation's depth budget, or a
     * selection from something that is not an ad), as HTCondor then reports nothing.
     */
    public static Optional<SortedSet<String>> of(EvalContext ctx, Expr e, Scope scope) {
        TreeSet<String> refs = new TreeSet<>(ByteStrings::compareIgnoreCase);
        ExternalReferences search = new ExternalReferences(ctx, refs);
        search.top = scope;
        return search.collect(e, scope, 0) ? Optional.of(refs) : Optional.empty();
    }

    /**
     * HTCondor's internal references of {@code e} in {@code scope}: the names it reaches (through
     * the attributes it refers to) that {@code scope}'s own ad defines, sorted ignoring case; the
     * base of a selection {@code n.x} counts when it names an ad of {@code scope}, the names
     * inside that nested ad do not. Empty when the search gives up.
     */
    public static SortedSet<String> internal(EvalContext ctx, Expr e, Scope scope) {
        ExternalReferences search = new ExternalReferences(ctx, new TreeSet<>(ByteStrings::compareIgnoreCase));
        search.top = scope;
        return search.collect(e, scope, 0) ? search.internal : new TreeSet<>();
    }

    private void noteInternal(Scope scope, String name) {
        Dereference.Found f = Dereference.inScope(ctx, scope, ClassAd.keyOf(name));
        if (f != null && f.attribute() != null && f.scope() == top) {
            internal.add(name);
        }
    }
}
