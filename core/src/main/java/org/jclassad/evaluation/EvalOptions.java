package org.jclassad.evaluation;

import java.time.ZoneId;
import java.util.function.LongSupplier;

/**
 * Settings of an evaluation.
 *
 * <pre>{@code
 * EvalOptions noonUtc = EvalOptions.defaults()
 *         .withZone(ZoneId.of("UTC"))
 *         .withClock(() -> 1767355200_000L);                        // 2026-01-02T12:00:00Z
 * Value hour = new ClassAd().evaluate(ClassAds.parseExpr("formatTime(time(), \"%H\")"), noonUtc).value();   // "12"
 * Evaluation tooDeep = new ClassAd().evaluate(ClassAds.parseExpr("1 + (2 + (3 + 4))"),
 *         EvalOptions.defaults().withLimits(2, 1000));               // nested deeper than 2: fails
 * if (!hour.equals(Value.ofString("12")) || !tooDeep.failed()) throw new AssertionError(hour);
 * }</pre>
 *
 * @param oldSemantics HTCondor's compatibility semantics (on in every HTCondor tool): {@code MY} and
 *                     {@code CurrentTime} are special names and bare names fall back to the other
 *                     ad of a match
 * @param zone         the time zone of the time functions
 * @param maxDepth     nesting of operators and attribute references (HTCondor: 400)
 * @param maxSteps     node evaluations in one top-level evaluation (HTCondor: 10,000,000)
 * @param clock        the current time in milliseconds since the epoch
 */
public record EvalOptions(boolean oldSemantics, ZoneId zone, int maxDepth, long maxSteps, LongSupplier clock) {
    public static final int DEFAULT_MAX_DEPTH = 400;
    public static final long DEFAULT_MAX_STEPS = 10_000_000L;

    private static final EvalOptions DEFAULTS = new EvalOptions(true, ZoneId.systemDefault(), DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_STEPS, System::currentTimeMillis);

    /** HTCondor's defaults: compatibility semantics, HTCondor's limits, the JVM's zone and clock. */
    public static EvalOptions defaults() {
        return DEFAULTS;
    }

    public EvalOptions withOldSemantics(boolean on) {
        return new EvalOptions(on, zone, maxDepth, maxSteps, clock);
    }

    public EvalOptions withZone(ZoneId z) {
        return new EvalOptions(oldSemantics, z, maxDepth, maxSteps, clock);
    }

    public EvalOptions withLimits(int depth, long steps) {
        return new EvalOptions(oldSemantics, zone, depth, steps, clock);
    }

    public EvalOptions withClock(LongSupplier c) {
        return new EvalOptions(oldSemantics, zone, maxDepth, maxSteps, c);
    }
}
