package org.jclassad.transform.router;

import java.util.ArrayList;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Literal;
import org.jclassad.eval.EvalOptions;
import org.jclassad.eval.Evaluation;
import org.jclassad.eval.Planner;
import org.jclassad.io.PrettyWriter;
import org.jclassad.match.MatchClassAd;
import org.jclassad.parse.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * An old ClassAd-style route run natively by the classic engine (HTCondor ≤ 8.8, spec §1.5,
 * §1.6): the route ad is MY and the job TARGET for Requirements and the boolean tests; edits are
 * four passes over the routed copy, {@code copy_} → {@code delete_} → {@code set_} →
 * {@code eval_set_}, the prefixes compared case-sensitively. HTCondor walked each pass in hash
 * order; this engine walks it alphabetically (case-insensitive), as the converter does.
 */
public final class ClassicRoute extends Route {
    private static final EvalOptions OPTIONS = EvalOptions.defaults();

    private final ClassAd routeAd;
    private final Expr requirementsExpr;

    /**
     * Digests a merged route ad (defaults updated by the entry).
     *
     * @throws IllegalArgumentException with the reason when HTCondor would reject the route
     */
    public ClassicRoute(ClassAd routeAd, String source, boolean allowEmptyRequirements) {
        this.routeAd = routeAd;
        this.source = source;
        Long mj = intAttr("MaxJobs");
        maxJobs = mj == null ? 100 : mj.intValue();
        Long mi = intAttr("MaxIdleJobs");
        maxIdleJobs = mi == null ? 50 : mi.intValue();
        Long tu = intAttr("TargetUniverse");
        targetUniverse = tu == null ? VanillaToGrid.GRID : tu.intValue();
        if (targetUniverse == VanillaToGrid.GRID) {
            String gr = stringAttr("GridResource");
            if (gr == null) {
                throw new IllegalArgumentException("Missing or invalid GridResource in job route.");
            }
            gridResource = gr;
        }
        String n = stringAttr("Name");
        if (n == null) {
            n = gridResource;
            if (n == null || n.isEmpty()) {
                throw new IllegalArgumentException("Missing or invalid Name in job route.");
            }
        }
        name = n;
        requirementsExpr = routeAd.lookup("Requirements");
        if (requirementsExpr == null) {
            requirements = "";
            if (!allowEmptyRequirements) {
                throw new IllegalArgumentException("Missing Requirements in job route.");
            }
        } else {
            requirements = Unparser.newSyntax(requirementsExpr);
        }
    }

    public ClassAd routeAd() {
        return routeAd;
    }

    private Long intAttr(String attr) {
        Value v = routeAd.evaluateAttr(attr);
        if (v.isInteger()) {
            return Long.parseLong(v.toString());
        }
        if (v.isReal()) {
            return (long) Double.parseDouble(v.toString());
        }
        if (v.isBoolean()) {
            return v.truth() == 1 ? 1L : 0L;
        }
        return null;
    }

    private String stringAttr(String attr) {
        Value v = routeAd.evaluateAttr(attr);
        return v instanceof StringValue ? ((StringValue) v).bytes() : null;
    }

    /** MY = route ad, TARGET = job; bare names the route first, then the job. */
    @Override
    public boolean matches(ClassAd job) {
        if (requirementsExpr == null) {
            return true;
        }
        return MatchClassAd.isTrue(new MatchClassAd(routeAd, job, OPTIONS).leftRequirements());
    }

    /** Why the route does not match, for {@code -explain}. */
    public String explainMatch(ClassAd job) {
        Evaluation e = new MatchClassAd(routeAd, job, OPTIONS).leftRequirements();
        return "Requirements " + requirements + " evaluated to " + (e.failed() ? "a failure" : e.value().toString());
    }

    private boolean routeBool(String attr, ClassAd job) {
        if (!routeAd.contains(attr)) {
            return false;
        }
        MatchClassAd m = new MatchClassAd(routeAd, job, OPTIONS);
        return MatchClassAd.isTrue(m.evaluateInLeft(
                Planner.planExpr(ExprParser.parseExpression(attr, ParseOptions.defaults(), true))));
    }

    @Override
    public boolean editJobInPlace(ClassAd job) {
        return routeBool("EditJobInPlace", job);
    }

    @Override
    public boolean sandboxed(ClassAd job) {
        return routeBool("JobShouldBeSandboxed", job);
    }

    @Override
    public boolean usesPrePostTransforms() {
        return false;
    }

    @Override
    public LoadedTransform.Session newSession() {
        return null;
    }

    private List<ClassAd.Attribute> withPrefix(String prefix) {
        List<ClassAd.Attribute> out = new ArrayList<>();
        for (ClassAd.Attribute a : routeAd.attributes()) {
            if (a.name().startsWith(prefix) && a.name().length() > prefix.length()) {
                out.add(a);
            }
        }
        out.sort((x, y) -> ClassAd.keyOf(x.name()).compareTo(ClassAd.keyOf(y.name())));
        return out;
    }

    @Override
    public String apply(ClassAd routed, LoadedTransform.Session session, StepLog log) {
        for (ClassAd.Attribute a : withPrefix("copy_")) {
            String from = a.name().substring(5);
            Value to = routeAd.evaluateAttr(a.name());
            if (!(to instanceof StringValue)) {
                log.step("JobRouter failure (route=" + name + "): ApplyRoutingJobEdits failed to evaluate "
                        + a.name() + " to a string.\n");
                continue;
            }
            String target = ((StringValue) to).bytes();
            log.step("JobRouter (route=" + name + "): Copying attribute " + from + " to " + target + "\n");
            Expr e = routed.lookup(from);
            routed.insert(target, e == null ? Literal.of(Value.UNDEFINED) : e);
        }
        for (ClassAd.Attribute a : withPrefix("delete_")) {
            String attr = a.name().substring(7);
            log.step("JobRouter (route=" + name + "): Deleting attribute " + attr + "\n");
            routed.remove(attr);
        }
        for (ClassAd.Attribute a : withPrefix("set_")) {
            String attr = a.name().substring(4);
            log.step("JobRouter (route=" + name + "): Setting attribute " + attr + "\n");
            routed.insert(attr, a.expr());
        }
        for (ClassAd.Attribute a : withPrefix("eval_set_")) {
            String attr = a.name().substring(9);
            log.step("JobRouter (route=" + name + "): Setting attribute " + attr + " to an evaluated expression\n");
            routed.insert(attr, a.expr());
            Evaluation e = routed.evaluate(ExprParser.parseExpression(attr, ParseOptions.defaults(), true), OPTIONS);
            if (e.failed()) {
                log.step("JobRouter (route=" + name + "): Failed to evaluate " + attr + "\n");
                return "failed to evaluate " + attr;
            }
            routed.insert(attr, Literal.of(e.value()));
        }
        return null;
    }

    @Override
    public String describe() {
        String pretty = PrettyWriter.write(routeAd);
        StringBuilder out = new StringBuilder();
        for (String line : pretty.split("\n")) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append('\t').append(line);
        }
        return out.toString();
    }
}
