package org.jclassad.evaluation;

import org.jclassad.value.Value;

/**
 * The result of a top-level evaluation: a value, or a failure (a limit of {@link EvalOptions} was
 * exceeded or a function failed hard). HTCondor's callers treat a failure like {@code error};
 * conformance tools need to tell them apart.
 *
 * <pre>{@code
 * ClassAd ad = ClassAd.parse("[ A = 1 + 2 ]");
 * Evaluation three = ad.evaluate(ClassAds.parseExpr("A * 2"), EvalOptions.defaults());
 * Evaluation tooLong = ad.evaluate(ClassAds.parseExpr("A + A + A + A"), EvalOptions.defaults().withLimits(400, 3));
 * if (!three.value().equals(Value.of(6)) || three.failed() || !tooLong.failed()) throw new AssertionError();
 * }</pre>
 *
 * @param value  the value; {@code error} when the evaluation failed
 * @param failed whether the evaluation failed rather than giving a value
 */
public record Evaluation(Value value, boolean failed) {
}
