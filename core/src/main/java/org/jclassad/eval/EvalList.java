package org.jclassad.eval;

import java.util.List;

import org.jclassad.ast.Expr;
import org.jclassad.value.Value;

/** A list literal: a list value over the element expressions, bound to the current scope. */
final class EvalList extends Node {
    private final List<Node> elements;

    EvalList(Expr source, List<Node> elements) {
        super(source);
        this.elements = elements;
    }

    @Override
    Value eval(EvalContext ctx) {
        return ListValue.ofNodes(elements, ctx.current);
    }
}
