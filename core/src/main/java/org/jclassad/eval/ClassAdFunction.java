package org.jclassad.eval;

import org.jclassad.value.Value;

/**
 * A ClassAd function. It receives its arguments unevaluated and evaluates what it needs, so a
 * function can be lazy ({@code ifThenElse}) or inspect its arguments' syntax ({@code unparse}).
 * A wrong argument count should give {@link Value#ERROR} before anything is evaluated.
 *
 * <p>Implementations must be thread-safe: one function serves every evaluation.
 */
@FunctionalInterface
public interface ClassAdFunction {
    Value call(Arguments arguments);
}
