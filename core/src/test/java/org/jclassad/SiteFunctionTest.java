package org.jclassad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jclassad.value.Value;
import org.junit.jupiter.api.Test;

/** Site functions registered through the exported API: evaluated arguments, HTCondor's naming rules. */
class SiteFunctionTest {

    @Test
    void aSiteFunctionReceivesItsArgumentsEvaluatedInTheCallersAd() {
        List<List<Value>> seen = new ArrayList<>();
        assertTrue(ClassAd.registerFunction("siteFunctionTestEcho", args -> {
            seen.add(args);
            return args.isEmpty() ? Value.UNDEFINED : args.get(args.size() - 1);
        }));
        ClassAd ad = ClassAd.parse("[ Cpus = 4; Out = SITEFUNCTIONTESTECHO(Cpus * 2, \"x\" ) ]");
        assertEquals(Value.ofString("x"), ad.evaluateAttr("Out"), "names are case-insensitive");
        assertEquals(List.of(List.of(Value.of(8), Value.ofString("x"))), seen);
    }

    @Test
    void builtInsAreNeverReplaced() {
        assertFalse(ClassAd.registerFunction("strcat", args -> Value.ERROR), "HTCondor never replaces a name");
        assertEquals(Value.ofString("ab"), new ClassAd().evaluate("strcat(\"a\", \"b\")"));
    }

    @Test
    void aSecondRegistrationOfANameChangesNothing() {
        assertTrue(ClassAd.registerFunction("siteFunctionTestOnce", args -> Value.of(1)));
        assertFalse(ClassAd.registerFunction("siteFunctionTestOnce", args -> Value.of(2)));
        assertEquals(Value.of(1), new ClassAd().evaluate("siteFunctionTestOnce()"));
    }

    @Test
    void aNameMustBeAnIdentifier() {
        assertThrows(IllegalArgumentException.class, () -> ClassAd.registerFunction("not-a-name", args -> Value.TRUE));
    }
}
