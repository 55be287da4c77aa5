package org.jclassad.function;

import org.jclassad.eval.FunctionLibrary;
import org.jclassad.eval.FunctionRegistry;

/**
 * Every built-in function family, as the library {@link FunctionRegistry#withBuiltins()} finds
 * through {@code META-INF/services} (public only for {@link java.util.ServiceLoader}).
 */
public final class Builtins implements FunctionLibrary {
    /** For {@link java.util.ServiceLoader}. */
    public Builtins() {
    }

    @Override
    public void registerInto(FunctionRegistry r) {
        TypeFunctions.register(r);
        ControlFunctions.register(r);
        ListFunctions.register(r);
        StringFunctions.register(r);
        StringListFunctions.register(r);
        RegexFunctions.register(r);
        ConversionFunctions.register(r);
        MathFunctions.register(r);
        TimeFunctions.register(r);
        EnvironmentFunctions.register(r);
        UserFunctions.register(r);
        ContextFunctions.register(r);
    }
}
