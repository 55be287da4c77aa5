package org.jclassad.transform.xform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Position;
import org.jclassad.ast.RecordExpr;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.ClassAdValue;
import org.jclassad.eval.Evaluator;
import org.jclassad.eval.ListValue;
import org.jclassad.eval.Node;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.regex.PcreSyntaxException;
import org.jclassad.transform.config.AdText;
import org.jclassad.transform.config.LineReader;
import org.jclassad.transform.config.MacroContext;
import org.jclassad.transform.config.MacroExpander;
import org.jclassad.transform.config.MacroExpansionException;
import org.jclassad.transform.config.MacroParser;
import org.jclassad.transform.config.MacroParser.Outcome;
import org.jclassad.transform.config.MacroSet;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;

/**
 * Runs one transform's statements against one ad, with HTCondor's semantics: macro definitions
 * and {@code if} lines through the config layer, statements in order, each seeing the ad as
 * changed so far. What is logged and skipped (a bad SET expression, an invalid COPY target, a
 * regex that does not compile) is reported to the listener; what fails the transform (an
 * unknown keyword, a missing argument, a bad regex flag, an invalid {@code if}, {@code error :})
 * ends it with a failed {@link Outcome}.
 *
 * <p>Most callers use {@link Transformer}; the router drives this class directly so that
 * pre-route, route and post-route transforms share one macro table.
 */
public final class TransformEngine {
    enum Keyword {
        COPY(2, true), DEFAULT(2, false), DELETE(1, true), EVALMACRO(2, false), EVALSET(2, false), NAME(0, false),
        RENAME(2, true), REQUIREMENTS(0, false), SET(2, false), TRANSFORM(0, false), UNIVERSE(1, false);

        final int args;
        final boolean regex;

        Keyword(int args, boolean regex) {
            this.args = args;
            this.regex = regex;
        }

        private static final Keyword[] ALL = values();

        static Keyword of(String word) {
            for (Keyword k : ALL) {
                if (k.name().equalsIgnoreCase(word)) {
                    return k;
                }
            }
            return null;
        }
    }

    private TransformEngine() {
    }

    /**
     * Applies {@code transform} to {@code ad} in place. REQUIREMENTS is not tested here (see
     * {@link Transform#matches}). Macros defined by the transform stay in {@code macros}.
     */
    public static Outcome apply(Transform transform, ClassAd ad, MacroSet macros, MacroContext ctx,
            TransformListener listener) {
        TransformListener l = listener == null ? TransformListener.NONE : listener;
        ctx.setAd(ad);
        ctx.setErrorSink(message -> l.macroError(message, ctx.place()));
        try {
            List<PlannedStatement> plan = transform.statementPlan();
            if (plan != null && plan.size() <= ctx.options().maxStatements()) {
                return runPlan(plan, transform, ad, macros, ctx, l);
            }
            return MacroParser.parse(transform.body(), transform.source(), macros, ctx,
                    MacroParser.Options.TRANSFORM,
                    (line, number, set) -> statement(transform, line, ad, set, ctx, l), 0);
        } finally {
            ctx.setErrorSink(null);
        }
    }

    /** A line of a plain body and its statement ({@code null}: the line does nothing). */
    record PlannedStatement(LineReader.Line line, Statement statement) {
    }

    /**
     * The body read once: its statements, when the body holds nothing but statements (see
     * {@link MacroParser#plainStatements}); {@code null} for a body the config layer must read
     * for each ad.
     */
    static List<PlannedStatement> plan(List<LineReader.Line> body) {
        List<LineReader.Line> lines = MacroParser.plainStatements(body);
        if (lines == null) {
            return null;
        }
        List<PlannedStatement> plan = new ArrayList<>(lines.size());
        for (LineReader.Line line : lines) {
            plan.add(new PlannedStatement(line, Statement.read(line.text())));
        }
        return List.copyOf(plan);
    }

    /** Runs a planned body as {@link MacroParser#parse} runs the lines it hands to a statement handler. */
    private static Outcome runPlan(List<PlannedStatement> plan, Transform transform, ClassAd ad, MacroSet macros,
            MacroContext ctx, TransformListener l) {
        String source = transform.source();
        for (PlannedStatement p : plan) {
            LineReader.Line line = p.line();
            ctx.at(source, line.number());
            if (p.statement() == null) {
                continue;
            }
            try {
                Outcome o = run(p.statement(), transform, ad, macros, ctx, l);
                if (o != null && !o.ok()) {
                    return o.at(source, line.number(), line.text());
                }
            } catch (MacroExpansionException e) {
                return new Outcome(false, -1, e.getMessage(), e.getMessage(), source, line.number(), line.text());
            }
        }
        return Outcome.OK;
    }

