package org.jclassad.transform.router;

import org.jclassad.ClassAd;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;

/** A loaded transform (route, pre- or post-route transform), as the transform engine gives it. */
public interface LoadedTransform {
    /** The name it was loaded under (the knob tag for routes). */
    String name();

    /** The hoisted REQUIREMENTS expression text, or {@code null} when there is none. */
    String requirements();

    /** The hoisted UNIVERSE as a number, or 0 when absent or not a real universe ({@code docker}). */
    int universe();

    /**
     * The value of a macro defined by the transform text at load time (with the config as
     * fallback, as the router's {@code local_param} does), expanded, or {@code null}.
     */
    String localParam(String name);

    /** The text as condor prints it for {@code -config}: one statement per line, each prefixed by {@code indent}, no final newline. */
    String formattedText(String indent);

    /** A fresh macro table shared by the pre-route transforms, the route and the post-route transforms of one job. */
    Session newSession();

    /**
     * Applies the statements to {@code ad} in place.
     *
     * @return {@code null} on success, else the failure message (the transform failed)
     */
    String apply(ClassAd ad, Session session, StepLog log);

    /** The REQUIREMENTS guard: evaluated in the ad alone; true or a non-zero number passes. */
    default boolean matches(ClassAd ad) {
        String req = requirements();
        if (req == null || req.isBlank()) {
            return true;
        }
        try {
            Evaluation e = ad.evaluate(ExprParser.parseExpression(req, ParseOptions.defaults().withOldSyntax(true), Reading.WHOLE),
                    EvalOptions.defaults());
            return !e.failed() && e.value().truth() == 1;
        } catch (RuntimeException bad) {
            return false;
        }
    }

    /** The per-job macro state; opaque to the router. */
    interface Session {
        /** Errors recorded by {@code $} functions while applying (the router logs them as {@code ERROR in route}); empty if none. */
        default String macroErrors() {
            return "";
        }
    }
}
