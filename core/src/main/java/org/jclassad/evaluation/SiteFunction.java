package org.jclassad.evaluation;

import java.util.List;

import org.jclassad.value.Value;

/**
 * A site's own ClassAd function, given to {@code ClassAd.registerFunction}: it receives its
 * arguments evaluated, in the caller's scope, and returns the call's value. A wrong number or type
 * of arguments should give {@link Value#ERROR}, as HTCondor's functions do.
 *
 * <p>Implementations must be thread-safe: one function serves every evaluation. A function that
 * needs its arguments unevaluated (to be lazy, or to look at their syntax) is written against the
 * evaluator's own plug-in interface, which jclassad's modules use.
 *
 * <pre>{@code
 * SiteFunction twice = args -> args.size() == 1 && args.get(0).isInteger()
 *         ? Value.of(2 * ((IntegerValue) args.get(0)).value())
 *         : Value.ERROR;
 * ClassAd.registerFunction("siteTwice", twice);                 // before parsing what calls it
 * ClassAd ad = ClassAd.parse("[ Cpus = 4; Doubled = siteTwice(Cpus) ]");
 * if (ad.getLong("Doubled") != 8 || !ad.evaluate("siteTwice(\"x\")").isError()) throw new AssertionError();
 * }</pre>
 */
@FunctionalInterface
public interface SiteFunction {
    /** The call's value (never {@code null}); {@code arguments} are the call's arguments, each evaluated. */
    Value apply(List<Value> arguments);
}
