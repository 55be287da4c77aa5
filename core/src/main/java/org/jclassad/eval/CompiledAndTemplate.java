package org.jclassad.eval;

import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

import org.jclassad.value.Value;

/**
 * The template for a Requirements-style chain {@code t0 && t1 && ... && t7} (see
 * {@link CompiledTemplate}): each conjunct is a constant handle called from this one method, so
 * the JIT inlines them all without nesting one inside the other. Chains shorter than eight are
 * padded with {@code true}, which leaves a combined result unchanged.
 */
final class CompiledAndTemplate extends Compiler.Fast {
    private static final MethodHandle T0 = term(0);
    private static final MethodHandle T1 = term(1);
    private static final MethodHandle T2 = term(2);
    private static final MethodHandle T3 = term(3);
    private static final MethodHandle T4 = term(4);
    private static final MethodHandle T5 = term(5);
    private static final MethodHandle T6 = term(6);
    private static final MethodHandle T7 = term(7);

    private static MethodHandle term(int i) {
        try {
            return MethodHandles.classDataAt(MethodHandles.lookup(), ConstantDescs.DEFAULT_NAME, MethodHandle.class, i);
        } catch (IllegalAccessException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    Value run(Scope s) throws Throwable {
        // left-nested &&: once a prefix is false or error, every enclosing && gives the same
        Value r = (Value) T0.invokeExact(s);
        if (Compiler.andDecided(r)) {
            return Compiler.andShort(r);
        }
        r = Logic.and(r, (Value) T1.invokeExact(s));
        if (Compiler.andDecided(r)) {
            return Compiler.andShort(r);
        }
        r = Logic.and(r, (Value) T2.invokeExact(s));
        if (Compiler.andDecided(r)) {
            return Compiler.andShort(r);
        }
        r = Logic.and(r, (Value) T3.invokeExact(s));
        if (Compiler.andDecided(r)) {
            return Compiler.andShort(r);
        }
        r = Logic.and(r, (Value) T4.invokeExact(s));
        if (Compiler.andDecided(r)) {
            return Compiler.andShort(r);
        }
        r = Logic.and(r, (Value) T5.invokeExact(s));
        if (Compiler.andDecided(r)) {
            return Compiler.andShort(r);
        }
        r = Logic.and(r, (Value) T6.invokeExact(s));
        if (Compiler.andDecided(r)) {
            return Compiler.andShort(r);
        }
        return Logic.and(r, (Value) T7.invokeExact(s));
    }
}
