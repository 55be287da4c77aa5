package org.jclassad.transform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The linear expander ({@link MacroExpander}) gives what HTCondor's algorithm gives: replace the
 * leftmost reference, rescan the whole text from its start, repeat; then the same for
 * {@code $(DOLLAR)}. The reference below is that algorithm, as plain as it can be written.
 */
class ExpansionPropertiesTest {
    private static final int REFERENCE_STEPS = 2_000;
    private static final ConfigOptions OPTIONS = ConfigOptions.builder().maxExpansionSteps(300_000).build();

    /** Pieces of text that make references, near-references and the characters that end or break them. */
    private static final List<String> PIECES = List.of("$(", ")", "A", "B", "C", "a", ":", "$", "DOLLAR", "$(DOLLAR)",
            "$INT(", "$$(", "(", " ", "x", "1", ",", "$ENV(", "E", "$SUBSTR(", "$Fn(", "/", ".", "$(A", "$(B)", "$(C:",
            "\\", "-");

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of(PIECES).list().ofMaxSize(14).map(l -> String.join("", l));
    }

    /** Macros A, B and C: A may name B and C, B may name C, so definitions alone never cycle. */
    private static MacroSet macros(String a, String b, String c) {
        MacroSet set = new MacroSet();
        set.set("A", a.replace("$(A", "$(B"));
        set.set("B", b.replace("$(A", "$(C").replace("$(B", "$(C"));
        set.set("C", c.replace("$(", "(").replace("$INT(", "INT(").replace("$SUBSTR(", "SUBSTR("));
        return set;
    }

    private static MacroContext context() {
        return MacroContext.builder().options(OPTIONS).env(Map.of("E", "env-e")).build();
    }

    /**
     * HTCondor's loop; {@code null} when it has not ended after {@link #REFERENCE_STEPS}
     * replacements, or when a function's argument expands itself without end (HTCondor's stack
     * overflows; a nested expansion stops at the nesting limit).
     */
    static String reference(String value, MacroSet set, MacroContext ctx, MacroRef.BodyCheck check, boolean dollars) {
        try {
            return loop(value, set, ctx, check, dollars);
        } catch (MacroExpansionException endless) {
            return null;
        }
    }

    private static String loop(String value, MacroSet set, MacroContext ctx, MacroRef.BodyCheck check, boolean dollars) {
        String tmp = value;
        for (int steps = 0;; steps++) {
            MacroRef ref = MacroRef.find(tmp, 0, check);
            if (ref == null) {
                break;
            }
            if (steps > REFERENCE_STEPS || tmp.length() > 100_000) {
                return null;
            }
            String v = MacroFunctions.evaluate(ref, tmp, set, ctx);
            tmp = tmp.substring(0, ref.dollar()) + v + tmp.substring(ref.end());
        }
        if (!dollars) {
            return tmp;
        }
        while (true) {
            MacroRef ref = MacroRef.find(tmp, 0, MacroRef.BodyCheck.DOLLAR_ONLY);
            if (ref == null) {
                return tmp;
            }
            tmp = tmp.substring(0, ref.dollar()) + "$" + tmp.substring(ref.end());
        }
    }

    @Property(tries = 3000)
    void expandingGivesHTCondorsResult(@ForAll("text") String text, @ForAll("text") String a, @ForAll("text") String b,
            @ForAll("text") String c) {
        MacroSet set = macros(a, b, c);
        String expected = reference(text, set, context(), MacroRef.BodyCheck.NO_DOLLAR, true);
        if (expected == null) {
            assertThrows(MacroExpansionException.class, () -> MacroExpander.expand(text, set, context()),
                    "HTCondor's loop does not end on " + text);
        } else {
            assertEquals(expected, MacroExpander.expand(text, set, context()), text);
        }
    }

    @Property(tries = 1000)
    void expandingSelfReferencesGivesHTCondorsResult(@ForAll("text") String text, @ForAll("text") String a) {
        MacroSet set = macros(a, "b", "c");
        String expected = reference(text, set, context(), MacroRef.BodyCheck.onlySelf("A", null), false);
        if (expected == null) {
            assertThrows(MacroExpansionException.class, () -> MacroExpander.expandSelf(text, "A", set, context()));
        } else {
            assertEquals(expected, MacroExpander.expandSelf(text, "A", set, context()), text);
        }
    }
}
