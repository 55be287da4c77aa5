package org.jclassad.transform.xform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jclassad.ClassAd;
import org.jclassad.transform.config.ConfigOptions;
import org.jclassad.transform.config.Configuration;
import org.jclassad.transform.config.MacroContext;
import org.jclassad.transform.config.MacroExpansionException;
import org.jclassad.transform.config.MacroParser;
import org.jclassad.transform.config.MacroParser.Outcome;
import org.jclassad.transform.config.MacroSet;

/**
 * Applies a list of transforms to ads, as {@code condor_transform_ads} does: per ad, each
 * transform whose REQUIREMENTS hold (tested on the ad as left by the previous ones) runs in
 * order, all sharing one macro table that is rewound after the ad; if the last transform has a
 * {@code TRANSFORM} loop, a fresh copy of the ad goes through all transforms per iteration.
 * Inputs are never modified.
 *
 * <pre>{@code
 * Transformer tx = Transformer.builder()
 *         .add(Transform.fromRulesText("rules", "SET Queue \"short\"\nEVALSET Mem RequestMemory * 2\n"))
 *         .build();
 * TransformResult r = tx.apply(ClassAd.parse("[ RequestMemory = 1024 ]"));
 * r.ad();      // [ Mem = 2048; Queue = "short"; RequestMemory = 1024 ]
 * r.steps();   // SET Queue to "short", EVALSET Mem to RequestMemory * 2 ...
 * }</pre>
 */
public final class Transformer {
    private final List<Transform> transforms;
    private final MacroSet macros;
    private final MacroContext context;
    private final boolean iterating;
    private Iteration iteration;
    private String iterationError;
    private boolean iterationReady;

    private Transformer(Builder b) {
        this.transforms = List.copyOf(b.transforms);
        this.iterating = !transforms.isEmpty() && transforms.get(transforms.size() - 1).iterates();
        this.macros = new MacroSet();
        for (Map.Entry<String, String> e : b.arguments.entrySet()) {
            macros.set(e.getKey(), e.getValue(), "<Argument>", 0);
        }
        this.context = b.context.config(b.config).build();
        setFlavourDefaults(b.config);
    }

    private void setFlavourDefaults(Configuration config) {
        macros.setDefault("IsLinux", isLinux() ? "1" : "0");
        macros.setDefault("IsWindows", System.getProperty("os.name", "").toLowerCase().contains("win") ? "1" : "0");
        macros.setDefault("Iterating", "0");
        if (!iterating) {
            macros.setDefault("IsClusterAd", "0");
            macros.setDefault("LateMaterialization", "0");
            return;
        }
        for (String k : new String[] {"ARCH", "OPSYS", "OPSYSANDVER", "OPSYSMAJORVER", "OPSYSVER"}) {
            String v = config == null ? null : config.raw(k);
            macros.setDefault(k, v == null ? "" : v);
        }
        macros.setDefault("ItemIndex", "0");
        macros.setDefault("Row", "0");
        macros.setDefault("RulesFile", "");
        macros.setDefault("Step", "0");
        macros.setDefault("XFormId", "0");
    }

