package org.jclassad.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jclassad.ClassAd;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The ad's attribute table behaves as a case-insensitive map through any run of inserts and removals. */
class ClassAdTablePropertiesTest {
    record Op(boolean insert, String name, long value) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.of("a", "A", "b", "Cpus", "CPUS", "cpus", "Memory", "x1", "X1", "Requirements"),
                Arbitraries.strings().withChars("abAB_1").ofMinLength(1).ofMaxLength(4));
        return Combinators.combine(Arbitraries.integers().between(0, 9).map(i -> i < 6), names,
                Arbitraries.longs().between(0, 100)).as(Op::new).list().ofMaxSize(200);
    }

    @Property(tries = 500)
    void insertsAndRemovalsActLikeAMap(@ForAll("ops") List<Op> ops) {
        ClassAd ad = new ClassAd();
        apply(ops, ad, new HashMap<>(), new HashMap<>());
        assertNull(ad.lookup("never-inserted-name"));
    }

    /**
     * Ads built by the same inserts share their attribute tables; changing one (a removal, a
     * respelling, an insert, a copy changed afterwards) never shows in another.
     */
    @Property(tries = 300)
    void adsSharingTablesStayIndependent(@ForAll("ops") List<Op> first, @ForAll("ops") List<Op> second) {
        ClassAd original = new ClassAd();
        Map<String, Long> values = new HashMap<>();
        Map<String, String> spellings = new HashMap<>();
        apply(first, original, values, spellings);
        ClassAd twin = new ClassAd();
        apply(first, twin, new HashMap<>(), new HashMap<>());
        ClassAd copy = original.copy();
        apply(second, copy, new HashMap<>(values), new HashMap<>(spellings));
        apply(second, twin, new HashMap<>(values), new HashMap<>(spellings));
        assertAdIs(values, spellings, original);
    }

    private static void apply(List<Op> ops, ClassAd ad, Map<String, Long> values, Map<String, String> spellings) {
        for (Op op : ops) {
            String key = ClassAd.keyOf(op.name());
            if (op.insert()) {
                ad.insert(op.name(), Value.of(op.value()));
                values.put(key, op.value());
                spellings.putIfAbsent(key, op.name());
            } else {
                assertEquals(values.remove(key) != null, ad.remove(op.name()));
                spellings.remove(key);
            }
            assertEquals(values.size(), ad.size());
        }
        assertAdIs(values, spellings, ad);
    }

    private static void assertAdIs(Map<String, Long> values, Map<String, String> spellings, ClassAd ad) {
        assertEquals(values.size(), ad.size());
        for (Map.Entry<String, Long> e : values.entrySet()) {
            assertEquals(Value.of(e.getValue()), ad.evaluateAttr(e.getKey().toUpperCase()));
            assertEquals(spellings.get(e.getKey()), ad.attributeByKey(e.getKey()).name());
        }
        List<String> listed = ad.attributes().stream().map(ClassAd.Attribute::name).toList();
        List<String> expected = spellings.values().stream().sorted(Unparser.NAME_ORDER).toList();
        assertEquals(expected, listed);
    }
}
