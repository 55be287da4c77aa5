package org.jclassad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiagnosticTest {
    @Test
    void placeMessageSourceCaretAndHint() {
        String text = "A = 1\nCmd = \"/bin/sleep\n";
        Diagnostic d = Diagnostic.at("jobs.ad", 2, 7, "unterminated string").withSource(text)
                .withHint("close the string with '\"'");
        assertEquals("jobs.ad:2:7: unterminated string\n"
                + "  Cmd = \"/bin/sleep\n"
                + "        ^\n"
                + "  hint: close the string with '\"'\n", d.format());
    }

    @Test
    void wholeFileAndStdin() {
        assertEquals("nope.ad: no such file\n", Diagnostic.of("nope.ad", "no such file").format());
        assertEquals("<stdin>:3: bad line\n", Diagnostic.at("-", 3, 0, "bad line").format());
    }
}
