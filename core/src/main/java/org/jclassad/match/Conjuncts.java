package org.jclassad.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jclassad.ClassAd;
import org.jclassad.ast.AttributeRef;
import org.jclassad.ast.BinaryOp;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Operator;
import org.jclassad.ast.RecordExpr;
import org.jclassad.ast.Selection;
import org.jclassad.ast.UnaryOp;
import org.jclassad.unparse.Unparser;

/**
 * How the explainer reads a Requirements expression: its top-level conjuncts (references to the
 * ad's own {@code &&} attributes expanded), which side of a comparison refers to the other ad,
 * and which of the job's own attributes the conditions name.
 */
final class Conjuncts {
    /** How deep references to {@code &&} attributes are expanded. */
    static final int MAX_INLINE_DEPTH = 4;

    private Conjuncts() {
    }

    /** The job attribute an expression is a plain reference to ({@code X} or {@code MY.X}), else null. */
    static String ownAttribute(Expr e, ClassAd ad) {
        String name = ownName(strip(e));
        if (name == null) {
            return null;
        }
        ClassAd.Attribute a = ad.attributeByKey(ClassAd.keyOf(name));
        return a == null ? null : a.name();
    }

    static String ownName(Expr e) {
        if (e instanceof AttributeRef && !((AttributeRef) e).absolute()) {
            return ((AttributeRef) e).name();
        }
        if (e instanceof Selection && ((Selection) e).base() instanceof AttributeRef) {
            AttributeRef base = (AttributeRef) ((Selection) e).base();
            if (!base.absolute() && base.name().equalsIgnoreCase("my")) {
                return ((Selection) e).name();
            }
        }
        return null;
    }

    /** Whether an expression refers to the other ad: {@code TARGET.x}, or a bare name the ad lacks. */
    static boolean refersToTarget(Expr e, ClassAd self) {
        Deque<Expr> todo = new ArrayDeque<>();
        todo.push(e);
        while (!todo.isEmpty()) {
            Expr x = todo.pop();
            if (x instanceof Selection) {
                Selection s = (Selection) x;
                if (s.base() instanceof AttributeRef) {
                    AttributeRef base = (AttributeRef) s.base();
                    String key = ClassAd.keyOf(base.name());
                    if (!base.absolute() && (key.equals("target") || key.equals("other"))) {
                        return true;
                    }
                    if (!base.absolute() && key.equals("my")) {
                        continue;
                    }
                }
                todo.push(s.base());
            } else if (x instanceof AttributeRef) {
                AttributeRef r = (AttributeRef) x;
                String key = ClassAd.keyOf(r.name());
                if (!r.absolute() && !self.contains(r.name()) && !SPECIAL.contains(key)) {
                    return true;
                }
            } else if (!(x instanceof RecordExpr)) {
                // nested ads have their own scope: their names are not the job's
                x.children().forEach(todo::push);
            }
        }
        return false;
    }

    private static final Set<String> SPECIAL = Set.of("my", "target", "other", "parent", "currenttime");

    /**
     * The top-level {@code &&} operands of {@code e} (parentheses dropped), with references to the
     * ad's own attributes that hold {@code &&} expressions expanded in place.
     */
    static List<Expr> conjuncts(Expr e, ClassAd self) {
        List<Expr> out = new ArrayList<>();
        collect(e, self, 0, new HashSet<>(), out);
        return out;
    }

    private static void collect(Expr e, ClassAd self, int depth, Set<String> expanding, List<Expr> out) {
        // walk the left spine of a left-nested && chain without recursing on its length
        Deque<Expr> rights = new ArrayDeque<>();
        Expr x = strip(e);
        while (x instanceof BinaryOp && ((BinaryOp) x).operator() == Operator.AND) {
            rights.push(((BinaryOp) x).right());
            x = strip(((BinaryOp) x).left());
        }
        List<Expr> operands = new ArrayList<>();
        operands.add(x);
        while (!rights.isEmpty()) {
            operands.add(rights.pop());
        }
        for (Expr operand : operands) {
            Expr o = strip(operand);
            if (o instanceof BinaryOp && ((BinaryOp) o).operator() == Operator.AND) {
                collect(o, self, depth, expanding, out);
                continue;
            }
            String name = ownName(o);
            if (name != null && depth < MAX_INLINE_DEPTH) {
                Expr def = self.lookup(name);
                String key = ClassAd.keyOf(name);
                Expr d = def == null ? null : strip(def);
                if (d instanceof BinaryOp && ((BinaryOp) d).operator() == Operator.AND && !expanding.contains(key)) {
                    expanding.add(key);
                    collect(d, self, depth + 1, expanding, out);
                    expanding.remove(key);
                    continue;
                }
            }
            out.add(o);
        }
    }

    /** {@code e} without the parentheses around it. */
    static Expr strip(Expr e) {
        while (e instanceof UnaryOp && ((UnaryOp) e).operator() == Operator.PARENTHESES) {
            e = ((UnaryOp) e).operand();
        }
        return e;
    }

    static String text(Expr e) {
        return Unparser.oldSyntax(strip(e)).strip();
    }

    /** The job's own attributes the conditions refer to, in order of first reference. */
    static List<Explanation.Attribute> jobAttributes(ClassAd job, List<Expr> conjuncts) {
        Map<String, Explanation.Attribute> found = new LinkedHashMap<>();
        Deque<Expr> todo = new ArrayDeque<>();
        for (int i = conjuncts.size() - 1; i >= 0; i--) {
            todo.push(conjuncts.get(i));
        }
        while (!todo.isEmpty()) {
            Expr x = todo.pop();
            String name = ownName(x);
            if (name != null) {
                String key = ClassAd.keyOf(name);
                ClassAd.Attribute a = job.attributeByKey(key);
                if (a != null && !key.equals("requirements") && !found.containsKey(key)) {
                    found.put(key, new Explanation.Attribute(a.name(), Unparser.oldSyntax(a.expr())));
                }
                continue;
            }
            if (x instanceof Selection || x instanceof RecordExpr) {
                continue;
            }
            List<Expr> kids = x.children();
            for (int i = kids.size() - 1; i >= 0; i--) {
                todo.push(kids.get(i));
            }
        }
        return List.copyOf(found.values());
    }
}
