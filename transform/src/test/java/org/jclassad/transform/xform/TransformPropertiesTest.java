package org.jclassad.transform.xform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jclassad.ClassAd;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jclassad.unparse.Unparser;

/** Properties of applying transforms. */
class TransformPropertiesTest {
    private static final List<String> NAMES = List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot",
            "RequestCpus", "RequestMemory", "Owner", "Cmd");

    @Provide
    Arbitrary<String> statement() {
        Arbitrary<String> name = Arbitraries.of(NAMES);
        Arbitrary<String> value = Arbitraries.of("1", "\"x\"", "Bravo + 1", "undefined", "{ 1, 2 }");
        return Arbitraries.oneOf(
                Combinators.combine(name, value).as((n, v) -> "SET " + n + " " + v),
                Combinators.combine(name, value).as((n, v) -> "DEFAULT " + n + " " + v),
                Combinators.combine(name, value).as((n, v) -> "EVALSET " + n + " " + v),
                Combinators.combine(name, name).as((a, b) -> "COPY " + a + " " + b),
                Combinators.combine(name, name).as((a, b) -> "RENAME " + a + " " + b),
                name.map(n -> "DELETE " + n));
    }

    @Provide
    Arbitrary<List<String>> rules() {
        return statement().list().ofMaxSize(8);
    }

    /** Attribute names a statement can change: its target, and for RENAME also its source. */
    private static Set<String> named(List<String> rules) {
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String r : rules) {
            String[] w = r.split(" ");
            out.add(w[1]);
            if (w[0].equals("COPY") || w[0].equals("RENAME")) {
                out.add(w[2]);
            }
        }
        return out;
    }

    @Property(tries = 300)
    void applyingATransformNeverLosesAnAttributeItDoesNotName(@ForAll("rules") List<String> rules) {
        ClassAd in = ClassAd.parse("[ Alpha = \"red\"; Bravo = 7; Owner = \"alice\"; Cmd = \"/bin/x\"; Zulu = 1;"
                + " RequestCpus = 3; Yankee = Bravo * 2 ]");
        Transform t = Transform.fromRulesText("prop", String.join("\n", rules) + "\n");
        TransformResult r = Transformer.of(t).apply(in);
        Set<String> named = named(rules);
        for (ClassAd.Attribute a : in.attributes()) {
            if (named.contains(a.name())) {
                continue;
            }
            var after = r.ad().lookup(a.name());
            assertNotNull(after, a.name() + " lost by " + rules);
            assertEquals(Unparser.oldSyntax(a.expr()), Unparser.oldSyntax(after),
                    a.name() + " changed by " + rules);
        }
    }

    @Property(tries = 100)
    void transformingTwiceFromTheSameInputGivesTheSameAd(@ForAll("rules") List<String> rules) {
        ClassAd in = ClassAd.parse("[ Alpha = \"red\"; Bravo = 7 ]");
        Transformer tx = Transformer.of(Transform.fromRulesText("prop", String.join("\n", rules) + "\n"));
        assertEquals(String.valueOf(tx.apply(in).ad()), String.valueOf(tx.apply(in).ad()),
                "macros are rewound between ads");
    }
}
