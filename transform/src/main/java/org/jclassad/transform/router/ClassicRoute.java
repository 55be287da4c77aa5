package org.jclassad.transform.router;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.jclassad.ClassAd;
import org.jclassad.ast.Literal;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * An old ClassAd-style route ({@code JOB_ROUTER_ENTRIES}, {@code [}-style route knobs) as the
 * router of HTCondor 8.9.7 to 24.9 ran it: the route ad (defaults updated by the entry) is
 * converted to transform statements by the old-route converter (spec §3) and applied by the
 * transform engine, like a new-syntax route. Two things set it apart: routes from
 * {@code JOB_ROUTER_ENTRIES} get no pre- or post-route transforms, and a {@code copy_} of an
 * attribute the job lacks leaves the target {@code undefined}, as HTCondor's own classic engine
 * did (the converted {@code COPY} does nothing).
 */
public final class ClassicRoute extends Route {
    private final ClassAd routeAd;
    private final TransformRoute converted;
    private final boolean prePost;
    /** The {@code copy_} rules (source, target) in the order the converted text applies them. */
    private final List<String[]> copies = new ArrayList<>();

    /**
     * @param routeAd the route ad the conversion was made from
     * @param converted the converted route, loaded by the transform engine
     * @param prePost whether pre- and post-route transforms apply (only to {@code [}-style route knobs)
     */
    ClassicRoute(ClassAd routeAd, String source, TransformRoute converted, boolean prePost) {
        this.routeAd = routeAd;
        this.converted = converted;
        this.prePost = prePost;
        this.name = converted.name();
        this.source = source;
        this.targetUniverse = converted.targetUniverse();
        this.gridResource = converted.gridResource();
        this.maxJobs = converted.maxJobs();
        this.maxIdleJobs = converted.maxIdleJobs();
        this.requirements = converted.requirements();
        this.sendIdTokens = converted.sendIdTokens();
        TreeMap<String, String> bySource = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (ClassAd.Attribute a : routeAd.attributes()) {
            if (a.name().toLowerCase(Locale.ROOT).startsWith("copy_")) {
                Value to = routeAd.evaluateAttr(a.name());
                if (to instanceof StringValue s) {
                    bySource.put(a.name().substring(5), s.bytes());
                }
            }
        }
        bySource.forEach((from, to) -> copies.add(new String[] {from, to}));
    }

    /** The route ad (defaults updated by the entry) the route was converted from. */
    public ClassAd routeAd() {
        return routeAd;
    }

    @Override
    public boolean matches(ClassAd job) {
        return converted.matches(job);
    }

    @Override
    public boolean editJobInPlace(ClassAd job) {
        return converted.editJobInPlace(job);
    }

    @Override
    public boolean sandboxed(ClassAd job) {
        return converted.sandboxed(job);
    }

    @Override
    public boolean usesPrePostTransforms() {
        return prePost;
    }

    @Override
    public LoadedTransform.Session newSession() {
        return converted.newSession();
    }

    @Override
    public String apply(ClassAd routed, LoadedTransform.Session session, StepLog log) {
        for (String[] c : copies) {
            if (routed.lookup(c[0]) == null) {
                routed.insert(c[1], Literal.of(Value.UNDEFINED));
            }
        }
        return converted.apply(routed, session, log);
    }

    @Override
    public String describe() {
        return converted.describe();
    }
}
