package org.jclassad.function;

import static org.jclassad.TestSupport.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UserFunctionsTest {
    @AfterEach
    void forgetMaps() {
        UserMaps.clear();
        UserMaps.setHomeDirectories(null);
    }

    @Test
    void userHomeIsDisabledByDefault() {
        assertEquals("undefined", eval("userHome(\"root\")"));
        assertEquals("\"/tmp\"", eval("userHome(\"root\", \"/tmp\")"));
    }

    @Test
    void userHomeOfANonStringIsTheDefaultOrError() {
        assertEquals("error", eval("userHome(1)"));
        assertEquals("\"/d\"", eval("userHome(1, \"/d\")"));
        assertEquals("undefined", eval("userHome(undefined)"));
        assertEquals("undefined", eval("userHome(\"root\", \"\")"), "an empty default does not count");
    }

    @Test
    void userHomeWithAWrongArgumentCountFails() {
        assertEquals("eval failed", eval("userHome()"));
    }

    @Test
    void userHomeLooksUpWhenEnabled() {
        UserMaps.setHomeDirectories(user -> user.equals("alice") ? "/home/alice" : null);
        assertEquals("\"/home/alice\"", eval("userHome(\"alice\")"));
        assertEquals("undefined", eval("userHome(\"bob\")"));
    }

    @Test
    void userMapWithoutMapsIsUndefinedOrTheDefault() {
        assertEquals("undefined", eval("userMap(\"groups\", \"alice\")"));
        assertEquals("\"none\"", eval("userMap(\"groups\", \"alice\", \"x\", \"none\")"));
        assertEquals("error", eval("userMap(error, \"alice\")"));
        assertEquals("7", eval("userMap(1, \"alice\", \"x\", 7)"));
    }

    @Test
    void userMapReturnsTheRawStringOrThePreferredItem() {
        UserMaps.define("Groups", (method, user) -> user.equals("alice") ? "physics, chem" : null);
        assertEquals("\"physics, chem\"", eval("userMap(\"groups\", \"alice\")"));
        assertEquals("\"chem\"", eval("userMap(\"groups\", \"alice\", \"CHEM\")"));
        assertEquals("\"physics\"", eval("userMap(\"groups\", \"alice\", \"bio\")"));
        assertEquals("\"none\"", eval("userMap(\"groups\", \"bob\", \"bio\", \"none\")"));
    }

    @Test
    void userMapPassesTheMethodAfterADot() {
        UserMaps.define("m", (method, user) -> method);
        assertEquals("\"SSL\"", eval("userMap(\"m.SSL\", \"u\")"));
        assertEquals("\"*\"", eval("userMap(\"m\", \"u\")"));
    }
}
