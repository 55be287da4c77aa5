package org.jclassad.conformance.fuzz;

import java.util.ArrayList;
import java.util.List;

import org.jclassad.ast.AttributeRef;
import org.jclassad.ast.Expr;
import org.jclassad.ast.FunctionCall;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;

/** One-step simplifications of expression trees, for shrinking reproducers. */
final class AstEdit {
    private AstEdit() {
    }

    /** Every tree obtained by one simplification somewhere in {@code root}. */
    static List<Expr> simplifications(Expr root, List<Expr> replacements) {
        List<Expr> out = new ArrayList<>();
        collect(root, replacements, out, new ArrayList<>());
        return out;
    }

    private static void collect(Expr node, List<Expr> replacements, List<Expr> out, List<Object[]> path) {
        List<Expr> candidates = new ArrayList<>(node.children());
        if (!(node instanceof Literal) && !(node instanceof AttributeRef)) {
            candidates.addAll(replacements);
        }
        if (node instanceof FunctionCall || node instanceof ListExpr) {
            List<Expr> kids = node.children();
            for (int i = 0; i < kids.size(); i++) {
                List<Expr> fewer = new ArrayList<>(kids);
                fewer.remove(i);
                candidates.add(node.withChildren(fewer));
            }
        }
        for (Expr c : candidates) {
            out.add(rebuild(path, c));
        }
        List<Expr> kids = node.children();
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
            List<Expr> kids = new ArrayList<>(parent.children());
            kids.set(index, current);
            current = parent.withChildren(kids);
        }
        return current;
    }
}
