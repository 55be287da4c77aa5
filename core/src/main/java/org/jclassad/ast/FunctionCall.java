package org.jclassad.ast;

import java.util.List;

/**
 * A call, with the function name as written. Unknown names are not a parse error.
 *
 * <pre>{@code
 * FunctionCall call = (FunctionCall) ClassAds.parseExpr("strcat(Owner, \"@\", UidDomain)");
 * if (!call.name().equals("strcat") || call.arguments().size() != 3) throw new AssertionError(call);
 * }</pre>
 */
public record FunctionCall(String name, List<Expr> arguments, Position position) implements Expr {
    public FunctionCall {
        arguments = List.copyOf(arguments);
    }

    @Override
    public List<Expr> children() {
        return arguments;
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        return new FunctionCall(name, children, position);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.call(this);
    }
}
