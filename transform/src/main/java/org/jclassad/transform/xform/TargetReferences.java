package org.jclassad.transform.xform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.ast.AttributeRef;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Position;
import org.jclassad.ast.RecordExpr;
import org.jclassad.ast.Selection;

/**
 * The old-route converter's rewrites of {@code TARGET.x} and {@code MY.x} references. Trees are
 * walked with explicit stacks, so expressions of any depth convert; ad literals are left as they
 * are.
 */
final class TargetReferences {
    private TargetReferences() {
    }

    /** Rewrites {@code TARGET.x} to {@code x} ({@code toMy} false) or {@code MY.x} ({@code toMy} true). */
    static Expr retarget(Expr root, boolean toMy) {
        Deque<Expr> pending = new ArrayDeque<>();
        Deque<Expr> done = new ArrayDeque<>();
        Deque<Boolean> expanded = new ArrayDeque<>();
        pending.push(root);
        expanded.push(false);
        while (!pending.isEmpty()) {
            Expr e = pending.pop();
            boolean childrenDone = expanded.pop();
            if (isTargetSelection(e)) {
                String name = ((Selection) e).name();
                done.push(toMy ? new Selection(new AttributeRef("MY", false, Position.NONE), name, Position.NONE)
                        : new AttributeRef(name, false, Position.NONE));
            } else if (e instanceof RecordExpr || e.children().isEmpty()) {
                done.push(e);
            } else if (!childrenDone) {
                pending.push(e);
                expanded.push(true);
                for (Expr child : e.children()) {
                    pending.push(child);
                    expanded.push(false);
                }
            } else {
                int n = e.children().size();
                List<Expr> children = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    children.add(done.pop());
                }
                done.push(e.withChildren(children));
            }
        }
        return done.pop();
    }

    private static boolean isTargetSelection(Expr e) {
        return e instanceof Selection sel && sel.base() instanceof AttributeRef base && !base.absolute()
                && base.name().equalsIgnoreCase("TARGET");
    }

    /** Whether {@code e} refers to an attribute {@code ad} defines (bare or {@code MY.}). */
    static boolean refersInto(ClassAd ad, Expr e) {
        Deque<Expr> todo = new ArrayDeque<>();
        todo.push(e);
        while (!todo.isEmpty()) {
            Expr x = todo.pop();
            if (x instanceof AttributeRef ref) {
                if (!ref.absolute() && ad.lookup(ref.name()) != null) {
                    return true;
                }
            } else if (x instanceof Selection sel && sel.base() instanceof AttributeRef base
                    && base.name().equalsIgnoreCase("MY")) {
                if (ad.lookup(sel.name()) != null) {
                    return true;
                }
            } else if (!(x instanceof RecordExpr)) {
                x.children().forEach(todo::push);
            }
        }
        return false;
    }
}
