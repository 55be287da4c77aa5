package org.jclassad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The batch protocol answers every line with one of the protocol's results, whatever the line holds. */
class BatchTest {
    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    private List<String> answers(Batch batch, String input) throws IOException {
        StringWriter out = new StringWriter();
        batch.run(new BufferedReader(new StringReader(input)), out);
        return out.toString().lines().toList();
    }

    private Batch batch(int maxLineChars) {
        return new Batch(ZoneOffset.UTC, maxLineChars, new PrintStream(diagnostics));
    }

    private static String jsonString(String s) {
        return Batch.write(s);
    }

    @Test
    void deeplyNestedJsonAdIsAParseErrorNotAnInternalFailure() throws IOException {
        String deep = "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        List<String> out = answers(batch(Batch.DEFAULT_MAX_LINE_CHARS),
                "{\"id\":1,\"op\":\"parse_ad\",\"syntax\":\"json\",\"text\":" + jsonString(deep) + "}\n"
                        + "{\"id\":2,\"op\":\"eval\",\"ad\":" + jsonString(deep) + ",\"ad_syntax\":\"json\",\"expr\":\"1\"}\n"
                        + "{\"id\":3,\"op\":\"eval\",\"expr\":\"1 + 1\"}\n");
        assertEquals(List.of("{\"ok\":false,\"error\":\"parse\",\"id\":1}",
                "{\"ok\":false,\"error\":\"parse_ad\",\"id\":2}",
                "{\"ok\":true,\"value\":\"2\",\"type\":\"integer\",\"id\":3}"), out);
        assertEquals("", diagnostics.toString(), "nothing unexpected happened");
    }

    @Test
    void aLineOverTheLimitIsBadJsonAndTheNextLineIsAnswered() throws IOException {
        List<String> out = answers(batch(100),
                "{\"id\":1,\"op\":\"eval\",\"expr\":\"" + "1 + ".repeat(100) + "1\"}\r\n\n{\"id\":2,\"op\":\"eval\",\"expr\":\"2\"}");
        assertEquals(2, out.size());
        assertTrue(out.get(0).startsWith("{\"ok\":false,\"error\":\"bad_json\",\"detail\":\"line of ")
                && out.get(0).endsWith("characters is longer than the limit of 100\"}"), out.get(0));
        assertEquals("{\"ok\":true,\"value\":\"2\",\"type\":\"integer\",\"id\":2}", out.get(1));
    }
}
