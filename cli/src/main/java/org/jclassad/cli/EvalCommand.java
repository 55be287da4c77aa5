package org.jclassad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.eval.Planner;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.eval.MatchClassAd;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;

/**
 * {@code jclassad eval}: HTCondor's {@code classad_eval}. Arguments are handled in order: an
 * ad or an assignment ({@code x = 7}) updates the context ad; anything else is an expression,
 * evaluated and printed (preceded by the context ad if it changed, unless {@code -quiet}).
 *
 * <p>The options are picocli setter methods, so each is recorded in its place among the
 * expressions. The whole command line is read (files loaded, expressions parsed) before anything
 * is printed, so a mistake anywhere prints nothing else; with {@code -compat} arguments are
 * handled one by one with {@code classad_eval}'s messages and statuses instead.
 */
@Command(name = "eval", separator = " ", header = "Evaluate ClassAd expressions, like HTCondor's classad_eval.",
        description = {
            "Arguments are handled in order. An ad ([...]) or an assignment (x = 7) updates the context ad;"
                    + " anything else is an expression, evaluated and printed, preceded by the context ad when"
                    + " that changed (unless -quiet).",
            "",
            "Numbers and expressions starting with '-' (-1, -x+1) are expressions. An argument shaped like an"
                    + " option that is none (-bogus) is refused, unless it names an attribute of the context"
                    + " ad: then it is that attribute negated, as classad_eval has it. Write (-bogus) to"
                    + " evaluate an unknown attribute negated; -compat takes it as an expression as"
                    + " classad_eval does. -debug is accepted, as classad_eval accepts it."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  jclassad eval 'x = 6' 'x * 7'                      # prints [ x = 6 ] then 42",
            "  jclassad eval -quiet -1 'strcat(\"a\", \"b\")'         # -1 and \"ab\"",
            "  jclassad eval -my-file examples/job.ad -target-file examples/slot.ad 'Requirements'"})
final class EvalCommand implements Callable<Integer> {
    /** {@code -NAME} or {@code --NAME}: the shape of an option rather than of an expression. */
    private static final Pattern OPTION_SHAPE = Pattern.compile("--?[A-Za-z][A-Za-z0-9_-]*");
    /** {@code NAME =} (not {@code ==}, {@code =?=}, {@code =!=}): an argument meant as an assignment. */
    private static final Pattern ASSIGNMENT_SHAPE = Pattern.compile("\\s*[A-Za-z_][A-Za-z0-9_]*\\s*=(?![=?!]).*",
            Pattern.DOTALL);

    /** classad_eval's status after {@code -help} (it returns -1). */
    private static final int CLASSAD_EVAL_HELP_STATUS = 255;

    private enum Kind { QUIET, MY_FILE, TARGET_FILE, ARGUMENT }

    private record Step(Kind kind, String text) {
    }

    private final List<Step> steps = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Option(names = {"-help", "--help"}, description = "Show this help and exit (so does -h).")
    boolean help;

    @Option(names = {"-compat", "--compat"}, description = "Behave as classad_eval: unknown options are"
            + " expressions; its messages and exit statuses (255 after -help).")
    boolean compat;

    @Option(names = "-debug", hidden = true)
    boolean debug;

    @Option(names = {"-quiet", "--quiet"}, description = "From here on, do not print the context ad before"
            + " results.")
    void quiet(boolean on) {
        if (on) {
            steps.add(new Step(Kind.QUIET, null));
        }
    }

    @Option(names = {"-file", "-my-file", "--file", "--my-file"}, paramLabel = "FILE",
            description = "Read the context ad (MY) from FILE (new syntax, or assignments).")
    void myFile(String file) {
        if (file != null) {
            steps.add(new Step(Kind.MY_FILE, file));
        }
    }

    @Option(names = {"-target-file", "--target-file"}, paramLabel = "FILE",
            description = "Read the target ad (TARGET) from FILE; expressions then see both, as in a match.")
    void targetFile(String file) {
        if (file != null) {
            steps.add(new Step(Kind.TARGET_FILE, file));
        }
    }

