package org.jclassad.transform.router;

import org.jclassad.ClassAd;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;

/**
 * A new-syntax route ({@code JOB_ROUTER_ROUTE_<n>}), run by the transform engine. Its name is
 * the knob tag (as spelt in {@code JOB_ROUTER_ROUTE_NAMES}); limits and other route macros come
 * from the macro table the engine built when validating the route (with config fallback).
 */
public final class TransformRoute extends Route {
    private final LoadedTransform transform;
    private final String editJobInPlace;
    private final String sandboxed;

    /**
     * @param name the tag as listed in JOB_ROUTER_ROUTE_NAMES
     * @param config for JOB_ROUTER_DEFAULT_MAX_*_PER_ROUTE
     */
    public TransformRoute(String name, LoadedTransform transform, RouterConfig config) {
        this.name = name;
        this.source = name;
        this.transform = transform;
        this.requirements = transform.requirements() == null ? "" : transform.requirements();
        this.maxJobs = intParam("MaxJobs", (int) config.integer("JOB_ROUTER_DEFAULT_MAX_JOBS_PER_ROUTE", 100));
        this.maxIdleJobs = intParam("MaxIdleJobs",
                (int) config.integer("JOB_ROUTER_DEFAULT_MAX_IDLE_JOBS_PER_ROUTE", 50));
        int universe = transform.universe();
        if (universe == 0) {
            universe = intParam("TargetUniverse", VanillaToGrid.GRID);
        }
        this.targetUniverse = universe;
        if (universe == VanillaToGrid.GRID) {
            String gr = transform.localParam("GridResource");
            if (gr != null) {
                gr = gr.trim();
                if (gr.length() >= 2 && gr.startsWith("\"") && gr.endsWith("\"")) {
                    gr = gr.substring(1, gr.length() - 1);
                }
                this.gridResource = gr;
            }
        }
        String tokens = transform.localParam("SendIDTokens");
        // declared but empty: send none, rather than the router-wide list
        this.sendIdTokens = tokens == null ? null : tokens.isBlank() ? "\"\"" : tokens;
        this.editJobInPlace = transform.localParam("EditJobInPlace");
        this.sandboxed = transform.localParam("JobShouldBeSandboxed");
    }

    public LoadedTransform transform() {
        return transform;
    }

    private int intParam(String macro, int dflt) {
        String v = transform.localParam(macro);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            try {
                ClassAd empty = new ClassAd();
                Evaluation ev = empty.evaluate(ExprParser.parseExpression(v, ParseOptions.defaults(), Reading.WHOLE),
                        EvalOptions.defaults());
                if (!ev.failed() && ev.value().isNumber()) {
                    return (int) Double.parseDouble(ev.value().toString());
                }
            } catch (RuntimeException ignored) {
                // fall through to the default
            }
            return dflt;
        }
    }

    @Override
    public boolean matches(ClassAd job) {
        return transform.matches(job);
    }

    @Override
    public boolean editJobInPlace(ClassAd job) {
        return evalBool(editJobInPlace, job);
    }

    @Override
    public boolean sandboxed(ClassAd job) {
        return evalBool(sandboxed, job);
    }

    /** An expression from a route macro evaluated on the source job alone; undefined or error is false. */
    static boolean evalBool(String text, ClassAd job) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            Evaluation e = job.evaluate(ExprParser.parseExpression(text, ParseOptions.defaults().withOldSyntax(true), Reading.WHOLE),
                    EvalOptions.defaults());
            return !e.failed() && e.value().truth() == 1;
        } catch (RuntimeException bad) {
            return false;
        }
    }

    @Override
    public boolean usesPrePostTransforms() {
        return true;
    }

    @Override
    public LoadedTransform.Session newSession() {
        return transform.newSession();
    }

    @Override
    public String apply(ClassAd routed, LoadedTransform.Session session, StepLog log) {
        return transform.apply(routed, session, log);
    }

    private static final String[] UNIVERSES = {
        null, "STANDARD", "PIPE", "LINDA", "PVM", "VANILLA", "PVMD", "SCHEDULER", "MPI", "GRID", "JAVA", "PARALLEL",
        "LOCAL", "VM",
    };

    /** The route text; like the router, a route without UNIVERSE shows the universe it defaulted to. */
    @Override
    public String describe() {
        String text = transform.formattedText("\t");
        if (transform.universe() != 0 || targetUniverse <= 0 || targetUniverse >= UNIVERSES.length) {
            return text;
        }
        String line = "\tUNIVERSE " + UNIVERSES[targetUniverse];
        if (text.startsWith("\tNAME ")) {
            int nl = text.indexOf('\n');
            return nl < 0 ? text + "\n" + line : text.substring(0, nl + 1) + line + text.substring(nl);
        }
        return text.isEmpty() ? line : line + "\n" + text;
    }
}
