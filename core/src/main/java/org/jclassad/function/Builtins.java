package org.jclassad.function;

/** Registers every built-in function family. */
final class Builtins {
    private Builtins() {
    }

    static void registerAll(FunctionRegistry r) {
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
