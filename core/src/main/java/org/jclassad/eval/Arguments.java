package org.jclassad.eval;

import org.jclassad.ast.Expr;
import org.jclassad.value.Value;

/**
 * The arguments of one call of a {@link ClassAdFunction}, unevaluated, with the evaluation they
 * belong to: a function evaluates what it needs, in the caller's scope.
 */
public final class Arguments {
    private final String functionName;
    private final Node[] nodes;
    private final EvalContext context;

    Arguments(String functionName, Node[] nodes, EvalContext context) {
        this.functionName = functionName;
        this.nodes = nodes;
        this.context = context;
    }

    /** The function name as written in the call. */
    public String functionName() {
        return functionName;
    }

    public int size() {
        return nodes.length;
    }

    /** Evaluates argument {@code i} in the caller's scope. */
    public Value get(int i) {
        return nodes[i].evaluate(context);
    }

    /** Argument {@code i} as a planned node (to evaluate elsewhere, or later). */
    public Node node(int i) {
        return nodes[i];
    }

    /** Argument {@code i} as written. */
    public Expr expr(int i) {
        return nodes[i].source();
    }

    public EvalContext context() {
        return context;
    }
}
