package org.jclassad.transform.router;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jclassad.ClassAd;
import org.jclassad.eval.Node;
import org.jclassad.eval.Planner;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.eval.MatchClassAd;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.value.Value;

/**
 * The router's umbrella constraint as data: the clauses a job must pass to be a candidate, each
 * with the reason given when it fails. {@link #text()} is the constraint as the router writes it
 * (and traces it); {@link #whyNot} walks the clauses for {@code -explain} and the run summary.
 * The job is the target ad; {@code MY} is an empty ad.
 */
final class Umbrella {
    private static final EvalOptions EVAL = EvalOptions.defaults();

    /** One conjunct and what to say when it is not true for a job. */
    private record Clause(String text, Node node, Function<ClassAd, String> reason) {
    }

    private final String text;
    /** The job-state clauses, then the source constraint, in the order the reasons are looked for. */
    private final List<Clause> clauses = new ArrayList<>();
    private final String routesText;

    private Umbrella(String sourceConstraint, String routesText, String routerName) {
        this.routesText = routesText;
        add("target.ProcId >= 0", job -> "ProcId is not >= 0");
        add("target.JobStatus == 1", job -> "JobStatus is " + job.evaluateAttr("JobStatus") + ", not 1 (idle)");
        add("(target.StageInStart is undefined || target.StageInFinish isnt undefined)",
                job -> "input is still being staged (StageInStart without StageInFinish)");
        add("target.Managed isnt \"ScheddDone\"", Umbrella::managed);
        add("target.Managed isnt \"External\"", Umbrella::managed);
        add("target.Owner isnt Undefined", job -> "Owner is undefined");
        add("target.RoutedBy isnt \"" + routerName + "\"",
                job -> "RoutedBy is \"" + routerName + "\" (it is a routed copy)");
        StringBuilder state = new StringBuilder();
        for (Clause c : clauses) {
            state.append(state.length() == 0 ? "" : " && ").append(c.text);
        }
        if (!sourceConstraint.isEmpty()) {
            clauses.add(new Clause(sourceConstraint, plan(sourceConstraint),
                    job -> "JOB_ROUTER_SOURCE_JOB_CONSTRAINT " + sourceConstraint + " is not true"));
        }
        this.text = (sourceConstraint.isEmpty() ? "" : "(" + sourceConstraint + ") && ") + "( " + routesText + " )"
                + " && (" + state + ")";
    }

    /**
     * The umbrella over {@code routes} (those that accept jobs), or {@code null} when there are
     * none. A route without requirements counts as {@code True}; equal requirements appear once.
     */
    static Umbrella over(Collection<Route> routes, String sourceConstraint, String routerName) {
        StringBuilder constraints = new StringBuilder();
        Set<String> distinct = new LinkedHashSet<>();
        for (Route r : routes) {
            String c = r.requirements().isEmpty() ? "True" : r.requirements();
            if (distinct.add(c)) {
                if (constraints.length() > 0) {
                    constraints.append(" || ");
                }
                constraints.append('(').append(c).append(')');
            }
        }
        if (constraints.length() == 0) {
            return null;
        }
        return new Umbrella(sourceConstraint, constraints.toString(), routerName);
    }

    private void add(String clause, Function<ClassAd, String> reason) {
        clauses.add(new Clause(clause, null, reason));
    }

    private static String managed(ClassAd job) {
        return "Managed is " + job.evaluateAttr("Managed") + " (already managed)";
    }

    private static Node plan(String constraint) {
        try {
            return Planner.planExpr(ExprParser.parseExpression(constraint, ParseOptions.defaults(), Reading.WHOLE));
        } catch (RuntimeException unparsable) {
            return null;
        }
    }

    /** The constraint as the router writes it. */
    String text() {
        return text;
    }

    /**
     * The constraint planned.
     *
     * @throws RuntimeException when it does not parse (the router stops there)
     */
    Node planned() {
        return Planner.planExpr(ExprParser.parseExpression(text, ParseOptions.defaults(), Reading.WHOLE));
    }

    /** Whether {@code node} (a planned constraint) is true with {@code job} as the target and an empty MY. */
    static boolean holds(Node node, ClassAd job) {
        return MatchClassAd.isTrue(new MatchClassAd(new ClassAd(), job, EVAL).evaluateInLeft(node));
    }

    /**
     * Why the job is not a candidate: the reason of the first job-state clause or source constraint
     * that is not true for it, or {@code null} when they all are (then only the routes' part of
     * the umbrella can have failed).
     */
    String whyNot(ClassAd job) {
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            Node node = c.node;
            if (node == null) {
                node = plan(c.text);
                if (node == null) {
                    return c.reason.apply(job);
                }
                clauses.set(i, new Clause(c.text, node, c.reason));
            }
            if (!holds(node, job)) {
                return c.reason.apply(job);
            }
        }
        return null;
    }

    /** The routes' part of the constraint. */
    String routesText() {
        return routesText;
    }

    /** The value of a job attribute as {@code -explain} shows it. */
    static String shown(Value v) {
        return v.toString();
    }
}
