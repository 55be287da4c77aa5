package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.value.Value;

/** A literal, or anything folded to one. */
final class EvalConstant extends Node {
    private final Value value;

    EvalConstant(Expr source, Value value) {
        super(source);
        this.value = value;
    }

    Value value() {
        return value;
    }

    @Override
    Value eval(EvalContext ctx) {
        return value;
    }
}
