package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.ast.Literal;
import org.jclassad.value.RelTimeValue;
import org.jclassad.value.Value;

/**
 * An evaluation node: what the planner makes of an {@link Expr}. Each kind of expression has
 * its own small node class. A node remembers the expression it was planned from, for printing.
 * Nodes are immutable and may be evaluated from many threads at once.
 */
public abstract class Node {
    private final Expr source;

    Node(Expr source) {
        this.source = source;
    }

    /** The expression this node was planned from. */
    public Expr source() {
        return source;
    }

    /** Evaluates the node, charging one step of the evaluation budget. */
    public final Value evaluate(EvalContext ctx) {
        if (--ctx.stepsRemaining < 0) {
            ctx.stepsRemaining = 0;
            throw EvalFailure.INSTANCE;
        }
        return eval(ctx);
    }

    abstract Value eval(EvalContext ctx);

    /**
     * A node that always yields {@code value}, as a literal made from it would. Like HTCondor's
     * literals, one made from a relative time yields its seconds as a real (and prints as
     * {@code relTime("...")}).
     */
    /**
     * The value of the literal this node stands for, or {@code null} when it is not a literal
     * kept as its value: lets a printer print it without rebuilding the literal.
     */
    public Value literalValue() {
        return null;
    }

    public static Node constant(Value value) {
        if (value instanceof RelTimeValue) {
            return new EvalConstant(Literal.of(value), Value.of(((RelTimeValue) value).seconds()));
        }
        return new EvalConstant(Literal.of(value));
    }
}