    @Parameters(index = "0..*", arity = "0..1", paramLabel = "EXPR|ASSIGNMENT...", hideParamSyntax = true, description = "An expression to evaluate and"
            + " print, or an ad or assignment that updates the context ad.")
    void argument(String text) {
        steps.add(new Step(Kind.ARGUMENT, text));
    }

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    /** One thing to do, decided before anything is printed. */
    private sealed interface Action permits Quiet, SetContext, Assign, Evaluate {
    }

    private record Quiet() implements Action {
    }

    private record SetContext(ClassAd ad, boolean target) implements Action {
    }

    private record Assign(ClassAd ad) implements Action {
    }

    private record Evaluate(Expr expr) implements Action {
    }

    /** Why the command line cannot be run: a message for jclassad, one for {@code -compat}, and a status each. */
    private static final class Problem extends Exception {
        final String message;
        final int code;
        final String compatMessage;
        final int compatCode;

        Problem(String message, int code, String compatMessage, int compatCode) {
            super(message, null, false, false);
            this.message = message;
            this.code = code;
            this.compatMessage = compatMessage;
            this.compatCode = compatCode;
        }
    }

    @Override
    public Integer call() {
        if (help || (!compat && steps.contains(new Step(Kind.ARGUMENT, "-h")))) {
            spec.commandLine().usage(System.out);
            return compat ? CLASSAD_EVAL_HELP_STATUS : ExitCodes.OK;
        }
        State state = new State();
        List<Action> actions = new ArrayList<>();
        try {
            for (int i = 0; i < steps.size(); i++) {
                Action a = plan(steps.get(i), i + 1, state);
                if (compat) {
                    run(a, state);
                } else {
                    actions.add(a);
                }
            }
        } catch (Problem p) {
            out.flush();
            System.err.print(compat ? p.compatMessage : p.message);
            return compat ? p.compatCode : p.code;
        }
        State fresh = new State();
        for (Action a : actions) {
            run(a, fresh);
        }
        return ExitCodes.OK;
    }

    /** What the evaluation has reached: the context ads, the flags, the attribute names known so far. */
    private static final class State {
        ClassAd my = new ClassAd();
        ClassAd target;
        boolean quiet;
        boolean updated = true;
        final Set<String> myNames = new HashSet<>();
        final Set<String> targetNames = new HashSet<>();
    }

    private Action plan(Step step, int position, State state) throws Problem {
        switch (step.kind()) {
            case QUIET:
                return new Quiet();
            case MY_FILE:
            case TARGET_FILE: {
                boolean target = step.kind() == Kind.TARGET_FILE;
                ClassAd ad = loadAd(step.text());
                Set<String> names = target ? state.targetNames : state.myNames;
                names.clear();
                addNames(ad, names);
                return new SetContext(ad, target);
            }
            default:
                break;
        }
        String arg = step.text();
        if (!compat && OPTION_SHAPE.matcher(arg).matches() && !namesContextAttribute(arg, state)) {
            throw new Problem(Diagnostic.of("jclassad eval", "unknown option '" + arg + "'")
                    .withHint("'jclassad eval --help' lists the options; write (" + arg + ") to evaluate it as an"
                            + " expression").format(), ExitCodes.USAGE, "", ExitCodes.USAGE);
        }
        ClassAd assignment = makeAd(arg);
        if (assignment != null) {
            addNames(assignment, state.myNames);
            return new Assign(assignment);
        }
        try {
            return new Evaluate(ExprParser.parseExpression(Value.toByteString(arg), ParseOptions.defaults(), Reading.WHOLE));
        } catch (ParseException e) {
            throw new Problem(argumentDiagnostic(arg, position, e).format(), ExitCodes.FAILURE,
                    "Unable to turn '" + arg + "' into a ClassAd or an expression.\n", ExitCodes.FAILURE);
        }
    }

    /** {@code -x} is the negated attribute {@code x} when the context ads have one. */
    private static boolean namesContextAttribute(String arg, State state) {
        if (arg.startsWith("--")) {
            return false;
        }
        String name = arg.substring(1).toLowerCase(Locale.ROOT);
        return state.myNames.contains(name) || state.targetNames.contains(name);
    }

