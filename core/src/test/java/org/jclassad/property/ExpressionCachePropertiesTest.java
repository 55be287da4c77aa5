package org.jclassad.property;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.TestSupport;
import org.jclassad.eval.ExpressionCache;
import org.jclassad.eval.Node;
import org.jclassad.eval.Planner;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.format.LongFormReader;
import org.jclassad.format.NewSyntaxWriter;
import org.jclassad.eval.MatchClassAd;
import org.jclassad.parse.ParseException;
import org.jclassad.unparse.Unparser;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Reading long-format ads through the expression cache gives the same ads as reading every text afresh. */
class ExpressionCachePropertiesTest {
    @Provide
    Arbitrary<List<String>> values() {
        return Expressions.expression().list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 500)
    void cachedReadingGivesTheSameAd(@ForAll("values") List<String> values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            text.append("a").append(i).append(" = ").append(values.get(i).replace('\n', ' ')).append('\n');
        }
        String ad = text.toString();
        ClassAd fresh;
        try {
            fresh = LongFormReader.parseAd(ad, TestSupport.PARSE, ExpressionCache.none());
        } catch (ParseException e) {
            return;
        }
        ExpressionCache cache = ExpressionCache.create();
        for (int round = 0; round < 2; round++) {  // the second round is served from the cache
            ClassAd cached = LongFormReader.parseAd(ad, TestSupport.PARSE, cache);
            assertEquals(NewSyntaxWriter.unparse(fresh), NewSyntaxWriter.unparse(cached));
            for (ClassAd.Attribute a : fresh.attributes()) {
                assertEquals(a.expr(), cached.lookup(a.name()), a.name());
                assertEquals(describe(fresh.evaluate(a.expr(), TestSupport.EVAL)),
                        describe(cached.evaluate(cached.lookup(a.name()), TestSupport.EVAL)), a.name());
            }
        }
    }

    /** Ads that share a nested-ad text must not share its attributes: the cycle check tells them apart. */
    @org.junit.jupiter.api.Test
    void nestedAdsAreNotSharedBetweenAds() {
        String text = "X = [v = isUndefined(TARGET.X)].v\nRequirements = true\n";
        ExpressionCache cache = ExpressionCache.create();
        ClassAd job = LongFormReader.parseAd(text, TestSupport.PARSE, cache);
        ClassAd slot = LongFormReader.parseAd(text, TestSupport.PARSE, cache);
        ClassAd freshJob = LongFormReader.parseAd(text, TestSupport.PARSE, ExpressionCache.none());
        ClassAd freshSlot = LongFormReader.parseAd(text, TestSupport.PARSE, ExpressionCache.none());
        Node x = Planner.planExpr(TestSupport.parse("X"));
        assertEquals(describe(new MatchClassAd(freshJob, freshSlot, TestSupport.EVAL).evaluateInLeft(x)),
                describe(new MatchClassAd(job, slot, TestSupport.EVAL).evaluateInLeft(x)));
    }

    private static String describe(Evaluation e) {
        return e.failed() + " " + e.value().type() + " " + Unparser.newSyntax(e.value());
    }
}
