package org.jclassad.ast;

import java.util.List;

/** The checks of {@link Expr#withChildren}'s argument and of an operator node's operator. */
final class Arity {
    private Arity() {
    }

    static void check(List<Expr> children, int expected) {
        if (children.size() != expected) {
            throw new IllegalArgumentException("expected " + expected + " sub-expressions, got " + children.size());
        }
    }

    /** An operator node of {@code operands} operands holds an operator of that many. */
    static void checkOperator(Operator operator, int operands) {
        if (operator.notation().arity() != operands) {
            int arity = operator.notation().arity();
            throw new IllegalArgumentException(operator + " is written " + operator.notation() + " and takes " + arity
                    + (arity == 1 ? " operand, not " : " operands, not ") + operands);
        }
    }
}
