package org.jclassad.eval;

import org.jclassad.evaluation.Evaluation;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.value.Value;

/**
 * Evaluation services for functions that evaluate expressions of their own making
 * ({@code eval}) or in other ads ({@code evalInEachContext}).
 */
public final class NestedEvaluation {
    private NestedEvaluation() {
    }

    /**
     * Evaluates {@code node} with {@code scope} as the current scope, one nesting level deeper.
     * When no depth is left the whole evaluation fails, as HTCondor's {@code eval} does.
     */
    public static Value evaluateNested(EvalContext ctx, Node node, Scope scope) {
        if (ctx.depthRemaining <= 0) {
            throw EvalFailure.INSTANCE;
        }
        ctx.depthRemaining--;
        try {
            return ctx.evaluateIn(node, scope);
        } finally {
            ctx.depthRemaining++;
        }
    }

    /**
     * Parses new-syntax expression text (a byte string) the way this evaluation reads ads (the
     * compatibility setting and zone of its options) and plans it; {@code null} if it does not
     * parse as one complete expression.
     */
    public static Node parse(EvalContext ctx, String byteString) {
        ParseOptions options = ParseOptions.defaults().withCompat(ctx.options().oldSemantics())
                .withZone(ctx.options().zone());
        try {
            return Planner.planExpr(ExprParser.parseExpression(byteString, options, Reading.WHOLE));
        } catch (ParseException | IllegalArgumentException bad) {
            return null;
        }
    }

    /**
     * Evaluates {@code node} in a fresh evaluation rooted at {@code scope} with this
     * evaluation's options; a failure gives {@code error}.
     */
    public static Value evaluateFresh(EvalContext ctx, Node node, Scope scope) {
        return Evaluator.run(node, scope, ctx.options()).value();
    }
}
