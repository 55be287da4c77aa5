package org.jclassad.eval;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.value.BooleanValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.Value;

/**
 * Two ads put together the way HTCondor's matchmaker does: the left ad sees the right one as
 * {@code TARGET} (and {@code other}), itself as {@code MY}; and vice versa. In compatibility mode
 * a bare name missing from one ad is looked up in the other.
 *
 * <pre>{@code
 * ClassAd job = ClassAd.parse("[ Requirements = TARGET.Cpus >= 2 ]");
 * ClassAd slot = ClassAd.parse("[ Cpus = 4; Requirements = true ]");
 * MatchClassAd m = new MatchClassAd(job, slot, EvalOptions.defaults());
 * boolean matches = m.symmetricMatch();                       // true
 * if (!matches) throw new AssertionError();
 * }</pre>
 *
 * The two ads are not modified; one ad may take part in many matches at once, from many threads.
 */
public final class MatchClassAd {
    private static final ClassAd LEFT_CONTEXT = context(".RIGHT", ".LEFT");
    private static final ClassAd RIGHT_CONTEXT = context(".LEFT", ".RIGHT");
    private static final Node SYMMETRIC = plan("RIGHT.requirements && LEFT.requirements");
    private static final Node LEFT_REQUIREMENTS = plan("LEFT.requirements");
    private static final Node RIGHT_REQUIREMENTS = plan("RIGHT.requirements");
    private static final Node LEFT_RANK = plan("LEFT.rank");
    private static final Node RIGHT_RANK = plan("RIGHT.rank");
    // planned once: a match is made per pair of ads, so it binds nodes rather than re-planning
    private static final Node LEFT_CONTEXT_VALUE = Node.constant(new ClassAdValue(new Scope(LEFT_CONTEXT, null)));
    private static final Node RIGHT_CONTEXT_VALUE = Node.constant(new ClassAdValue(new Scope(RIGHT_CONTEXT, null)));

    /** The attributes every match ad has; each match copies it and adds LEFT and RIGHT. */
    private static final ClassAd MATCH_TEMPLATE = matchTemplate();

    private final ClassAd left;
    private final ClassAd right;
    private final EvalOptions options;
    private final Scope matchScope;
    private final Scope leftScope;
    private final Scope rightScope;

    public MatchClassAd(ClassAd left, ClassAd right, EvalOptions options) {
        this.left = left;
        this.right = right;
        this.options = options;
        ClassAd match = MATCH_TEMPLATE.copy();
        matchScope = new Scope(match, null);
        Scope leftContext = new Scope(LEFT_CONTEXT, matchScope);
        Scope rightContext = new Scope(RIGHT_CONTEXT, matchScope);
        if (options.oldSemantics()) {
            Scope.Alternates pair = Scope.alternates(left, leftContext, right, rightContext);
            leftScope = pair.left();
            rightScope = pair.right();
        } else {
            leftScope = new Scope(left, leftContext);
            rightScope = new Scope(right, rightContext);
        }
        ClassAdAccess.bind(match, "LEFT", Node.constant(new ClassAdValue(leftScope)));
        ClassAdAccess.bind(match, "RIGHT", Node.constant(new ClassAdValue(rightScope)));
    }

    private static ClassAd matchTemplate() {
        ClassAd match = new ClassAd();
        ClassAdAccess.bind(match, "symmetricMatch", SYMMETRIC);
        ClassAdAccess.bind(match, "leftMatchesRight", RIGHT_REQUIREMENTS);
        ClassAdAccess.bind(match, "rightMatchesLeft", LEFT_REQUIREMENTS);
        ClassAdAccess.bind(match, "leftRankValue", LEFT_RANK);
        ClassAdAccess.bind(match, "rightRankValue", RIGHT_RANK);
        ClassAdAccess.bind(match, "lCtx", LEFT_CONTEXT_VALUE);
        ClassAdAccess.bind(match, "rCtx", RIGHT_CONTEXT_VALUE);
        return match;
    }

    private static ClassAd context(String target, String my) {
        ClassAd ctx = new ClassAd();
        ctx.insert("other", parse(target));
        ctx.insert("target", parse(target));
        ctx.insert("my", parse(my));
        ctx.insert("ad", parse(my));
        return ctx;
    }

    private static Expr parse(String text) {
        return ExprParser.parseExpression(text, ParseOptions.defaults(), Reading.WHOLE);
    }

    private static Node plan(String text) {
        return Planner.planExpr(parse(text));
    }

    public ClassAd left() {
        return left;
    }

    public ClassAd right() {
        return right;
    }

    /** The scope of the left ad inside the match (MY = left, TARGET = right). */
    public Scope leftScope() {
        return leftScope;
    }

    /** The scope of the right ad inside the match (MY = right, TARGET = left). */
    public Scope rightScope() {
        return rightScope;
    }

    /** Both ads' Requirements hold against each other (the right side is evaluated first). */
    public boolean symmetricMatch() {
        return isTrue(evaluate(SYMMETRIC));
    }

    public Evaluation symmetricMatchValue() {
        return evaluate(SYMMETRIC);
    }

    /** The left ad's Requirements, with the right ad as TARGET. */
    public Evaluation leftRequirements() {
        return evaluate(LEFT_REQUIREMENTS);
    }

    /** The right ad's Requirements, with the left ad as TARGET. */
    public Evaluation rightRequirements() {
        return evaluate(RIGHT_REQUIREMENTS);
    }

    public Evaluation leftRank() {
        return evaluate(LEFT_RANK);
    }

    public Evaluation rightRank() {
        return evaluate(RIGHT_RANK);
    }

    /** Evaluates an expression as if written in the left ad (MY = left, TARGET = right). */
    public Evaluation evaluateInLeft(Node node) {
        return Evaluator.run(node, leftScope, options);
    }

    private Evaluation evaluate(Node node) {
        return Evaluator.run(node, matchScope, options);
    }

    /** The matchmaker's reading of a Requirements value: true only if boolean-equivalent true. */
    public static boolean isTrue(Evaluation e) {
        return !e.failed() && e.value().truth() == 1;
    }

    /** The negotiator's reading of a Rank value: a number, booleans as 0/1, anything else 0.0. */
    public static double rankOf(Evaluation e) {
        Value v = e.value();
        if (e.failed()) {
            return 0.0;
        }
        if (v instanceof IntegerValue) {
            return ((IntegerValue) v).value();
        }
        if (v instanceof RealValue) {
            return ((RealValue) v).value();
        }
        if (v instanceof BooleanValue) {
            return ((BooleanValue) v).value() ? 1.0 : 0.0;
        }
        return 0.0;
    }
}