    private static boolean isLinux() {
        String os = System.getProperty("os.name", "").toLowerCase();
        return os.contains("linux");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A transformer for some transforms with default settings. */
    public static Transformer of(Transform... transforms) {
        Builder b = builder();
        for (Transform t : transforms) {
            b.add(t);
        }
        return b.build();
    }

    public List<Transform> transforms() {
        return transforms;
    }

    /** The macro table shared by the transforms (arguments and defaults included). */
    public MacroSet macros() {
        return macros;
    }

    /** Applies the transforms to one ad, collecting the step log. */
    public TransformResult apply(ClassAd input) {
        return apply(input, TransformListener.NONE, null);
    }

    /** Applies the transforms to each ad of a stream. */
    public Stream<TransformResult> applyAll(Stream<ClassAd> inputs) {
        return inputs.map(this::apply);
    }

    /**
     * Applies the transforms to one ad. {@code listener} hears events as they happen;
     * {@code output}, when given, receives each output ad as soon as it is complete.
     */
    public synchronized TransformResult apply(ClassAd input, TransformListener listener, Consumer<ClassAd> output) {
        List<Step> steps = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        TransformListener l = new TransformListener() {
            @Override
            public boolean wantsSteps() {
                return listener.wantsSteps();
            }

            @Override
            public void transformStart(Transform transform, boolean applies) {
                listener.transformStart(transform, applies);
            }

            @Override
            public void step(Step step) {
                steps.add(step);
                listener.step(step);
            }

            @Override
            public void error(String line) {
                errors.add(line);
                listener.error(line);
            }

            @Override
            public void macroError(String message) {
                macroError(message, "");
            }

            @Override
            public void macroError(String message, String place) {
                errors.add(message);
                listener.macroError(message, place);
            }
        };
        List<ClassAd> outputs = new ArrayList<>();
        MacroSet.Checkpoint start = macros.checkpoint();
        try {
            if (iterating) {
                if (!iterationReady) {
                    prepareIteration();
                }
                if (iterationError != null) {
                    return new TransformResult(List.of(), true, iterationError, steps, errors);
                }
            }
            if (iterating && !iteration.trivial()) {
                return iterate(input, l, outputs, steps, errors, output);
            }
            ClassAd ad = copy(input);
            String failure = applyAll(ad, l);
            if (failure != null) {
                return new TransformResult(List.of(), true, failure, steps, errors);
            }
            outputs.add(ad);
            if (output != null) {
                output.accept(ad);
            }
            return new TransformResult(Collections.unmodifiableList(outputs), false, null, steps, errors);
        } finally {
            macros.rewind(start);
        }
    }

    private void prepareIteration() {
        iterationReady = true;
        Transform last = transforms.get(transforms.size() - 1);
        try {
            context.setAd(null);
            String args = org.jclassad.transform.config.MacroExpander.expand(last.iterateArgs(), macros, context);
            iteration = Iteration.parse(args, last.iterateLines(), context.cwd(), context.options().files());
        } catch (IllegalArgumentException | MacroExpansionException e) {
            iterationError = e.getMessage();
        }
    }

    private TransformResult iterate(ClassAd input, TransformListener l, List<ClassAd> outputs, List<Step> steps,
            List<String> errors, Consumer<ClassAd> output) {
        Iteration it = iteration;
        int step = 0;
        int row = 0;
        int proc = 0;
        setLive(step, proc, row);
        MacroSet.Checkpoint checkpoint = macros.checkpoint();
        int itemIndex = 0;
        String item = itemIndex < it.items().size() ? it.items().get(itemIndex++) : null;
        boolean more = assign(it, item) || it.count() > 1;
        if (!more) {
            ClassAd ad = copy(input);
            String failure = applyAll(ad, l);
            if (failure != null) {
                return new TransformResult(List.of(), true, failure, steps, errors);
            }
            outputs.add(ad);
            if (output != null) {
                output.accept(ad);
            }
            return new TransformResult(Collections.unmodifiableList(outputs), false, null, steps, errors);
        }
        while (true) {
            ClassAd ad = copy(input);
            String failure = applyAll(ad, l);
            if (failure != null) {
                return new TransformResult(Collections.unmodifiableList(outputs), true, failure, steps, errors);
            }
            outputs.add(ad);
            if (output != null) {
                output.accept(ad);
            }
            proc++;
            boolean next;
            if (step + 1 < it.count()) {
                step++;
                next = true;
            } else {
                step = 0;
                row++;
                macros.rewind(checkpoint);
                item = itemIndex < it.items().size() ? it.items().get(itemIndex++) : null;
                next = assign(it, item);
            }
            setLive(step, proc, row);
            if (!next) {
                break;
            }
        }
        return new TransformResult(Collections.unmodifiableList(outputs), false, null, steps, errors);
    }

    private void setLive(int step, int proc, int row) {
        macros.setDefault("Step", Integer.toString(step));
        macros.setDefault("XFormId", Integer.toString(proc));
        macros.setDefault("Row", Integer.toString(row));
        macros.setDefault("ItemIndex", Integer.toString(row));
        macros.setDefault("Iterating", "1");
    }

    private boolean assign(Iteration it, String item) {
        if (it.variables().isEmpty()) {
            return false;
        }
        it.assign(item, (k, v) -> macros.set(k, v, "<Live>", 0));
        return item != null;
    }

    /** Runs every transform on {@code ad}; the failure text, or {@code null}. */
    private String applyAll(ClassAd ad, TransformListener l) {
        String failure = null;
        for (Transform t : transforms) {
            boolean applies = t.matches(ad);
            l.transformStart(t, applies);
            if (!applies) {
                continue;
            }
            Outcome o;
            try {
                o = TransformEngine.apply(t, ad, macros, context, l);
            } catch (MacroExpansionException e) {
                // a limit of the options, reached outside a statement (REQUIREMENTS planning, iteration)
                o = MacroParser.Outcome.failure(e.getMessage(), e.getMessage());
            }
            if (!o.ok()) {
                failure = o.describe();
            }
        }
        context.setAd(null);
        return failure;
    }

    static ClassAd copy(ClassAd in) {
        return in.copy();
    }

    /** Builds a {@link Transformer}. */
    public static final class Builder {
        private final List<Transform> transforms = new ArrayList<>();
        private final java.util.LinkedHashMap<String, String> arguments = new java.util.LinkedHashMap<>();
        private Configuration config = Configuration.empty();
        /** Where $ENV, $RANDOM_* and relative file names come from: the macro context's own settings. */
        private final MacroContext.Builder context = MacroContext.builder().subsys("XFORM");

        public Builder add(Transform t) {
            transforms.add(t);
            return this;
        }

        /** A macro defined before any transform runs (the tool's {@code name=value} arguments). */
        public Builder argument(String name, String value) {
            arguments.put(name, value);
            return this;
        }

        /** The configuration macros fall back to (default: only detected values). */
        public Builder config(Configuration c) {
            this.config = c;
            return this;
        }

        /**
         * The options macros are expanded with: {@code $ENV}'s environment, the files a
         * {@code TRANSFORM ... from} may read, the expansion limits (default: the configuration's).
         */
        public Builder options(ConfigOptions o) {
            context.options(o);
            return this;
        }

        /** The environment for {@code $ENV}, overriding the options' (default: the options', the process environment). */
        public Builder env(Map<String, String> e) {
            context.env(e);
            return this;
        }

        public Builder random(Random r) {
            context.random(r);
            return this;
        }

        /** The directory relative file names are resolved against. */
        public Builder cwd(Path p) {
            context.cwd(p);
            return this;
        }

        public Transformer build() {
            return new Transformer(this);
        }
    }
}
