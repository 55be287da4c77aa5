package org.jclassad.unparse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jclassad.ast.BinaryOp;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Operator;
import org.jclassad.ast.Selection;

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
 * @param leaf  the innermost operand (not a {@linkplain #isLink link})
 * @param links the chain's nodes from the innermost outwards
 */
public record LeftSpine(Expr leaf, List<Expr> links) {

    /**
     * Whether {@code e} continues a spine: a binary operator (a subscript included) or a
     * selection. The Elvis operator does not: it nests to the right ({@code a ?: b ?: c} is
     * {@code a ?: (b ?: c)}).
     */
    public static boolean isLink(Expr e) {
        return e instanceof BinaryOp && ((BinaryOp) e).operator() != Operator.ELVIS || e instanceof Selection;
    }

    public static LeftSpine of(Expr top) {
        List<Expr> links = new ArrayList<>();
        Expr e = top;
        while (isLink(e)) {
            links.add(e);
            e = e instanceof BinaryOp ? ((BinaryOp) e).left() : ((Selection) e).base();
        }
        Collections.reverse(links);
        return new LeftSpine(e, links);
    }
}