    /** The result of checking a transform without an ad: its outcome and statement count. */
    public record Validation(Outcome outcome, int statements) {
    }

    /**
     * Checks a transform without applying it (no ad): keywords, argument counts, regexes, the
     * {@code if} structure. Macro definitions it reaches are left in {@code macros} — how a
     * router harvests {@code MaxJobs} and friends, and how a rules file that only defines
     * knobs is recognised (no statements).
     */
    public static Validation validate(Transform transform, MacroSet macros, MacroContext ctx) {
        int[] count = new int[1];
        ctx.setAd(null);
        Outcome o = MacroParser.parse(transform.body(), transform.source(), macros, ctx, MacroParser.Options.TRANSFORM,
                (line, number, set) -> {
                    Tokens t = words(line);
                    if (t == null) {
                        return null;
                    }
                    Keyword kw = Keyword.of(t.token());
                    if (kw == null) {
                        return notAKeyword(t);
                    }
                    count[0]++;
                    if (!t.next()) {
                        return kw == Keyword.TRANSFORM ? null
                                : new Outcome(false, -1, "", kw + " needs an argument", null, 0, null);
                    }
                    if (kw.regex && t.isRegex() && t.copyRegex() == null) {
                        return new Outcome(false, -1, "invalid regex", "invalid regex", null, 0, null);
                    }
                    return null;
                }, 0);
        return new Validation(o, count[0]);
    }

    /** The words of a statement line, at its first; {@code null} for a comment or a blank line. */
    private static Tokens words(String line) {
        Tokens t = new Tokens(line);
        return !t.next() || t.matches("#") ? null : t;
    }

    /** The failure of a line whose first word (at {@code t}) is no keyword. */
    private static Outcome notAKeyword(Tokens t) {
        String m = t.token() + " is not a valid transform keyword\n";
        return fail(m, m.strip());
    }

    private static Outcome fail(String message, String detail) {
        return new Outcome(false, -1, message, detail, null, 0, null);
    }

    /**
     * A statement line read into its parts, before any macro is expanded: the keyword, the
     * attribute (or a regex's pattern), the regex and the unexpanded rest of the line; or the
     * failure the line is. Reading depends on the line alone, so a transform's plain body is read
     * once ({@link Transform#statementPlan}) and run against every ad.
     */
    record Statement(Keyword kw, String attr, Tokens.Regex regex, String rest, Outcome failure) {
        /** The statement of {@code line}, or {@code null} for a line that does nothing (a comment, a bare TRANSFORM). */
        static Statement read(String line) {
            Tokens t = words(line);
            if (t == null) {
                return null;
            }
            Keyword kw = Keyword.of(t.token());
            if (kw == null) {
                return new Statement(null, null, null, null, notAKeyword(t));
            }
            if (!t.next()) {
                return kw == Keyword.TRANSFORM ? null : failed("", kw + " needs an argument");
            }
            String attr;
            Tokens.Regex regex = null;
            if (kw.regex && t.isRegex()) {
                regex = t.copyRegex();
                if (regex == null) {
                    return failed("invalid regex", "invalid regex");
                }
                attr = regex.pattern();
            } else {
                attr = t.token();
                if (!attr.isEmpty() && (attr.endsWith(",") || attr.endsWith("="))) {
                    attr = attr.substring(0, attr.length() - 1);
                }
            }
            if (kw.args == 2) {
                if (!t.next()) {
                    return failed(kw + " needs 2 arguments", kw + " needs 2 arguments");
                }
                if (t.matches("=") || t.matches(",")) {
                    if (!t.next()) {
                        return failed(kw + " needs 2 arguments", kw + " needs 2 arguments");
                    }
                }
            }
            int off = t.offset();
            if (t.isQuoted()) {
                off--;
            }
            return new Statement(kw, attr, regex, line.substring(off), null);
        }

        private static Statement failed(String message, String detail) {
            return new Statement(null, null, null, null, fail(message, detail));
        }
    }

    private static Outcome statement(Transform transform, String line, ClassAd ad, MacroSet set, MacroContext ctx,
            TransformListener l) {
        Statement s = Statement.read(line);
        return s == null ? null : run(s, transform, ad, set, ctx, l);
    }

