package org.jclassad.transform.xform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.Evaluator;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.transform.config.ConfigOptions;
import org.jclassad.transform.config.Configuration;
import org.jclassad.transform.config.LineReader;

/**
 * One loaded transform: its statements and the metadata hoisted out of them at load time
 * ({@code NAME}, {@code REQUIREMENTS}, {@code UNIVERSE}, {@code TRANSFORM} — taken from
 * anywhere in the text, even from false {@code if} branches).
 *
 * <p>Two loading styles, as HTCondor has them: <em>rules text</em> (a {@code condor_transform_ads}
 * rules file: the last NAME wins, reading stops after a {@code TRANSFORM} line, whose items may
 * follow it) and <em>config text</em> (the value of a {@code JOB_TRANSFORM_<n>} or
 * {@code JOB_ROUTER_ROUTE_<n>} knob: the given name is kept, a NAME only fills an empty one).
 * Values of {@code [}-style knobs are old ClassAd routes and are converted first.
 *
 * <pre>{@code
 * Transform t = Transform.fromRulesText("example", "REQUIREMENTS RequestCpus > 1\nSET Queue \"big\"\n");
 * TransformResult r = Transformer.of(t).apply(ClassAd.parse("[ RequestCpus = 4 ]"));
 * }</pre>
 */
public final class Transform {
    private String name;
    private final String source;
    private String requirementsText;
    private Expr requirements;
    private int universe;
    private String iterateArgs;
    private List<String> iterateLines = List.of();
    private final List<LineReader.Line> body = new ArrayList<>();

    private Transform(String name, String source) {
        this.name = name == null ? "" : name;
        this.source = source;
    }

    /** Parses rules text (rules-file semantics). {@code source} names it in messages and is the default name. */
    public static Transform fromRulesText(String source, String text) {
        return fromRulesText(source, text, ConfigOptions.defaults());
    }

    /**
     * Parses rules text within the size limits of {@code options} ({@link ConfigOptions#maxConfigChars()},
     * {@link ConfigOptions#maxStatements()}); the other options apply when the rules run
     * ({@link Transformer.Builder#options}).
     *
     * @throws TransformLoadException for text past a limit or an unparsable REQUIREMENTS
     */
    public static Transform fromRulesText(String source, String text, ConfigOptions options) {
        if (text.length() > options.maxConfigChars()) {
            throw new TransformLoadException("the rules are longer than " + options.maxConfigChars()
                    + " characters (ConfigOptions.maxConfigChars)", source, 0, null);
        }
        Transform t = new Transform(source, source);
        LineReader reader = new LineReader(text);
        List<LineReader.Line> lines = new ArrayList<>();
        LineReader.Line l;
        while ((l = reader.next()) != null) {
            if (lines.size() >= options.maxStatements()) {
                throw new TransformLoadException("the rules have more than " + options.maxStatements()
                        + " lines (ConfigOptions.maxStatements)", source, l.number(), null);
            }
            lines.add(l);
            String args = statementArgs(l.text(), "transform");
            if (args != null) {
                String iter = nonTrivialIteration(args);
                if (iter != null) {
                    t.iterateArgs = iter;
                    List<String> rest = new ArrayList<>();
                    String raw;
                    while ((raw = reader.nextRaw()) != null) {
                        rest.add(raw);
                    }
                    t.iterateLines = rest;
                }
                break;
            }
        }
        t.hoistRules(lines);
        return t;
    }

    /** Reads a rules file. */
    public static Transform load(Path file) throws IOException {
        return load(file, ConfigOptions.defaults());
    }

