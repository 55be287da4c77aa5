package org.jclassad.transform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The expansions HTCondor's unit_test_macro_expand pins (resources/upstream/macro_expand.tsv). */
class UpstreamMacroExpandTest {
    @TestFactory
    Stream<DynamicTest> upstreamExpansions() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/upstream/macro_expand.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        MacroSet set = new MacroSet();
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("#define")) {
                set.set(f[1], f[2]);
            } else {
                rows.add(f);
            }
        }
        MacroContext ctx = MacroContext.builder().env(Map.of("FOO", "BAR", "Declaration",
                "We the people, in order to form a more perfect union...")).build();
        return rows.stream().map(r -> DynamicTest.dynamicTest(r[0],
                () -> assertEquals(r[1], MacroExpander.expand(r[0], set, ctx), "unit_test_macro_expand: " + r[0])));
    }
}