    private static Outcome run(Statement s, Transform transform, ClassAd ad, MacroSet set, MacroContext ctx,
            TransformListener l) {
        if (s.failure() != null) {
            return s.failure();
        }
        Keyword kw = s.kw();
        String attr = s.attr();
        Tokens.Regex regex = s.regex();
        String rhs = MacroExpander.expand(s.rest(), set, ctx);
        String name = transform.name();
        boolean steps = l.wantsSteps();
        switch (kw) {
            case NAME:
                if (steps) {
                    step(l, name, "NAME", null, null, rhs, "NAME " + rhs + "\n");
                }
                break;
            case UNIVERSE:
                if (steps) {
                    step(l, name, "UNIVERSE", null, null, attr, "UNIVERSE " + Universes.number(attr) + "\n");
                }
                break;
            case REQUIREMENTS:
                if (steps) {
                    step(l, name, "REQUIREMENTS", null, null, rhs, "REQUIREMENTS " + rhs + "\n");
                }
                break;
            case TRANSFORM:
                break;
            case EVALMACRO: {
                Value v = evaluateNew(ad, rhs);
                if (v == null) {
                    // the statement is logged before it is evaluated, so a failure shows it too
                    if (steps) {
                        String before = set.lookupExact(attr);
                        l.step(new Step(name, "EVALMACRO", attr, before, before, "EVALMACRO " + attr + " to " + rhs + "\n"));
                    }
                    l.error("ERROR: EVALMACRO " + attr + " could not evaluate : " + rhs + "\n");
                } else {
                    String text = AdText.valueText(v);
                    String before = steps ? set.lookupExact(attr) : null;
                    set.set(attr, text);
                    if (steps) {
                        l.step(new Step(name, "EVALMACRO", attr, before, text,
                                "EVALMACRO " + attr + " to " + rhs + "\n          " + attr + " = " + text + "\n"));
                    }
                }
                break;
            }
            case DEFAULT:
                if (ad.lookup(attr) != null) {
                    if (steps) {
                        l.step(new Step(name, "DEFAULT", attr, text(ad, attr), text(ad, attr),
                                "DEFAULT " + attr + " to " + rhs + "\n"));
                    }
                    break;
                }
                set(l, name, ad, attr, rhs, "DEFAULT " + attr + " to " + rhs + "\n");
                break;
            case SET:
                set(l, name, ad, attr, rhs, "");
                break;
            case EVALSET: {
                Value v = evaluateNew(ad, rhs);
                if (v == null) {
                    if (steps) {
                        l.step(new Step(name, "EVALSET", attr, text(ad, attr), text(ad, attr),
                                "EVALSET " + attr + " to " + rhs + "\n"));
                    }
                    l.error("ERROR: EVALSET " + attr + " could not evaluate : " + rhs + "\n");
                } else {
                    String before = steps ? text(ad, attr) : null;
                    ad.insert(attr, valueToExpr(v));
                    if (steps) {
                        String shown = AdText.valueText(v);
                        l.step(new Step(name, "EVALSET", attr, before, Unparser.oldSyntax(ad.lookup(attr)),
                                "EVALSET " + attr + " to " + rhs + "\n    SET " + attr + " to " + shown + "\n"));
                    }
                }
                break;
            }
            case DELETE:
            case RENAME:
            case COPY:
                if (regex != null) {
                    AttributeRegex p;
                    try {
                        p = AttributeRegex.compile(regex);
                    } catch (PcreSyntaxException e) {
                        l.error("ERROR: Error compiling regex '" + attr + "'. " + AttributeRegex.errorText(e)
                                + ". this entry will be ignored.\n");
                        break;
                    }
                    regexOp(kw, ad, p, rhs, name, l);
                } else {
                    attributeOp(kw, ad, attr, rhs, name, l);
                }
                break;
            default:
                break;
        }
        return null;
    }

    private static void step(TransformListener l, String transform, String kw, String attr, String from, String to,
            String trace) {
        l.step(new Step(transform, kw, attr, from, to, trace));
    }

    private static String text(ClassAd ad, String attr) {
        Expr e = ad.lookup(attr);
        return e == null ? null : Unparser.oldSyntax(e);
    }

