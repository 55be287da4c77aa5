/**
 * HTCondor's built-in ClassAd functions, and the way to add your own.
 *
 * <p>The built-ins are the 73 core names of HTCondor's ClassAd library and the 21 names HTCondor
 * registers on top (string lists, {@code split}, environments and arguments, {@code userMap},
 * {@code evalInEachContext}, ...), each family in its own class ({@code StringFunctions},
 * {@code RegexFunctions}, {@code TimeFunctions}, ...). Names are case-insensitive. A call to an
 * unknown name still parses and evaluates to {@code error}; a call with the wrong number of
 * arguments is {@code error} too, decided before any argument is evaluated.
 *
 * <h2>Adding a function</h2>
 *
 * <p>A function is a {@link org.jclassad.eval.ClassAdFunction}: it receives its arguments
 * unevaluated, as {@link org.jclassad.eval.Arguments}, and evaluates what it needs with
 * {@link org.jclassad.eval.Arguments#get(int)} (so it may be lazy, or look at an argument's
 * syntax with {@link org.jclassad.eval.Arguments#expr(int)}). It returns a
 * {@link org.jclassad.value.Value}; to fail the whole evaluation, as HTCondor's functions
 * sometimes do, throw {@link org.jclassad.eval.EvalFailure#fail()}. Register it with
 * {@link org.jclassad.eval.FunctionRegistry#register(String, org.jclassad.eval.ClassAdFunction)} before parsing
 * the ads that call it (calls are bound when an expression is planned). As in HTCondor,
 * registering never replaces a name, so built-ins cannot be overridden.
 *
 * <pre>{@code
 * FunctionRegistry.global().register("double", args -> {
 *     if (args.size() != 1) {
 *         return Value.ERROR;                       // wrong arity: error, nothing evaluated
 *     }
 *     Value v = args.get(0);
 *     if (v instanceof IntegerValue) {
 *         return Value.of(2 * ((IntegerValue) v).value());
 *     }
 *     return v.isUndefined() ? Value.UNDEFINED : Value.ERROR;
 * });
 * ClassAd ad = ClassAd.parse("[ Cpus = 4; Twice = double(Cpus) ]");
 * ad.evaluateAttr("Twice");                         // 8
 * }</pre>
 *
 * <p>The plug-in interface ({@code ClassAdFunction}, {@code Arguments}, {@code FunctionRegistry})
 * lives beside the evaluator in {@code org.jclassad.eval}, which calls functions without knowing
 * this package; the built-ins reach the global registry as one
 * {@link org.jclassad.eval.FunctionLibrary}, {@link org.jclassad.function.Builtins}. A new
 * built-in goes into its family's class and is registered in that family's {@code register}.
 *
 * <p>Implementations must be thread-safe: one function object serves every evaluation. The maps
 * behind {@code userMap} and the home directories behind {@code userHome} are supplied through
 * {@link org.jclassad.function.UserMaps}.
 */
package org.jclassad.function;

import org.jclassad.eval.ClassAdFunction;
import org.jclassad.eval.FunctionRegistry;
