package org.jclassad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jclassad.transform.config.Configuration;
import org.jclassad.transform.config.LineReader;
import org.jclassad.transform.config.MacroContext;
import org.jclassad.transform.config.MacroExpander;
import org.jclassad.transform.config.MacroSet;
import org.jclassad.transform.xform.OldRouteConverter;
import org.jclassad.transform.xform.Transform;
import org.jclassad.transform.xform.TransformEngine;
import org.jclassad.transform.xform.TransformLoadException;

/**
 * Loads the transforms of {@code -rules}, {@code -jobtransforms} and {@code -jobroute} in command
 * line order, as {@code condor_transform_ads} does: knobs defined by one rules file feed the
 * {@code -jobtransforms}/{@code -jobroute} named after it, {@code [}-style route knobs are old
 * routes converted first, an iterating transform must come last, and transforms that do not
 * validate are reported and still run.
 */
final class TransformRules {
    /** Reads a rules file (or {@code -}) as a byte string; throws when it cannot be read. */
    @FunctionalInterface
    interface FileReader {
        String read(String name) throws java.io.IOException;
    }

    /**
     * Rules that could not be loaded: the message HTCondor prints, and, when a rules file was at
     * fault, the same as a {@link Diagnostic} naming the file (and line).
     */
    static final class LoadFailure extends Exception {
        private static final long serialVersionUID = 1L;
        /** {@code null} unless a rules file could not be read or loaded. */
        final transient Diagnostic diagnostic;

        LoadFailure(String message, Diagnostic diagnostic) {
            super(message);
            this.diagnostic = diagnostic;
        }
    }

    private final Configuration config;
    private final MacroContext context;
    private final MacroSet knobs = new MacroSet();

    TransformRules(Configuration config, Map<String, String> env, java.nio.file.Path cwd) {
        this.config = config;
        this.context = MacroContext.builder().subsys("XFORM").config(config).env(env).cwd(cwd).build();
    }

    /**
     * The transforms named by {@code rules} (rules files and {@code config://PATTERN/names});
     * problems that HTCondor reports and goes on from are passed to {@code warn}.
     */
    List<Transform> load(List<String> rules, FileReader files, Consumer<String> warn) throws LoadFailure {
        List<Transform> transforms = new ArrayList<>();
        boolean iterating = false;
        for (String r : rules) {
            if (iterating) {
                throw new LoadFailure("Error at " + r + ". Previous transform was an iterating transform", null);
            }
            List<Transform> added = r.startsWith("config://") ? fromConfig(r.substring(9), warn)
                    : List.of(fromFile(r, files));
            for (Transform t : added) {
                if (t.iterates()) {
                    iterating = true;
                    transforms.add(t);
                    continue;
                }
                TransformEngine.Validation v = TransformEngine.validate(t, knobs, context);
                if (!v.outcome().ok()) {
                    warn.accept("Invalid rules file " + t.name() + " : " + v.outcome().message());
                }
                // a file that only defines knobs feeds later -jobtransforms/-jobroute; one that fails
                // validation before its first statement is still a transform (HTCondor crashes here)
                if (v.statements() > 0 || !v.outcome().ok()) {
                    transforms.add(t);
                }
            }
        }
        return transforms;
    }

    private static Transform fromFile(String name, FileReader files) throws LoadFailure {
        String text;
        try {
            text = files.read(name);
        } catch (java.io.IOException e) {
            throw new LoadFailure("Can't open rules file: " + name,
                    Diagnostic.of(name, "cannot read the rules file: " + TransformTool.reason(e)));
        }
        try {
            return Transform.fromRulesText(name.equals("-") ? "<stdin>" : name, text);
        } catch (TransformLoadException e) {
            Diagnostic d = Diagnostic.at(name, e.line(), 0, e.reason());
            if (e.statement() != null && !e.statement().isBlank()) {
                d = d.withHint("in: " + e.statement().strip());
            }
            throw new LoadFailure("ERROR reading transform rules from " + name + " : " + e.getMessage(), d);
        }
    }

    /** {@code PATTERN/name,name...}: each name's knob (PATTERN with {@code %s} replaced) that is defined. */
    private List<Transform> fromConfig(String spec, Consumer<String> warn) {
        int slash = spec.indexOf('/');
        String pattern = slash < 0 ? spec : spec.substring(0, slash);
        String list = slash < 0 ? "" : spec.substring(slash + 1);
        List<String> names = new ArrayList<>();
        for (String n : list.split("[, \t]+")) {
            if (!n.isEmpty()) {
                names.add(n);
            }
        }
        if (names.isEmpty()) {
            names.add("_");
        }
        List<Transform> out = new ArrayList<>();
        for (String n : names) {
            String knob = pattern.replace("%s", n);
            String raw = context.lookup(knob, knobs);
            if (raw == null) {
                continue;
            }
            try {
                if (LineReader.trim(raw).startsWith("[")) {
                    String text = config.isDefined(knob) ? config.expanded(knob)
                            : MacroExpander.expand(raw, knobs, context);
                    out.add(OldRouteConverter.convertOne(n, text, java.util.Set.of()));
                } else {
                    out.add(Transform.fromConfigText(n, raw));
                }
            } catch (TransformLoadException | IllegalArgumentException e) {
                warn.accept(knob + " invalid transform text, ignoring. " + e.getMessage());
            }
        }
        return out;
    }
}
