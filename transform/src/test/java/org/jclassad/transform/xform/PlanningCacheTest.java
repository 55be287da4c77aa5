package org.jclassad.transform.xform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jclassad.ClassAd;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.value.Value;
import org.junit.jupiter.api.Test;

/** Statement expressions are parsed and planned once per text, through the library's one cache. */
class PlanningCacheTest {
    @Test
    void aFunctionRegisteredAfterFirstUseIsBoundTheNextTime() {
        Transform t = Transform.fromRulesText("rules.xform", "EVALSET Probe planningCacheProbe(2)\nSET Call planningCacheProbe(3)\n");
        TransformResult before = Transformer.of(t).apply(new ClassAd());
        assertEquals("error", StatementTest.attr(before, "Probe"), "an unknown function evaluates to error");

        FunctionRegistry.global().register("planningCacheProbe", a -> Value.of(42L));
        TransformResult after = Transformer.of(t).apply(new ClassAd());
        assertEquals("42", StatementTest.attr(after, "Probe"),
                "a cached plan bound before the function existed must not be reused");
        assertEquals(Value.of(42L), after.ad().evaluateAttr("Call"));
    }
}
