package org.jclassad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jclassad.ClassAd;
import org.jclassad.ast.RecordExpr;
import org.jclassad.io.ClassAds;
import org.jclassad.value.Value;
import org.junit.jupiter.api.Test;

/** The evaluator's way into an ad gives what the ad holds, and only ClassAd provides it. */
class ClassAdAccessTest {

    @Test
    void boundNodesAreTheAdsOwnNotItsParents() {
        ClassAd parent = ClassAd.parse("[ a = 1 ]");
        ClassAd child = ClassAd.parse("[ b = 2 ]");
        child.setChainedParent(parent);
        assertNull(ClassAdAccess.boundNode(child, "a"), "boundNode looks in the ad itself only");
        assertSame(ClassAdAccess.node(child.attributeByKey("b")), ClassAdAccess.boundNode(child, "b"));
    }

    @Test
    void anAdIsOneScope() {
        ClassAd ad = new ClassAd();
        assertSame(ClassAdAccess.scope(ad), ClassAdAccess.scope(ad), "an ad's scope is made once");
        assertSame(ad, ClassAdAccess.scope(ad).ad());
    }

    @Test
    void boundNodesEvaluateAsInserted() {
        ClassAd ad = ClassAdAccess.bind(new ClassAd(), "Cpus", Node.constant(Value.of(4)));
        assertEquals(Value.of(4), ad.evaluateAttr("cpus"));
        ClassAd fromLiteral = ClassAdAccess.fromRecord((RecordExpr) ClassAds.parseExpr("[ x = 1 ]"),
                Planner.standard());
        assertEquals(1, fromLiteral.size());
    }

    @Test
    void aNameIsBoundInPlaceOnlyWhenAdsOfTheShapeHadItNext() {
        byte[] line = "  ZzNextOne = 1".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ClassAd first = new ClassAd();
        first.insert("ZzFirst", org.jclassad.value.Value.of(1));
        first.insert("ZzNextOne", org.jclassad.value.Value.of(1));
        ClassAd second = new ClassAd();
        second.insert("ZzFirst", org.jclassad.value.Value.of(2));
        assertEquals(false, ClassAdAccess.bindIfNext(second, line, 2, 10, Node.constant(org.jclassad.value.Value.of(3))),
                "a different name (ZzNextOn) is not the next one");
        assertEquals(true, ClassAdAccess.bindIfNext(second, line, 2, 11, Node.constant(org.jclassad.value.Value.of(3))));
        assertEquals(3L, second.getLong("zznextone"));
        assertEquals(2, second.size());
        assertEquals(false, ClassAdAccess.bindIfNext(new ClassAd(), line, 2, 11, Node.constant(org.jclassad.value.Value.of(3))),
                "an empty ad's next name is ZzFirst");
    }

    @Test
    void onlyClassAdInstallsTheAccess() {
        ClassAdAccess fake = new ClassAdAccess() {
            @Override
            protected Node boundNodeOf(ClassAd ad, String key) {
                return null;
            }

            @Override
            protected Node nodeOf(ClassAd.Attribute attribute) {
                return null;
            }

            @Override
            protected ClassAd bindIn(ClassAd ad, String name, Node node) {
                return ad;
            }

            @Override
            protected Scope scopeOf(ClassAd ad) {
                return null;
            }

            @Override
            protected ClassAd adOf(RecordExpr record, Planner planner) {
                return null;
            }

            @Override
            protected void forEachByNameIn(ClassAd ad, boolean caseSensitive, java.util.function.Predicate<String> keep,
                    java.util.function.BiConsumer<String, Node> each) {
            }

            @Override
            protected boolean appendNextIn(ClassAd ad, byte[] text, int from, int to, Node node) {
                return false;
            }
        };
        assertThrows(IllegalArgumentException.class, () -> ClassAdAccess.install(fake));
    }

    @Test
    void aNameNoByteStringSpellsIsNeverBoundInPlace() {
        ClassAd first = new ClassAd();
        first.insert("Zz\u20ACName", org.jclassad.value.Value.of(1));
        // '?' is what a lossy conversion would make of the euro sign: it must not match
        byte[] line = "Zz?Name = 1".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(false, ClassAdAccess.bindIfNext(new ClassAd(), line, 0, 7, Node.constant(org.jclassad.value.Value.of(3))));
    }
}
