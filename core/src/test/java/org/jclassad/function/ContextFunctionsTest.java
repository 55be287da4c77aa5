package org.jclassad.function;

import static org.jclassad.TestSupport.eval;
import static org.jclassad.TestSupport.evalIn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jclassad.ClassAd;
import org.junit.jupiter.api.Test;

class ContextFunctionsTest {
    @Test
    void evalInEachContextEvaluatesInsideEachAd() {
        assertEquals("{ true,false }", eval("evalInEachContext(Prio > 2, {[Prio = 3], [Prio = 1]})"));
        assertEquals("{ { 1 },[ y = 2 ] }", eval("evalInEachContext(x, {[x = {1}], [x = [y = 2]]})"));
        assertEquals("{  }", eval("evalInEachContext(x, {})"));
    }

    @Test
    void anAttributeReferenceThatResolvesHereIsDereferencedFirst() {
        assertEquals("{ 100,100 }", evalIn(ClassAd.parse("[ Prio = 100 ]"), "evalInEachContext(Prio, {[Prio = 1], [Prio = 2]})"));
        assertEquals("{ 2,10 }", evalIn(ClassAd.parse("[ Rank = Mem * 2; Ads = {[Mem = 1], [Mem = 5]} ]"),
                "evalInEachContext(Rank, Ads)"));
    }

    @Test
    void nonAdElementsGiveUndefinedOrErrorEntries() {
        assertEquals("{ 1,error }", eval("evalInEachContext(x, {[x = 1], error})"));
        assertEquals("{ true,undefined }", eval("evalInEachContext(Prio > 2, {[Prio = 3], undefined})"));
    }

    @Test
    void anUndefinedListIsUndefinedForEvalAndZeroForCount() {
        assertEquals("undefined", eval("evalInEachContext(x, undefined)"));
        assertEquals("0", eval("countMatches(x, undefined)"));
        assertEquals("error", eval("evalInEachContext(x, 5)"));
    }

    @Test
    void countMatchesCountsValuesTrueByCRules() {
        assertEquals("2", eval("countMatches(Prio > 2, {[Prio = 3], [Prio = 5], [Prio = 1]})"));
        assertEquals("1", eval("countMatches(x, {[x = undefined], [x = error], [x = -1]})"));
        assertEquals("1", eval("countMatches(x, {[x = real(\"NaN\")], [x = 0.0]})"));
    }

    @Test
    void wrongArgumentCountIsError() {
        assertEquals("error", eval("countMatches(x)"));
    }
}
