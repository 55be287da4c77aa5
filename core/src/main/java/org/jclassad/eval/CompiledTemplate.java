package org.jclassad.eval;

import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

import org.jclassad.value.Value;

/**
 * Never loaded as itself: its class file is the template {@link Compiler} defines once per
 * compiled expression as a hidden class, with that expression's method handle as class data.
 * The handle sits in a {@code static final} field, so the JIT treats it as a constant and
 * inlines the whole expression into {@link #run}: one straight-line method per expression.
 */
final class CompiledTemplate extends Compiler.Fast {
    private static final MethodHandle EXPRESSION;

    static {
        try {
            EXPRESSION = MethodHandles.classData(MethodHandles.lookup(), ConstantDescs.DEFAULT_NAME, MethodHandle.class);
        } catch (IllegalAccessException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    Value run(Scope scope) throws Throwable {
        return (Value) EXPRESSION.invokeExact(scope);
    }
}