    private static void set(TransformListener l, String name, ClassAd ad, String attr, String rhs, String prefix) {
        Node planned = PlannedText.oldSyntax(rhs).orElse(null);
        boolean steps = l.wantsSteps();
        if (planned == null) {
            if (steps) {
                if (!prefix.isEmpty()) {
                    l.step(new Step(name, "DEFAULT", attr, null, null, prefix));
                }
                l.step(new Step(name, "SET", attr, text(ad, attr), text(ad, attr), "SET " + attr + " to " + rhs + "\n"));
            }
            l.error("ERROR: SET " + attr + " invalid expression : " + rhs + "\n");
            return;
        }
        if (!steps) {
            ClassAdAccess.bind(ad, attr, planned);
            return;
        }
        String before = text(ad, attr);
        ClassAdAccess.bind(ad, attr, planned);
        l.step(new Step(name, prefix.isEmpty() ? "SET" : "DEFAULT", attr, before,
                Unparser.oldSyntax(planned.source()), prefix + "SET " + attr + " to " + rhs + "\n"));
    }

    /** Evaluates new-syntax text in the ad alone; {@code null} when it does not parse or fails. */
    private static Value evaluateNew(ClassAd ad, String text) {
        Node planned = PlannedText.newSyntaxPrefix(text).orElse(null);
        if (planned == null) {
            return null;
        }
        Evaluation r = Evaluator.run(planned, ClassAdAccess.scope(ad), EvalOptions.defaults());
        return r.failed() ? null : r.value();
    }

    /** A value as an expression to store: lists and ads as their (unevaluated) element expressions. */
    static Expr valueToExpr(Value v) {
        if (v instanceof ListValue list) {
            List<Expr> items = new ArrayList<>();
            for (Node n : list.elements()) {
                items.add(n.source());
            }
            return new ListExpr(items, Position.NONE);
        }
        if (v instanceof ClassAdValue adv) {
            List<RecordExpr.Attribute> attrs = new ArrayList<>();
            for (ClassAd.Attribute a : adv.ad().attributes()) {
                attrs.add(new RecordExpr.Attribute(a.name(), a.expr()));
            }
            return new RecordExpr(attrs, Position.NONE);
        }
        return Literal.of(v);
    }

    /** HTCondor's {@code IsValidAttrName}: a letter or {@code _}, then letters, digits, {@code _}. */
    public static boolean isValidAttributeName(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        if (!(Character.isLetter(c) && c < 128) && c != '_') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            c = s.charAt(i);
            if (!((c < 128 && Character.isLetterOrDigit(c)) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static void attributeOp(Keyword kw, ClassAd ad, String attr, String to, String name, TransformListener l) {
        switch (kw) {
            case DELETE: {
                if (l.wantsSteps()) {
                    step(l, name, "DELETE", attr, text(ad, attr), null, "DELETE " + attr + "\n");
                }
                ad.remove(attr);
                break;
            }
            case RENAME: {
                if (!isValidAttributeName(to)) {
                    if (l.wantsSteps()) {
                        step(l, name, "RENAME", attr, text(ad, attr), text(ad, attr),
                                "RENAME " + attr + " to " + to + "\n");
                    }
                    l.error("ERROR: RENAME " + attr + " new name " + to + " is not valid\n");
                    break;
                }
                Expr e = ownOrChained(ad, attr);
                if (l.wantsSteps()) {
                    step(l, name, "RENAME", attr, e == null ? null : Unparser.oldSyntax(e), to,
                            "RENAME " + attr + " to " + to + "\n");
                }
                if (e != null) {
                    // an existing attribute of that name (in any case) keeps its spelling
                    ad.remove(attr);
                    ad.insert(to, e);
                }
                break;
            }
            default: {
                Expr e = ad.lookup(attr);
                if (l.wantsSteps()) {
                    step(l, name, "COPY", attr, e == null ? null : Unparser.oldSyntax(e), to,
                            "COPY " + attr + " to " + to + "\n");
                }
                if (!isValidAttributeName(to)) {
                    l.error("ERROR: COPY " + attr + " new name " + to + " is not valid\n");
                    break;
                }
                if (e != null) {
                    ad.insert(to, e);
                }
                break;
            }
        }
    }

    private static Expr ownOrChained(ClassAd ad, String attr) {
        return ad.lookup(attr);
    }

    private static void regexOp(Keyword kw, ClassAd ad, AttributeRegex p, String replacement, String name,
            TransformListener l) {
        TreeMap<String, String> matched = new TreeMap<>();
        for (ClassAd.Attribute a : ad.attributes()) {
            Matcher m = p.find(a.name());
            if (m == null) {
                continue;
            }
            matched.put(a.name(), kw == Keyword.DELETE ? "" : AttributeRegex.substitute(m, a.name(), replacement));
        }
        for (var e : matched.entrySet()) {
            attributeOp(kw, ad, e.getKey(), e.getValue(), name, l);
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
