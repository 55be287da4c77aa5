package org.jclassad.conformance.fuzz;

import java.util.ArrayList;
import java.util.List;

import org.jclassad.ast.AttributeRef;
import org.jclassad.ast.BinaryOp;
import org.jclassad.ast.Conditional;
import org.jclassad.ast.Elvis;
import org.jclassad.ast.Expr;
import org.jclassad.ast.FunctionCall;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Parens;
import org.jclassad.ast.RecordExpr;
import org.jclassad.ast.Selection;
import org.jclassad.ast.Subscript;
import org.jclassad.ast.UnaryOp;

/** Child access and replacement on expression trees, for shrinking reproducers. */
final class AstEdit {
    private AstEdit() {
    }

    static List<Expr> children(Expr e) {
        if (e instanceof BinaryOp) {
            return List.of(((BinaryOp) e).left(), ((BinaryOp) e).right());
        }
        if (e instanceof UnaryOp) {
            return List.of(((UnaryOp) e).operand());
        }
        if (e instanceof Parens) {
            return List.of(((Parens) e).inner());
        }
        if (e instanceof Selection) {
            return List.of(((Selection) e).base());
        }
        if (e instanceof Subscript) {
            return List.of(((Subscript) e).base(), ((Subscript) e).index());
        }
        if (e instanceof Conditional) {
            Conditional c = (Conditional) e;
            return List.of(c.condition(), c.whenTrue(), c.whenFalse());
        }
        if (e instanceof Elvis) {
            return List.of(((Elvis) e).value(), ((Elvis) e).fallback());
        }
        if (e instanceof FunctionCall) {
            return ((FunctionCall) e).arguments();
        }
        if (e instanceof ListExpr) {
            return ((ListExpr) e).elements();
        }
        if (e instanceof RecordExpr) {
            List<Expr> values = new ArrayList<>();
            for (RecordExpr.Attribute a : ((RecordExpr) e).attributes()) {
                values.add(a.value());
            }
            return values;
        }
        return List.of();
    }

    /** {@code e} with its children replaced, in the order {@link #children} gives them. */
    static Expr withChildren(Expr e, List<Expr> c) {
        if (e instanceof BinaryOp) {
            return new BinaryOp(((BinaryOp) e).operator(), c.get(0), c.get(1), e.position());
        }
        if (e instanceof UnaryOp) {
            return new UnaryOp(((UnaryOp) e).operator(), c.get(0), e.position());
        }
        if (e instanceof Parens) {
            return new Parens(c.get(0), e.position());
        }
        if (e instanceof Selection) {
            return new Selection(c.get(0), ((Selection) e).name(), e.position());
        }
        if (e instanceof Subscript) {
            return new Subscript(c.get(0), c.get(1), e.position());
        }
        if (e instanceof Conditional) {
            return new Conditional(c.get(0), c.get(1), c.get(2), e.position());
        }
        if (e instanceof Elvis) {
            return new Elvis(c.get(0), c.get(1), e.position());
        }
        if (e instanceof FunctionCall) {
            return new FunctionCall(((FunctionCall) e).name(), c, e.position());
        }
        if (e instanceof ListExpr) {
            return new ListExpr(c, e.position());
        }
        if (e instanceof RecordExpr) {
            List<RecordExpr.Attribute> attrs = new ArrayList<>();
            List<RecordExpr.Attribute> old = ((RecordExpr) e).attributes();
            for (int i = 0; i < old.size(); i++) {
                attrs.add(new RecordExpr.Attribute(old.get(i).name(), c.get(i)));
            }
            return new RecordExpr(attrs, e.position());
        }
        return e;
    }

    /** Every tree obtained by one simplification somewhere in {@code root}. */
    static List<Expr> simplifications(Expr root, List<Expr> replacements) {
        List<Expr> out = new ArrayList<>();
        collect(root, replacements, out, new ArrayList<>());
        return out;
    }

    private static void collect(Expr node, List<Expr> replacements, List<Expr> out, List<Object[]> path) {
        List<Expr> candidates = new ArrayList<>(children(node));
        if (!(node instanceof Literal) && !(node instanceof AttributeRef)) {
            candidates.addAll(replacements);
        }
        if (node instanceof FunctionCall || node instanceof ListExpr) {
            List<Expr> kids = children(node);
            for (int i = 0; i < kids.size(); i++) {
                List<Expr> fewer = new ArrayList<>(kids);
                fewer.remove(i);
                candidates.add(withChildren(node, fewer));
            }
        }
        for (Expr c : candidates) {
            out.add(rebuild(path, c));
        }
        List<Expr> kids = children(node);
        for (int i = 0; i < kids.size(); i++) {
            path.add(new Object[] {node, i});
            collect(kids.get(i), replacements, out, path);
            path.remove(path.size() - 1);
        }
    }

    private static Expr rebuild(List<Object[]> path, Expr replacement) {
        Expr current = replacement;
        for (int k = path.size() - 1; k >= 0; k--) {
            Expr parent = (Expr) path.get(k)[0];
            int index = (Integer) path.get(k)[1];
            List<Expr> kids = new ArrayList<>(children(parent));
            kids.set(index, current);
            current = withChildren(parent, kids);
        }
        return current;
    }
}
