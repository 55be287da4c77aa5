package org.jclassad.function;

import static org.jclassad.TestSupport.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EnvironmentFunctionsTest {
    @Test
    void envV1ToV2SortsAndQuotes() {
        assertEquals("\"A=x' 'y B=2\"", eval("envV1ToV2(\"B=2;A=x y\")"));
        assertEquals("\"\"", eval("envV1ToV2(\"\")"));
    }

    @Test
    void envV1ToV2TakesALeadingPunctuationCharacterAsTheDelimiter() {
        assertEquals("\"A=1 B=2\"", eval("envV1ToV2(\"|A=1|B=2\")"));
        assertEquals("\"A=1 B=2\"", eval("envV1ToV2(\";A=1;B=2\")"));
    }

    @Test
    void envV1ToV2KeepsDollarDollarEntriesWithoutValue() {
        assertEquals("\"$$(FOO) A=1\"", eval("envV1ToV2(\"A=1;$$(FOO)\")"));
    }

    @Test
    void envV1ToV2RejectsEntriesWithoutName() {
        assertEquals("error", eval("envV1ToV2(\"=1\")"));
        assertEquals("error", eval("envV1ToV2(\"A\")"));
        assertEquals("undefined", eval("envV1ToV2(undefined)"));
        assertEquals("error", eval("envV1ToV2(1)"));
    }

    @Test
    void mergeEnvironmentLetsLaterArgumentsWin() {
        assertEquals("\"A=3 B=2\"", eval("mergeEnvironment(\"A=1 B=2\", undefined, \"A=3\")"));
        assertEquals("\"\"", eval("mergeEnvironment()"));
        assertEquals("\"A=x' 'y\"", eval("mergeEnvironment(\"'A=x y'\")"), "each space is quoted on its own");
    }

    @Test
    void mergeEnvironmentRejectsBadWords() {
        assertEquals("error", eval("mergeEnvironment(\"A='x\")"), "unbalanced quote");
        assertEquals("error", eval("mergeEnvironment(\"''\")"), "an empty word");
        assertEquals("error", eval("mergeEnvironment(1)"));
    }

    @Test
    void argsToListSplitsV2WithQuotes() {
        assertEquals("{ \"ab cd\",\"\" }", eval("argsToList(\"a'b c'd ''\")"));
        assertEquals("{ \"it's\" }", eval("argsToList(\"'it''s'\")"));
        assertEquals("error", eval("argsToList(\"'a\")"));
    }

    @Test
    void argsToListV1SplitsOnWhiteSpaceOnly() {
        assertEquals("{ \"'a\",\"b'\" }", eval("argsToList(\"'a b'\", 1)"));
        assertEquals("error", eval("argsToList(\"a\", 3)"));
        assertEquals("error", eval("argsToList(undefined)"));
    }

    @Test
    void listToArgsQuotesForV2() {
        assertEquals("\"a x' 'y '' it''''s\"", eval("listToArgs({\"a\", \"x y\", \"\", \"it's\"})"));
        assertEquals("\"a'  'b\"", eval("listToArgs({\"a  b\"})"));
    }

    @Test
    void listToArgsV1RejectsWhiteSpace() {
        assertEquals("\"a b\"", eval("listToArgs({\"a\", \"b\"}, 1)"));
        assertEquals("error", eval("listToArgs({\"a b\"}, 1)"));
        assertEquals("error", eval("listToArgs({1})"));
    }
}
