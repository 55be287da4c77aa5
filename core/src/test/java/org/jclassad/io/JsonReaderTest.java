package org.jclassad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jclassad.format.JsonReader;
import org.jclassad.TestSupport;
import org.jclassad.parse.ParseException;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    private static String read(String json) {
        return JsonReader.parseAd(json, TestSupport.PARSE).toString();
    }

    @Test
    void membersMustBeSeparatedByCommas() {
        ParseException e = assertThrows(ParseException.class, () -> read("{\"A\":1 \"B\":2}"),
                "HTCondor wants ',' or '}' after a member");
        assertEquals(8, e.column(), "the error is at the second name");
        assertThrows(ParseException.class, () -> read("{\"A\":{} \"B\":2}"));
    }

    @Test
    void extraCommasBetweenMembersAreTolerated() {
        assertEquals("[ A = 1; B = 2 ]", read("{,\"A\":1,,\"B\":2,}"));
        assertThrows(ParseException.class, () -> read("{ , }"), "a comma but no member: a name is due");
    }

    @Test
    void listElementsNeedExactlyOneComma() {
        assertThrows(ParseException.class, () -> read("{\"A\":[1 2]}"));
        assertThrows(ParseException.class, () -> read("{\"A\":[1,,2]}"));
        assertThrows(ParseException.class, () -> read("{\"A\":[1,]}"));
    }

    @Test
    void adjacentStringsAreJoinedAsTheClassAdLexerJoinsThem() {
        assertEquals("[ AB = \"xy\" ]", read("{\"A\" \"B\": \"x\"\n\"y\"}"));
        assertEquals("[ A = 1 + 1 ]", read("{\"A\": \"\\/Expr(1\" \"+1)\\/\"}"),
                "the joined raw text is what is checked for the \\/Expr(...)\\/ form");
    }

    @Test
    void commentsAreSkipped() {
        assertEquals("[ A = 1; B = 2 ]", read("{\"A\":1, // one\n \"B\": /* two */ 2}"));
    }

    @Test
    void numbersFollowClassAdLexing() {
        assertThrows(ParseException.class, () -> read("{\"A\":1.}"), "a '.' must be followed by a digit");
        assertThrows(ParseException.class, () -> read("{\"A\":01}"), "JSON rejects a leading zero");
        assertEquals("[ A = -17 ]", read("{\"A\":-017}"), "unless the lexeme starts with its sign");
        assertEquals("[ A = 5.000000000000000E-01 ]", read("{\"A\":.5}"));
    }

    @Test
    void keywordsAreCaseInsensitiveButUndefinedIsNotOne() {
        assertEquals("[ A = undefined; B = true ]", read("{\"A\":Null, \"B\":TRUE}"));
        assertThrows(ParseException.class, () -> read("{\"A\":undefined}"));
    }

    @Test
    void deepNestingIsAParseErrorNotAStackOverflow() {
        String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        ParseException e = assertThrows(ParseException.class, () -> read(deep));
        assertEquals("nested too deeply (limit 500)", e.reason());
        read("{\"a\":" + "[".repeat(165) + "]".repeat(165) + "}");
        org.jclassad.ClassAd.parse("[a = " + "{".repeat(165) + "}".repeat(165) + "]");
        assertThrows(ParseException.class, () -> read("{\"a\":" + "[".repeat(166) + "]".repeat(166) + "}"));
        assertThrows(ParseException.class,
                () -> org.jclassad.ClassAd.parse("[a = " + "{".repeat(166) + "}".repeat(166) + "]"),
                "the same budget as the new-syntax parser: the same depth fails in both");
    }

    @Test
    void badUnicodeEscapesAreErrors() {
        assertThrows(ParseException.class, () -> read("{\"A\":\"\\u+041\"}"));
        assertThrows(ParseException.class, () -> read("{\"A\":\"\\u0000\"}"));
    }
}
