package org.jclassad.transform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jclassad.ClassAd;
import org.junit.jupiter.api.Test;

/** The condition forms of {@code if}/{@code elif} (spec §2.8). */
class IfConditionTest {
    private final MacroSet set = new MacroSet();
    private final MacroContext ctx = MacroContext.plain();

    private boolean yes(String cond) {
        IfCondition.Result r = IfCondition.test(cond, set, ctx);
        assertNull(r.error(), cond + ": " + r.error());
        return r.value();
    }

    private String error(String cond, MacroContext c) {
        IfCondition.Result r = IfCondition.test(cond, set, c);
        assertNotNull(r.error(), cond + " should be invalid");
        return r.error();
    }

    @Test
    void numbersAndBooleanWords() {
        assertEquals(false, yes("0"));
        assertEquals(false, yes("0.0"));
        assertEquals(true, yes("-1"));
        assertEquals(true, yes("1.5"));
        assertEquals(true, yes("TRUE"));
        assertEquals(false, yes("no"));
        assertEquals(true, yes("T"));
        assertEquals(false, yes("f"));
        assertEquals(true, yes("! false"));
    }

    @Test
    void onAndOffAreNotConditions() {
        assertEquals("expression is not a conditional", error("on", ctx));
    }

    @Test
    void emptyExpansionIsFalse() {
        set.set("empty", "");
        assertEquals(false, yes("$(empty)"));
        assertEquals(false, yes("$(nosuch)"));
        assertEquals(true, yes("! $(nosuch)"));
    }

    @Test
    void definedNeedsANonEmptyValue() {
        set.set("color", "red");
        set.set("empty", "");
        assertEquals(true, yes("defined color"));
        assertEquals(false, yes("defined empty"));
        MacroContext c = ctx.withAd(ClassAd.parse("[ S = \"\"; U = undefined; A = 1 ]"));
        assertEquals(true, IfCondition.test("defined MY.A", set, c).value());
        assertEquals(false, IfCondition.test("defined MY.S", set, c).value(), "MY.s = \"\" is not defined");
        assertEquals(true, IfCondition.test("defined MY.U", set, c).value(), "MY.a = undefined is defined");
    }

    @Test
    void versionComparisons() {
        assertEquals(true, yes("version >= 8.9.7"));
        assertEquals(false, yes("version > 99.0"));
        assertEquals(true, yes("version == 25.14"), "a missing sub-minor takes the running one");
        assertEquals(true, yes("version >= 25.14.0.1"));
        assertEquals(true, yes("! version > 30.0.0"));
        assertEquals("the version literal is invalid", error("version < 12", ctx));
    }

    @Test
    void complexConditionsAreEvaluatedOnlyAgainstAnAd() {
        assertEquals("complex conditionals are not supported", error("RequestCpus > 1", ctx));
        MacroContext c = ctx.withAd(ClassAd.parse("[ RequestCpus = 3 ]"));
        assertEquals(true, IfCondition.test("RequestCpus > 1", set, c).value());
        assertNotNull(IfCondition.test("RequestCpus > 10", set, c).error(), "a false complex condition is invalid");
    }
}
