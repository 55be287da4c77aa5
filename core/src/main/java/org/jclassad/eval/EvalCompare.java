package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.ast.Operator;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * A comparison ({@code < <= > >= == !=}): a strict binary operator whose two common cases,
 * integers against integers and {@code ==}/{@code !=} on strings, are decided here without the
 * general operator dispatch. Otherwise exactly {@link EvalBinary}.
 */
final class EvalCompare extends Node {
    final Operator op;
    final Node left;
    final Node right;

    EvalCompare(Expr source, Operator op, Node left, Node right) {
        super(source);
        this.op = op;
        this.left = left;
        this.right = right;
    }

    @Override
    Value eval(EvalContext ctx) {
        ctx.enterDepth();
        try {
            Value a = left.evaluate(ctx);
            Value b = right.evaluate(ctx);
            if (a instanceof IntegerValue && b instanceof IntegerValue) {
                return Value.of(test(op, ((IntegerValue) a).value(), ((IntegerValue) b).value()));
            }
            if (a instanceof StringValue && b instanceof StringValue) {
                if (op == Operator.EQUAL) {
                    return Value.of(Operators.equalIgnoreCase(((StringValue) a).bytes(), ((StringValue) b).bytes()));
                }
                if (op == Operator.NOT_EQUAL) {
                    return Value.of(!Operators.equalIgnoreCase(((StringValue) a).bytes(), ((StringValue) b).bytes()));
                }
            }
            return Operators.binary(op, a, b);
        } finally {
            ctx.leaveDepth();
        }
    }

    static boolean test(Operator op, long x, long y) {
        switch (op) {
            case LESS: return x < y;
            case LESS_OR_EQUAL: return x <= y;
            case GREATER: return x > y;
            case GREATER_OR_EQUAL: return x >= y;
            case EQUAL: return x == y;
            default: return x != y;
        }
    }
}
