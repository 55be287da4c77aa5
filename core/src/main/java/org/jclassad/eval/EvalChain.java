package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.ast.Operator;
import org.jclassad.value.Value;

/**
 * A long left-nested chain of binary operators ({@code a + b + c + ...}) evaluated in a loop
 * rather than by recursion, so that a chain of any length evaluates on a small Java stack.
 * Depth and steps are charged exactly as the nested form would charge them: the chain needs as
 * many levels as it has operators, and fails if they are not available.
 */
final class EvalChain extends Node {
    private final Node first;
    private final Operator[] operators;
    private final Node[] operands;

    EvalChain(Expr source, Node first, Operator[] operators, Node[] operands) {
        super(source);
        this.first = first;
        this.operators = operators;
        this.operands = operands;
    }

    @Override
    Value eval(EvalContext ctx) {
        int n = operators.length;
        // the outermost operator is this node's own step; the inner ones are charged here
        ctx.stepsRemaining -= n - 1;
        if (ctx.stepsRemaining < 0 || ctx.depthRemaining - n < 0) {
            ctx.stepsRemaining = Math.max(ctx.stepsRemaining, 0);
            throw EvalFailure.INSTANCE;
        }
        ctx.depthRemaining -= n;
        int restored = 0;
        try {
            Value v = first.evaluate(ctx);
            for (int k = 0; k < n; k++) {
                v = apply(ctx, operators[k], v, operands[k]);
                ctx.depthRemaining++;
                restored++;
            }
            return v;
        } finally {
            ctx.depthRemaining += n - restored;
        }
    }

    private static Value apply(EvalContext ctx, Operator op, Value a, Node right) {
        switch (op) {
            case AND: {
                int ta = a.truth();
                if (ta == 0) {
                    return Value.FALSE;
                }
                if (a.isError()) {
                    return Value.ERROR;
                }
                return Logic.and(a, right.evaluate(ctx));
            }
            case OR: {
                int ta = a.truth();
                if (ta == 1) {
                    return Value.TRUE;
                }
                if (a.isError()) {
                    return Value.ERROR;
                }
                return Logic.or(a, right.evaluate(ctx));
            }
            case IS:
                return Operators.identical(a, right.evaluate(ctx));
            case ISNT: {
                Value same = Operators.identical(a, right.evaluate(ctx));
                return same.isError() ? same : Value.of(same == Value.FALSE);
            }
            default:
                return Operators.binary(op, a, right.evaluate(ctx));
        }
    }
}