    private static void addNames(ClassAd ad, Set<String> names) {
        for (ClassAd.Attribute a : ad.attributes()) {
            names.add(a.name().toLowerCase(Locale.ROOT));
        }
    }

    private void run(Action action, State state) {
        if (action instanceof Quiet) {
            state.quiet = true;
        } else if (action instanceof SetContext) {
            SetContext c = (SetContext) action;
            if (c.target()) {
                state.target = c.ad();
            } else {
                state.my = c.ad();
            }
        } else if (action instanceof Assign) {
            for (ClassAd.Attribute a : ((Assign) action).ad().attributes()) {
                state.my.insert(a.name(), a.expr());
            }
            state.updated = true;
        } else {
            if (state.updated) {
                state.updated = false;
                if (!state.quiet) {
                    out.println(state.my);
                }
            }
            Expr expr = ((Evaluate) action).expr();
            Evaluation result = state.target == null
                    ? state.my.evaluate(expr, EvalOptions.defaults())
                    : new MatchClassAd(state.my, state.target, EvalOptions.defaults())
                            .evaluateInLeft(Planner.planExpr(expr));
            out.println(Value.fromByteString(Unparser.newSyntax(result.value())));
        }
    }

    /**
     * Why an argument is neither an ad, an assignment nor an expression: the error of the reading
     * the argument was meant as (an ad when it starts with {@code [}, an assignment when it starts
     * with {@code NAME =}, else an expression), placed in the argument itself.
     */
    private static Diagnostic argumentDiagnostic(String arg, int position, ParseException asExpression) {
        String where = "<argument " + position + ">";
        if (arg.strip().startsWith("[")) {
            ParseException e = adError(arg);
            if (e != null) {
                return Diagnostic.of(where, e, arg);
            }
        } else if (ASSIGNMENT_SHAPE.matcher(arg).matches()) {
            ParseException e = adError("[" + arg + "]");
            if (e != null) {
                return wrappedDiagnostic(where, e, arg);
            }
        }
        return Diagnostic.of(where, asExpression, arg);
    }

    /** A diagnostic for an error found in {@code "[" + text + "]"}, placed in {@code text}. */
    private static Diagnostic wrappedDiagnostic(String where, ParseException e, String text) {
        int column = e.line() == 1 ? Math.max(1, e.column() - 1) : e.column();
        long line = e.line();
        if (line == 1 && e.column() - 1 > text.length()) {
            column = text.length() + 1;
        }
        return Diagnostic.at(where, line, column, e.reason()).withSource(text);
    }

    private static ParseException adError(String text) {
        try {
            ClassAd.parse(text);
            return null;
        } catch (ParseException e) {
            return e;
        }
    }

    private ClassAd loadAd(String file) throws Problem {
        String text;
        try {
            text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            String message = Diagnostic.of(e).format();
            throw new Problem(message, ExitCodes.FAILURE, message, ExitCodes.FAILURE);
        }
        if (text.startsWith("{\n") && text.endsWith("\n}\n")) {
            text = text.substring(2);
        }
        ClassAd ad = makeAd(text);
        if (ad == null) {
            ParseException e = text.strip().startsWith("[") ? adError(text) : adError("[" + text + "]");
            Diagnostic d = e == null ? Diagnostic.of(file, "not a ClassAd")
                    : text.strip().startsWith("[") ? Diagnostic.of(file, e, text) : wrappedDiagnostic(file, e, text);
            throw new Problem(d.withHint("a context file holds one ad in new syntax ([ a = 1; b = 2 ]) or"
                    + " assignments (a = 1; b = 2)").format(), ExitCodes.FAILURE,
                    "Unable to turn file '" + file + "' into a ClassAd.\n", ExitCodes.FAILURE);
        }
        return ad;
    }

    /** An ad from {@code [ ... ]} text, or from {@code a = 1; b = 2} text; null if neither parses. */
    private static ClassAd makeAd(String text) {
        try {
            return ClassAd.parse(text);
        } catch (ParseException notAnAd) {
            try {
                return ClassAd.parse("[" + text + "]");
            } catch (ParseException notAssignments) {
                return null;
            }
        }
    }
}
