package org.jclassad.function;

import org.jclassad.eval.Arguments;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.value.Value;

/** {@code isUndefined}, {@code isError}, {@code isString}, ... : one argument, never undefined or error. */
final class TypeFunctions {
    private TypeFunctions() {
    }

    static void register(FunctionRegistry r) {
        r.register("isUndefined", a -> test(a, Value.Type.UNDEFINED));
        r.register("isError", a -> test(a, Value.Type.ERROR));
        r.register("isString", a -> test(a, Value.Type.STRING));
        r.register("isInteger", a -> test(a, Value.Type.INTEGER));
        r.register("isReal", a -> test(a, Value.Type.REAL));
        r.register("isList", a -> test(a, Value.Type.LIST));
        r.register("isClassAd", a -> test(a, Value.Type.CLASSAD));
        r.register("isBoolean", a -> test(a, Value.Type.BOOLEAN));
        r.register("isAbstime", a -> test(a, Value.Type.ABSTIME));
        r.register("isReltime", a -> test(a, Value.Type.RELTIME));
    }

    private static Value test(Arguments a, Value.Type type) {
        if (a.size() != 1) {
            return Value.ERROR;
        }
        return Value.of(a.get(0).type() == type);
    }
}
