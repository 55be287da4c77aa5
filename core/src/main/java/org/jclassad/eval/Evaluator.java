package org.jclassad.eval;

import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.value.Value;

/**
 * A reusable evaluator for hot loops (a matchmaker testing one Requirements against many ads):
 * it keeps one {@link EvalContext} and resets it per evaluation, so the boolean path
 * {@link #isTrue} allocates nothing. Results are exactly those of {@link #run(Node, Scope, EvalOptions)}.
 *
 * <p>Not thread-safe: use one per thread.
 *
 * <pre>{@code
 * Evaluator ev = new Evaluator(EvalOptions.defaults());
 * for (ClassAd slot : slots) {
 *     if (ev.isTrue(requirements, slot.scope())) { ... }
 * }
 * }</pre>
 */
public final class Evaluator {
    private final EvalContext ctx;

    public Evaluator(EvalOptions options) {
        this.ctx = new EvalContext(options, null);
    }

    public EvalOptions options() {
        return ctx.options();
    }

    /** Evaluates {@code node} once with {@code scope} as its scope, telling a failure from {@code error}. */
    public static Evaluation run(Node node, Scope scope, EvalOptions options) {
        EvalContext ctx = new EvalContext(options, scope);
        try {
            return new Evaluation(node.evaluate(ctx), false);
        } catch (EvalFailure | StackOverflowError f) {
            return new Evaluation(Value.ERROR, true);
        }
    }

    /** The value of {@code node} in {@code scope}; a failed evaluation gives {@code error}. */
    public Value evaluate(Node node, Scope scope) {
        ctx.reset(scope);
        try {
            return node.evaluate(ctx);
        } catch (EvalFailure | StackOverflowError f) {
            return Value.ERROR;
        } finally {
            ctx.reset(null);
        }
    }

    /** Like {@link #run(Node, Scope, EvalOptions)} with this evaluator's options, telling a failure from an {@code error} value. */
    public Evaluation run(Node node, Scope scope) {
        ctx.reset(scope);
        try {
            return new Evaluation(node.evaluate(ctx), false);
        } catch (EvalFailure | StackOverflowError f) {
            return new Evaluation(Value.ERROR, true);
        } finally {
            ctx.reset(null);
        }
    }

    /**
     * The matchmaker's reading of a Requirements expression: true only if the evaluation
     * succeeds with a boolean-equivalent true value. Allocates nothing on its own.
     */
    public boolean isTrue(Node node, Scope scope) {
        ctx.reset(scope);
        try {
            return node.evaluate(ctx).truth() == 1;
        } catch (EvalFailure | StackOverflowError f) {
            return false;
        } finally {
            ctx.reset(null);
        }
    }
}
