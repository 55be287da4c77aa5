package org.jclassad.eval;

/**
 * A family of ClassAd functions registered together. The built-in functions reach
 * {@link FunctionRegistry#withBuiltins()} this way, as a {@link java.util.ServiceLoader} provider
 * named in {@code META-INF/services/org.jclassad.eval.FunctionLibrary}, so that the evaluator,
 * which calls functions, does not depend on the package that implements them.
 *
 * <p>Site functions are simpler to add with {@link FunctionRegistry#register}.
 */
public interface FunctionLibrary {
    /** Registers this library's functions. */
    void registerInto(FunctionRegistry registry);
}
