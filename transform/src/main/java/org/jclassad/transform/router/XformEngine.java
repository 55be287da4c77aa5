package org.jclassad.transform.router;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jclassad.ClassAd;
import org.jclassad.transform.config.Configuration;
import org.jclassad.transform.config.MacroContext;
import org.jclassad.transform.config.MacroExpander;
import org.jclassad.transform.config.MacroParser;
import org.jclassad.transform.config.MacroSet;
import org.jclassad.transform.xform.Step;
import org.jclassad.transform.xform.Transform;
import org.jclassad.transform.xform.TransformListener;
import org.jclassad.transform.xform.TransformLoadException;

/**
 * Loads router transforms through the transform-statement engine of package
 * {@code org.jclassad.transform.xform}: config-held transform text, validated without an ad at
 * load time (routes), applied with one macro table per job shared by pre-route, route and
 * post-route transforms, steps and errors reported as condor_job_router_info prints them.
 */
final class XformEngine {
    private XformEngine() {
    }

    /**
     * Loads a transform held in config (unexpanded text, as {@code param_unexpanded} returns it),
     * hoisting NAME/REQUIREMENTS/UNIVERSE/TRANSFORM lines. When {@code validateAsRoute} is set the
     * statements are also run once with no ad, as the router does at load time, so that route
     * macros ({@code MaxJobs = 5}) can be read with {@link LoadedTransform#localParam} and invalid
     * routes (unknown keyword, complex {@code if}) are rejected.
     *
     * @throws TransformLoadException with the reason when the text cannot be used
     */
    static LoadedTransform load(String name, String text, RouterConfig config, boolean validateAsRoute) {
        Configuration cfg = configuration(config);
        Transform t = Transform.fromConfigText(name, text);
        MacroSet harvested = new MacroSet();
        if (validateAsRoute) {
            MacroContext ctx = MacroContext.builder().subsys("JOB_ROUTER").config(cfg).build();
            org.jclassad.transform.xform.TransformEngine.Validation v =
                    org.jclassad.transform.xform.TransformEngine.validate(t, harvested, ctx);
            if (!v.outcome().ok()) {
                throw new TransformLoadException(v.outcome().describe(), name, 0, null);
            }
        }
        return new Loaded(t, harvested, cfg);
    }

    static Configuration configuration(RouterConfig config) {
        if (config instanceof ConfigLayer) {
            return ((ConfigLayer) config).configuration();
        }
        Map<String, String> raw = new LinkedHashMap<>();
        for (String n : config.names()) {
            raw.put(n, config.raw(n));
        }
        return Configuration.of(raw);
    }

    /** The macro table of one job. */
    private static final String OS = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);

    static final class JobSession implements LoadedTransform.Session {
        final MacroSet macros = new MacroSet();
        final MacroContext ctx;
        final StringBuilder errors = new StringBuilder();

        JobSession(Configuration cfg) {
            ctx = MacroContext.builder().subsys("JOB_ROUTER").config(cfg).build();
            macros.setDefault("IsLinux", OS.contains("linux") ? "1" : "0");
            macros.setDefault("IsWindows", OS.contains("win") ? "1" : "0");
            macros.setDefault("Iterating", "0");
            macros.setDefault("IsClusterAd", "0");
            macros.setDefault("LateMaterialization", "0");
        }

        @Override
        public String macroErrors() {
            return errors.toString();
        }
    }

    private static final class Loaded implements LoadedTransform {
        private final Transform transform;
        private final MacroSet harvested;
        private final Configuration config;

        Loaded(Transform transform, MacroSet harvested, Configuration config) {
            this.transform = transform;
            this.harvested = harvested;
            this.config = config;
        }

        @Override
        public String name() {
            return transform.name();
        }

        @Override
        public String requirements() {
            return transform.requirementsText();
        }

        @Override
        public int universe() {
            return transform.universe();
        }

        @Override
        public String localParam(String name) {
            String raw = harvested.lookup(name);
            if (raw == null) {
                raw = config.raw(name);
            }
            if (raw == null) {
                return null;
            }
            return MacroExpander.expand(raw, harvested, MacroContext.builder().config(config).build());
        }

        @Override
        public String formattedText(String indent) {
            return transform.formattedText(indent, false);
        }

        @Override
        public boolean matches(ClassAd ad) {
            return transform.matches(ad);
        }

        @Override
        public LoadedTransform.Session newSession() {
            return new JobSession(config);
        }

        @Override
        public String apply(ClassAd ad, LoadedTransform.Session s, StepLog log) {
            JobSession session = (JobSession) s;
            session.errors.setLength(0);
            MacroParser.Outcome o = org.jclassad.transform.xform.TransformEngine.apply(transform, ad, session.macros,
                    session.ctx, new TransformListener() {
                        @Override
                        public boolean wantsSteps() {
                            return log.wantsSteps();
                        }

                        @Override
                        public void step(Step step) {
                            log.step(step.trace());
                        }

                        @Override
                        public void error(String line) {
                            log.error(line.endsWith("\n") ? line : line + "\n");
                        }

                        @Override
                        public void macroError(String message) {
                            // HTCondor reports only the last $-function error of a transform
                            session.errors.setLength(0);
                            session.errors.append(message);
                        }
                    });
            session.ctx.setAd(null);
            if (transform.body().stream().allMatch(l -> l.text().isBlank() || l.text().strip().startsWith("#"))) {
                // what HTCondor 25's macro reader says about a route with no statements
                log.log("WARNING: Submit file is empty: <Local>\n");
            }
            // HTCondor 25 logs this after every transform, with an empty message when all went well
            log.log("ERROR in transform " + transform.name() + " : " + session.errors + "\n");
            // ... and then forgets them
            session.errors.setLength(0);
            if (!o.ok()) {
                log.error("Transform of ad  failed!\n");
                String m = o.message() == null || o.message().isBlank() ? o.detail() : o.message();
                return m == null ? "" : m.strip();
            }
            return null;
        }
    }
}