    /**
     * Reads a rules file within the size limits of {@code options} (a file longer than
     * {@link ConfigOptions#maxConfigChars()} is refused before it is read).
     *
     * @throws TransformLoadException for text past a limit or an unparsable REQUIREMENTS
     */
    public static Transform load(Path file, ConfigOptions options) throws IOException {
        if (Files.size(file) > options.maxConfigChars()) {
            throw new TransformLoadException("the rules are longer than " + options.maxConfigChars()
                    + " characters (ConfigOptions.maxConfigChars)", file.toString(), 0, null);
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return fromRulesText(file.toString(), text, options);
    }

    /** Parses the value of a transform knob (config-held semantics); {@code name} is kept. */
    public static Transform fromConfigText(String name, String text) {
        Transform t = new Transform(name, name);
        int number = 0;
        for (String raw : text.split("[\r\n]")) {
            number++;
            if (raw.isEmpty()) {
                continue;
            }
            String trimmed = stripSpaceTab(raw);
            char c = trimmed.isEmpty() ? 0 : Character.toLowerCase(trimmed.charAt(0));
            String p;
            if (c == 'n' && (p = statementArgs(raw, "name")) != null) {
                String n = LineReader.trim(p);
                if (!n.isEmpty() && t.name.isEmpty()) {
                    t.name = n;
                }
                continue;
            }
            if (c == 'u' && (p = statementArgs(raw, "universe")) != null) {
                t.universe = Universes.number(p);
                continue;
            }
            if (c == 'r' && (p = statementArgs(raw, "requirements")) != null) {
                t.setRequirements(p, number, raw);
                continue;
            }
            if (c == 't' && (p = statementArgs(raw, "transform")) != null) {
                if (t.iterateArgs == null) {
                    t.iterateArgs = nonTrivialIteration(p);
                }
                break;
            }
            t.body.add(new LineReader.Line(raw, number, number));
        }
        return t;
    }

    /**
     * The transform a config knob defines: {@code JOB_TRANSFORM_<name>} or
     * {@code JOB_ROUTER_ROUTE_<name>}. Old-syntax ({@code [ ... ]}) values are converted.
     * Returns {@code null} when the knob is not defined.
     */
    public static Transform fromConfig(Configuration config, String knob, String name) {
        String raw = config.raw(knob);
        if (raw == null) {
            return null;
        }
        if (LineReader.trim(raw).startsWith("[")) {
            return OldRouteConverter.convertOne(name, config.expanded(knob), java.util.Set.of());
        }
        return fromConfigText(name, raw);
    }

    private static String stripSpaceTab(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return s.substring(i);
    }

    /**
     * The arguments when {@code line} is the statement {@code keyword args} (keyword in any case,
     * then white space, not followed by {@code =} or {@code :}); otherwise {@code null}.
     */
    static String statementArgs(String line, String keyword) {
        int i = 0;
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        int n = keyword.length();
        if (line.length() < i + n + 1 || !line.regionMatches(true, i, keyword, 0, n) || !isSpace(line.charAt(i + n))) {
            return null;
        }
        int p = i + n;
        while (p < line.length() && isSpace(line.charAt(p))) {
            p++;
        }
        if (p < line.length() && (line.charAt(p) == '=' || line.charAt(p) == ':')) {
            return null;
        }
        return line.substring(p);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0x0B;
    }

    /** The arguments of a TRANSFORM line unless they are trivial (none, 0 or 1). */
    static String nonTrivialIteration(String args) {
        if (args.isEmpty()) {
            return null;
        }
        int i = 0;
        while (i < args.length() && isSpace(args.charAt(i))) {
            i++;
        }
        int start = i;
        if (i < args.length() && (args.charAt(i) == '-' || args.charAt(i) == '+')) {
            i++;
        }
        int digits = i;
        while (i < args.length() && Character.isDigit(args.charAt(i))) {
            i++;
        }
        long num = 0;
        if (i > digits) {
            try {
                num = Long.parseLong(args.substring(start, i).replace("+", ""));
            } catch (NumberFormatException e) {
                num = 2;
            }
        }
        if (num != 0 && num != 1) {
            return args;
        }
        String rest = args.substring(i > digits ? i : 0).strip();
        return rest.isEmpty() ? null : args;
    }

    private void hoistRules(List<LineReader.Line> lines) {
        String hereTag = null;
        for (LineReader.Line l : lines) {
            String line = l.text();
            if (hereTag != null) {
                if (LineReader.trim(line).equals(hereTag)) {
                    hereTag = null;
                }
                body.add(l);
                continue;
            }
            String tag = hereDocTag(line);
            if (tag != null) {
                hereTag = "@" + LineReader.trim(tag);
                body.add(l);
                continue;
            }
            String p;
            if ((p = statementArgs(line, "name")) != null) {
                String n = LineReader.trim(p);
                if (!n.isEmpty()) {
                    name = n;
                }
            } else if ((p = statementArgs(line, "requirements")) != null) {
                setRequirements(p, l.number(), line);
            } else if ((p = statementArgs(line, "universe")) != null) {
                universe = Universes.number(p);
            } else if ((p = statementArgs(line, "transform")) != null) {
                if (iterateArgs == null) {
                    iterateArgs = nonTrivialIteration(p);
                }
            } else {
                body.add(l);
            }
        }
    }

    /** The tag when {@code line} starts a here-doc ({@code name @=tag}), else {@code null}. */
    static String hereDocTag(String line) {
        int p = 0;
        while (p < line.length() && isSpace(line.charAt(p))) {
            p++;
        }
        while (p < line.length() && !isSpace(line.charAt(p)) && line.charAt(p) != '=') {
            p++;
        }
        while (p < line.length()) {
            char c = line.charAt(p);
            if (c == '@') {
                if (p + 2 >= line.length() || line.charAt(p + 1) != '=' || isSpace(line.charAt(p + 2))) {
                    return null;
                }
                return line.substring(p + 2);
            } else if (!isSpace(c)) {
                return null;
            }
            p++;
        }
        return null;
    }

    private void setRequirements(String text, int line, String statement) {
        requirementsText = text;
        try {
            requirements = ExprParser.parseExpression(text, ParseOptions.defaults().withOldSyntax(true), Reading.WHOLE);
        } catch (RuntimeException e) {
            requirements = null;
            throw new TransformLoadException("invalid REQUIREMENTS : " + text, source, line, statement);
        }
    }

    // ------------------------------------------------------------------ accessors

    /** The name: a NAME statement's, the knob's, or the rules file's. */
    public String name() {
        return name;
    }

    public Transform withName(String newName) {
        this.name = newName == null ? "" : newName;
        return this;
    }

    /** Where the text came from (file name or knob), for messages. */
    public String source() {
        return source;
    }

    /** The REQUIREMENTS text, or {@code null} when there is none. */
    public String requirementsText() {
        return requirementsText;
    }

    public Expr requirements() {
        return requirements;
    }

    /** The UNIVERSE number (0: none). Only the router uses it. */
    public int universe() {
        return universe;
    }

    /** The arguments of a non-trivial TRANSFORM line, or {@code null}. */
    public String iterateArgs() {
        return iterateArgs;
    }

    /** Raw lines that followed the TRANSFORM line of a rules file (inline items). */
    public List<String> iterateLines() {
        return iterateLines;
    }

    public boolean iterates() {
        return iterateArgs != null;
    }

    /** The statement lines left after hoisting. */
    public List<LineReader.Line> body() {
        return Collections.unmodifiableList(body);
    }

    private volatile Optional<List<TransformEngine.PlannedStatement>> statementPlan;

    /**
     * The body's statements read once, or {@code null} when the body must be read through the
     * config layer for each ad (see {@link TransformEngine#plan}). Computed on first use; the
     * body no longer changes then.
     */
    List<TransformEngine.PlannedStatement> statementPlan() {
        Optional<List<TransformEngine.PlannedStatement>> p = statementPlan;
        if (p == null) {
            p = Optional.ofNullable(TransformEngine.plan(body));
            statementPlan = p;
        }
        return p.orElse(null);
    }

    /**
     * Whether REQUIREMENTS lets the transform apply to {@code ad}: true, or a non-zero number;
     * false, undefined, error or a string skip it; a failed evaluation applies it.
     */
    /** REQUIREMENTS planned on first use (a benign race: any thread's plan is the same). */
    private volatile org.jclassad.eval.Node plannedRequirements;

    public boolean matches(ClassAd ad) {
        if (requirements == null) {
            return true;
        }
        org.jclassad.eval.Node node = plannedRequirements;
        if (node == null) {
            node = org.jclassad.eval.Planner.planExpr(requirements);
            plannedRequirements = node;
        }
        Evaluation r = Evaluator.run(node, ClassAdAccess.scope(ad), EvalOptions.defaults());
        if (r.failed()) {
            return true;
        }
        return r.value().truth() == 1;
    }

    /**
     * The transform as text: NAME, UNIVERSE (by name), REQUIREMENTS, then the statements, each
     * line prefixed; comment and blank lines only when asked for.
     */
    public String formattedText(String prefix, boolean includeComments) {
        StringBuilder b = new StringBuilder();
        if (!name.isEmpty()) {
            b.append(prefix).append("NAME ").append(name);
        }
        if (universe != 0) {
            if (b.length() > 0) {
                b.append('\n');
            }
            String u = Universes.name(universe);
            b.append(prefix).append("UNIVERSE ").append(u == null ? "" : u);
        }
        if (requirementsText != null && !requirementsText.isEmpty()) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(prefix).append("REQUIREMENTS ").append(requirementsText);
        }
        for (LineReader.Line l : body) {
            String line = l.text();
            if (!includeComments) {
                String t = LineReader.trim(line);
                if (t.isEmpty() || t.charAt(0) == '#') {
                    continue;
                }
                line = t;
            }
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(prefix).append(line);
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return formattedText("", true);
    }
}
