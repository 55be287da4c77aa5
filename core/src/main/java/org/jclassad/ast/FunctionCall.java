package org.jclassad.ast;

import java.util.List;

/** A call, with the function name as written. Unknown names are not a parse error. */
public record FunctionCall(String name, List<Expr> arguments, Position position) implements Expr {
    public FunctionCall {
        arguments = List.copyOf(arguments);
    }
}
