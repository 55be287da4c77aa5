package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Position;
import org.jclassad.value.Value;

/**
 * A literal, or anything folded to one. The node of a literal keeps the literal's value and
 * position rather than the literal itself, and makes the literal when asked for its source: ads
 * hold millions of literals that only their own attribute uses (ids, dates, paths).
 */
final class EvalConstant extends Node {
    private final Value value;
    /** Where the literal this node stands for was written; {@code null} when the source is kept. */
    private final Position at;

    EvalConstant(Expr source, Value value) {
        super(source);
        this.value = value;
        this.at = null;
    }

    /** The node of a literal that evaluates to its own value (a relative time does not). */
    EvalConstant(Literal literal) {
        super(null);
        this.value = literal.value();
        this.at = literal.position();
    }

    Value value() {
        return value;
    }

    @Override
    public Value literalValue() {
        return at == null ? null : value;
    }

    @Override
    public Expr source() {
        return at == null ? super.source() : new Literal(value, at);
    }

    @Override
    Value eval(EvalContext ctx) {
        return value;
    }
}
