package org.jclassad.function;

/** Registers every built-in function family. */
final class Builtins {
    private Builtins() {
    }

    static void registerAll(FunctionRegistry r) {
        TypeFunctions.register(r);
        ControlFunctions.register(r);
    }
}
