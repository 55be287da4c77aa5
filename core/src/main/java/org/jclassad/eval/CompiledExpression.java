package org.jclassad.eval;

import org.jclassad.evaluation.EvalOptions;
import org.jclassad.value.Value;

/**
 * The compiled tier for hot expressions (a Requirements tested against thousands of ads):
 * the expression becomes one JVM method of its own, generated once, which runs at the speed of
 * hand-written Java. Results are exactly the interpreter's: the compiled code covers only
 * constants, attribute references, parentheses and operators, assumes the references name
 * literal attributes of the ad itself, and hands the whole evaluation to the interpreter the
 * moment an assumption does not hold (a missing name in a nested or matched scope, an attribute
 * bound to an expression) or when the depth and step limits could possibly be reached.
 *
 * <pre>{@code
 * CompiledExpression req = CompiledExpression.compile(Planner.planExpr(expr));
 * boolean ok = req.isTrue(slot.scope(), EvalOptions.defaults());
 * }</pre>
 *
 * Thread-safe: one compiled expression serves every thread.
 */
public final class CompiledExpression {
    private final Node node;
    private final Compiler.Fast fast;
    private final int depthNeeded;
    private final long stepsNeeded;

    private CompiledExpression(Node node, Compiler.Fast fast, int depthNeeded, long stepsNeeded) {
        this.node = node;
        this.fast = fast;
        this.depthNeeded = depthNeeded;
        this.stepsNeeded = stepsNeeded;
    }

    /** Compiles {@code node}; an expression outside the compiled subset is kept interpreted. */
    public static CompiledExpression compile(Node node) {
        Compiler.Result r = Compiler.compile(node);
        if (r == null) {
            return new CompiledExpression(node, null, 0, 0);
        }
        return new CompiledExpression(node, r.fast(), r.depth(), r.steps());
    }

    /** Whether the expression runs compiled (false: it is outside the subset and interpreted). */
    public boolean isCompiled() {
        return fast != null;
    }

    /** The planned expression. */
    public Node node() {
        return node;
    }

    /** The value in {@code scope}, exactly {@code Evaluator.run(node(), scope, options).value()}. */
    public Value evaluate(Scope scope, EvalOptions options) {
        if (fast != null && options.maxDepth() >= depthNeeded && options.maxSteps() >= stepsNeeded) {
            try {
                return fast.run(scope);
            } catch (Compiler.Bail interpret) {
                // an assumption did not hold: the interpreter decides
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return Evaluator.run(node, scope, options).value();
    }

    /** The matchmaker's reading: true only for a boolean-equivalent true (a failure is false). */
    public boolean isTrue(Scope scope, EvalOptions options) {
        return evaluate(scope, options).truth() == 1;
    }
}
