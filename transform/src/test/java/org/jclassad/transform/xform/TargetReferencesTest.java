package org.jclassad.transform.xform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.unparse.Unparser;
import org.junit.jupiter.api.Test;

class TargetReferencesTest {
    private static Expr parse(String text) {
        return ExprParser.parseExpression(text, ParseOptions.defaults(), Reading.WHOLE);
    }

    @Test
    void targetReferencesBecomeBareOrMyReferences() {
        Expr e = parse("TARGET.Memory >= RequestMemory && f(TARGET.Cpus)");
        assertEquals("Memory >= RequestMemory && f(Cpus)", Unparser.newSyntax(TargetReferences.retarget(e, false)));
        assertEquals("MY.Memory >= RequestMemory && f(MY.Cpus)",
                Unparser.newSyntax(TargetReferences.retarget(e, true)));
    }

    @Test
    void adLiteralsAreLeftAsWritten() {
        Expr e = parse("[ a = TARGET.x ].a + TARGET.y");
        assertEquals("[ a = TARGET.x ].a + y", Unparser.newSyntax(TargetReferences.retarget(e, false)));
    }

    @Test
    void aChainOfAnyLengthConverts() {
        StringBuilder text = new StringBuilder("TARGET.a0");
        for (int i = 1; i < 100_000; i++) {
            text.append(" + TARGET.a").append(i);
        }
        Expr e = ExprParser.parseExpression(text.toString(), ParseOptions.defaults(), Reading.WHOLE);
        String converted = Unparser.newSyntax(TargetReferences.retarget(e, false));
        assertTrue(converted.startsWith("a0 + a1 + a2") && converted.endsWith("+ a99999"));
    }

    @Test
    void refersIntoSeesBareAndMyReferencesToTheAd() {
        ClassAd route = ClassAd.parse("[ Factor = 3 ]");
        assertTrue(TargetReferences.refersInto(route, parse("RequestCpus * Factor")));
        assertTrue(TargetReferences.refersInto(route, parse("f(MY.Factor)")));
        assertFalse(TargetReferences.refersInto(route, parse("TARGET.Factor + .Factor")));
    }
}
