package org.jclassad.io;

import java.util.ArrayList;
import java.util.List;

import org.jclassad.format.LongFormReader;
import org.jclassad.format.JsonWriter;
import org.jclassad.format.JsonReader;
import org.jclassad.ClassAd;
import org.jclassad.analysis.ExternalReferences;
import org.jclassad.analysis.Flattener;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Literal;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.EvalContext;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * One ad from text in any of HTCondor's forms: the entry point above the readers.
 * {@link ClassAd#parse(String)} reads the new syntax; streams of ads are read with
 * {@link AdStreams}.
 *
 * <pre>{@code
 * ClassAd job = ClassAds.parseOld("RequestMemory = 2048\nRequirements = TARGET.Memory >= RequestMemory\n");
 * ClassAd slot = ClassAds.parseJson("{\"Memory\": 8192, \"Cpus\": 4}");
 * Expr rest = ClassAds.flatten(slot, ClassAds.parseExpr("Memory >= 4096 && Disk > 0"));   // Disk > 0
 * String literal = ClassAds.quote("naïve \"x\"");                                         // "na\303\257ve \"x\""
 * }</pre>
 *
 * <p>Also here: an expression's external and internal references in an ad, and quoting and
 * unquoting of string literals, as HTCondor's Python bindings have them.
 */
public final class ClassAds {
    private ClassAds() {
    }

    /**
     * Parses an ad in HTCondor's long format: one {@code Name = expr} per line, old syntax.
     *
     * @throws ParseException naming the line and column of the first malformed line
     */
    public static ClassAd parseOld(String text) {
        return LongFormReader.parseAd(Value.toByteString(text), ParseOptions.defaults());
    }

    /**
     * Parses an ad in HTCondor's JSON form.
     *
     * @throws ParseException naming the line and column of the problem
     */
    public static ClassAd parseJson(String text) {
        return JsonReader.parseAd(Value.toByteString(text), ParseOptions.defaults());
    }

    /**
     * {@code ad} in HTCondor's JSON form, on one line: literals as JSON values, nested ads and
     * lists as objects and arrays, any other expression as the string
     * {@code "\/Expr(<new syntax>)\/"} ({@code condor_q -json}); {@link #parseJson} reads it back.
     */
    public static String toJson(ClassAd ad) {
        return Value.fromByteString(JsonWriter.write(ad, false));
    }

    /**
     * Parses one expression in new syntax ({@code Memory >= 2048 && Cpus > 1}).
     *
     * @throws ParseException naming the line and column of the problem
     */
    public static Expr parseExpr(String text) {
        return parseExpr(text, ParseOptions.defaults());
    }

    /**
     * Parses one expression with {@code options}: old syntax, compatibility mode, a nesting or
     * size limit for untrusted text.
     *
     * <pre>{@code
     * ParseOptions old = ParseOptions.defaults().withOldSyntax(true).withMaxChars(1 << 16);
     * Expr e = ClassAds.parseExpr("Memory >= 2048", old);
     * }</pre>
     *
     * @throws ParseException naming the line and column of the problem, or the limit passed
     */
    public static Expr parseExpr(String text, ParseOptions options) {
        return ExprParser.parseExpression(Value.toByteString(text), options, Reading.WHOLE);
    }

    /** {@code expr} in canonical new syntax, as HTCondor prints it ({@code str(expr)} in Python). */
    public static String unparse(Expr expr) {
        return Value.fromByteString(Unparser.newSyntax(expr));
    }

    /**
     * HTCondor's flatten-and-inline, as the job router uses it: {@code expr} with the attributes
     * {@code ad} defines replaced by their (flattened) values or expressions and the constant
     * parts folded; a literal when everything folds. Python's {@code ClassAd.flatten} inlines
     * less: it keeps a reference whose value is not a literal ({@code d} with {@code d = b},
     * {@code b = a + e} stays {@code d}; here it is {@code 1 + e}); see docs/deviations.md.
     */
    public static Expr flatten(ClassAd ad, Expr expr) {
        return Flattener.flatten(ad, expr);
    }

    /**
     * The attribute names {@code expr} reaches, through the attributes it refers to, that
     * {@code ad} does not define (Python's {@code ClassAd.externalRefs}), sorted ignoring case;
     * a selection from an undefined base ({@code TARGET.Memory}) is reported as written. Empty
     * when the search gives up (deeper than the evaluation limit, or a selection from something
     * that is not an ad), as HTCondor then reports nothing.
     */
    public static List<String> externalRefs(ClassAd ad, Expr expr) {
        EvalContext ctx = new EvalContext(EvalOptions.defaults(), ClassAdAccess.scope(ad));
        return new ArrayList<>(ExternalReferences.of(ctx, expr, ClassAdAccess.scope(ad)).orElse(java.util.Collections.emptySortedSet()));
    }

    /**
     * The attribute names {@code expr} reaches, through the attributes it refers to, that
     * {@code ad} itself defines (Python's {@code ClassAd.internalRefs}), sorted ignoring case.
     */
    public static List<String> internalRefs(ClassAd ad, Expr expr) {
        EvalContext ctx = new EvalContext(EvalOptions.defaults(), ClassAdAccess.scope(ad));
        return new ArrayList<>(ExternalReferences.internal(ctx, expr, ClassAdAccess.scope(ad)));
    }

    /**
     * {@code text} as a new-syntax string literal: quoted, with quotes, backslashes and control
     * characters escaped, and every byte of a non-ASCII character's UTF-8 encoding written as an
     * octal escape, as HTCondor's {@code quote} does ({@code "é"} gives {@code "\303\251"}).
     */
    public static String quote(String text) {
        return Unparser.quote(Value.toByteString(text));
    }

    /**
     * The string a new-syntax string literal stands for (Python's {@code unquote}): escapes
     * resolved, UTF-8 decoded; {@code unquote(quote(s))} is {@code s}.
     *
     * @throws IllegalArgumentException when {@code literal} is not one string literal
     */
    public static String unquote(String literal) {
        Expr e;
        try {
            e = parseExpr(literal);
        } catch (ParseException bad) {
            throw new IllegalArgumentException("not a string literal: " + bad.getMessage(), bad);
        }
        if (e instanceof Literal && ((Literal) e).value() instanceof StringValue) {
            return ((StringValue) ((Literal) e).value()).text();
        }
        throw new IllegalArgumentException("not a string literal: " + literal);
    }
}
