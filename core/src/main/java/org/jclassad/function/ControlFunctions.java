package org.jclassad.function;

import org.jclassad.value.Value;

/** {@code ifThenElse} and the other functions that control evaluation itself. */
final class ControlFunctions {
    private ControlFunctions() {
    }

    static void register(FunctionRegistry r) {
        r.register("ifThenElse", ControlFunctions::ifThenElse);
    }

    /** Lazy: only the chosen branch is evaluated. */
    static Value ifThenElse(Arguments a) {
        if (a.size() != 3) {
            return Value.ERROR;
        }
        Value c = a.get(0);
        int t = c.truth();
        if (t == 1) {
            return a.get(1);
        }
        if (t == 0) {
            return a.get(2);
        }
        return c.isUndefined() ? Value.UNDEFINED : Value.ERROR;
    }
}
