package org.jclassad.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.jclassad.ClassAd;
import org.jclassad.TestSupport;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.Value;
import org.junit.jupiter.api.Test;

class FunctionRegistryTest {
    @Test
    void aRegisteredFunctionIsCalledFromAds() {
        FunctionRegistry.global().register("testDouble", args -> {
            if (args.size() != 1) {
                return Value.ERROR;
            }
            Value v = args.get(0);
            return v instanceof IntegerValue ? Value.of(2 * ((IntegerValue) v).value()) : Value.ERROR;
        });
        ClassAd ad = ClassAd.parse("[ Cpus = 4; Twice = TESTDOUBLE(Cpus) ]");
        assertEquals(Value.of(8L), ad.evaluateAttr("Twice"));
    }

    @Test
    void builtinsCannotBeOverridden() {
        assertFalse(FunctionRegistry.global().register("strcat", args -> Value.of(0L)));
        assertEquals("\"ab\"", TestSupport.eval("strcat(\"a\", \"b\")"));
    }
}
