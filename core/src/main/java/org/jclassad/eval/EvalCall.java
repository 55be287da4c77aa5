package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.value.Value;

/** A function call, bound to its implementation when planned; unknown functions give error. */
final class EvalCall extends Node {
    private final String name;
    private final ClassAdFunction function;
    private final Node[] arguments;

    EvalCall(Expr source, String name, ClassAdFunction function, Node[] arguments) {
        super(source);
        this.name = name;
        this.function = function;
        this.arguments = arguments;
    }

    @Override
    Value eval(EvalContext ctx) {
        if (function == null) {
            return Value.ERROR;
        }
        return function.call(new Arguments(name, arguments, ctx));
    }
}
