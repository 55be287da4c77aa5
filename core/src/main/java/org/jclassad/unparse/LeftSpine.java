package org.jclassad.unparse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jclassad.ast.BinaryOp;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Selection;
import org.jclassad.ast.Subscript;

/**
 * The left spine of a left-nested chain: {@code a + b + c}, {@code x.y.z} and {@code l[0][1]}
 * nest to the left, and can be arbitrarily long. Walking the spine with a loop lets printers and
 * planners handle any length without recursion.
 *
 * <pre>{@code
 * LeftSpine spine = LeftSpine.of(ClassAds.parseExpr("a + b + c"));   // leaf a; links (a + b), (a + b) + c
 * if (!ClassAds.unparse(spine.leaf()).equals("a") || spine.links().size() != 2) throw new AssertionError(spine);
 * }</pre>
 *
 * @param leaf  the innermost operand (not a binary operator, selection or subscript)
 * @param links the chain's nodes from the innermost outwards
 */
public record LeftSpine(Expr leaf, List<Expr> links) {

    /** Whether {@code e} continues a spine (a binary operator, a selection or a subscript). */
    public static boolean isLink(Expr e) {
        return e instanceof BinaryOp || e instanceof Selection || e instanceof Subscript;
    }

    public static LeftSpine of(Expr top) {
        List<Expr> links = new ArrayList<>();
        Expr e = top;
        while (isLink(e)) {
            links.add(e);
            if (e instanceof BinaryOp) {
                e = ((BinaryOp) e).left();
            } else if (e instanceof Selection) {
                e = ((Selection) e).base();
            } else {
                e = ((Subscript) e).base();
            }
        }
        Collections.reverse(links);
        return new LeftSpine(e, links);
    }
}
