package org.jclassad.ast;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Structural sameness of expression trees, as HTCondor's {@code ==} on expressions and ads
 * (Python's {@code ExprTree.__eq__}): same shapes, same operators, same literal values (an
 * integer is not a real, string case matters), same reference spellings, parentheses count;
 * source positions do not. An ad literal is compared as an ad: attribute names ignore case and
 * order. Walks the trees with an explicit stack, so deep trees cannot overflow it.
 */
final class SameAs {
    private SameAs() {
    }

    static boolean same(Expr a, Expr b) {
        Deque<Expr> left = new ArrayDeque<>();
        Deque<Expr> right = new ArrayDeque<>();
        left.push(a);
        right.push(b);
        while (!left.isEmpty()) {
            Expr x = left.pop();
            Expr y = right.pop();
            if (x == y) {
                continue;
            }
            if (x.getClass() != y.getClass() || !sameNode(x, y)) {
                return false;
            }
            if (x instanceof RecordExpr) {
                Map<String, Expr> mine = byKey((RecordExpr) x);
                Map<String, Expr> theirs = byKey((RecordExpr) y);
                if (!mine.keySet().equals(theirs.keySet())) {
                    return false;
                }
                for (Map.Entry<String, Expr> e : mine.entrySet()) {
                    left.push(e.getValue());
                    right.push(theirs.get(e.getKey()));
                }
                continue;
            }
            List<Expr> xs = x.children();
            List<Expr> ys = y.children();
            if (xs.size() != ys.size()) {
                return false;
            }
            for (int i = 0; i < xs.size(); i++) {
                left.push(xs.get(i));
                right.push(ys.get(i));
            }
        }
        return true;
    }

    /** A hash consistent with {@link #same}. */
    static int hash(Expr root) {
        int h = 0;
        Deque<Expr> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Expr e = work.pop();
            if (e instanceof RecordExpr) {
                // order-free: attributes are summed
                int sum = 0;
                for (Map.Entry<String, Expr> a : byKey((RecordExpr) e).entrySet()) {
                    sum += a.getKey().hashCode() ^ hash(a.getValue());
                }
                h = h * 31 + sum;
                continue;
            }
            h = h * 31 + nodeHash(e);
            for (Expr child : e.children()) {
                work.push(child);
            }
        }
        return h;
    }

    /** The node's own content, children aside; {@code x} and {@code y} are of one class. */
    private static boolean sameNode(Expr x, Expr y) {
        if (x instanceof Literal) {
            return ((Literal) x).value().equals(((Literal) y).value());
        }
        if (x instanceof AttributeRef) {
            AttributeRef p = (AttributeRef) x;
            AttributeRef q = (AttributeRef) y;
            return p.absolute() == q.absolute() && p.name().equals(q.name());
        }
        if (x instanceof Selection) {
            return ((Selection) x).name().equals(((Selection) y).name());
        }
        if (x instanceof UnaryOp) {
            return ((UnaryOp) x).operator() == ((UnaryOp) y).operator();
        }
        if (x instanceof BinaryOp) {
            return ((BinaryOp) x).operator() == ((BinaryOp) y).operator();
        }
        if (x instanceof FunctionCall) {
            return ((FunctionCall) x).name().equals(((FunctionCall) y).name());
        }
        return true;
    }

    private static int nodeHash(Expr e) {
        if (e instanceof Literal) {
            return ((Literal) e).value().hashCode();
        }
        if (e instanceof AttributeRef) {
            return ((AttributeRef) e).name().hashCode();
        }
        if (e instanceof Selection) {
            return ((Selection) e).name().hashCode();
        }
        if (e instanceof UnaryOp) {
            return ((UnaryOp) e).operator().hashCode();
        }
        if (e instanceof BinaryOp) {
            return ((BinaryOp) e).operator().hashCode();
        }
        if (e instanceof FunctionCall) {
            return ((FunctionCall) e).name().hashCode();
        }
        return e.getClass().getSimpleName().hashCode();
    }

    /** An ad literal's bindings by lower-case name: the last value of a repeated name wins. */
    private static Map<String, Expr> byKey(RecordExpr r) {
        Map<String, Expr> out = new HashMap<>();
        for (RecordExpr.Attribute a : r.attributes()) {
            out.put(a.name().toLowerCase(Locale.ROOT), a.value());
        }
        return out;
    }
}
