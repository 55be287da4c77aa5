package org.jclassad.eval;

import org.jclassad.value.Value;

/**
 * The result of a top-level evaluation: a value, or a failure (a limit was exceeded or a
 * function failed hard). HTCondor's callers treat a failure like {@code error}; conformance
 * tools need to tell them apart.
 */
public record Evaluation(Value value, boolean failed) {

    /** Evaluates {@code node} with {@code scope} as its scope. */
    public static Evaluation run(Node node, Scope scope, EvalOptions options) {
        EvalContext ctx = new EvalContext(options, scope);
        try {
            return new Evaluation(node.evaluate(ctx), false);
        } catch (EvalFailure f) {
            return new Evaluation(Value.ERROR, true);
        } catch (StackOverflowError tooDeep) {
            return new Evaluation(Value.ERROR, true);
        }
    }
}
