package org.jclassad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.eval.Arguments;
import org.jclassad.eval.EvalOptions;
import org.jclassad.eval.Evaluation;
import org.jclassad.eval.Planner;
import org.jclassad.match.MatchClassAd;
import org.jclassad.parse.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;

/**
 * {@code jclassad eval}: HTCondor's {@code classad_eval}. Arguments are handled in order: an
 * ad or an assignment ({@code x = 7}) updates the context ad; anything else is an expression,
 * evaluated and printed (preceded by the context ad if it changed, unless {@code -quiet}).
 */
@Command(name = "eval", description = "Evaluate ClassAd expressions, like HTCondor's classad_eval.%n"
        + "Usage: jclassad eval [-quiet] [-file|-my-file F] [-target-file F] <expr|assignment>...")
final class EvalCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", description = "Expressions, assignments, ads and flags, in order.")
    List<String> args = new ArrayList<>();

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() {
        return run(args);
    }

    int run(List<String> argv) {
        boolean quiet = false;
        boolean updated = true;
        ClassAd my = new ClassAd();
        ClassAd target = null;
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            switch (arg) {
                case "-quiet":
                    quiet = true;
                    continue;
                case "-file":
                case "-my-file":
                case "-target-file":
                    if (++i >= argv.size()) {
                        System.err.println("jclassad eval: " + arg + " requires an argument");
                        return 1;
                    }
                    ClassAd loaded = loadAd(argv.get(i));
                    if (loaded == null) {
                        return 1;
                    }
                    if (arg.equals("-target-file")) {
                        target = loaded;
                    } else {
                        my = loaded;
                    }
                    continue;
                case "-help":
                    System.out.println("Usage: jclassad eval [-quiet] [-file|-my-file F] [-target-file F]"
                            + " <expr|assignment>...");
                    return 1;
                default:
                    break;
            }
            ClassAd assignment = makeAd(arg);
            if (assignment != null) {
                for (ClassAd.Attribute a : assignment.attributes()) {
                    my.insert(a.name(), a.expr());
                }
                updated = true;
                continue;
            }
            if (updated) {
                updated = false;
                if (!quiet) {
                    out.println(my);
                }
            }
            Expr expr;
            try {
                expr = ExprParser.parseExpression(Value.toByteString(arg), ParseOptions.defaults(), true);
            } catch (ParseException e) {
                System.err.println("Unable to turn '" + arg + "' into a ClassAd or an expression: " + e.getMessage());
                return 1;
            }
            Evaluation result = target == null
                    ? my.evaluate(expr, EvalOptions.defaults())
                    : new MatchClassAd(my, target, EvalOptions.defaults()).evaluateInLeft(Planner.planExpr(expr));
            out.println(Value.fromByteString(Unparser.newSyntax(result.value())));
        }
        return 0;
    }

    private ClassAd loadAd(String file) {
        try {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            if (text.startsWith("{\n") && text.endsWith("\n}\n")) {
                text = text.substring(2);
            }
            ClassAd ad = makeAd(text);
            if (ad == null) {
                System.err.println("Unable to turn file '" + file + "' into a ClassAd.");
            }
            return ad;
        } catch (IOException e) {
            System.err.println("jclassad eval: cannot read " + file + ": " + e.getMessage());
            return null;
        }
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
