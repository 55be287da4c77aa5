package org.jclassad.transform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Config text HTCondor refuses: the whole configuration is refused, naming the file and line. */
class ConfigurationTest {
    private static ConfigurationException refused(String text) {
        return assertThrows(ConfigurationException.class, () -> Configuration.read(text, "site.conf"));
    }

    @Test
    void aBareNameIsRefused() {
        ConfigurationException e = refused("A = 1\nJOB_ROUTER_ROUTE_NAMES\nB = 2\n");
        assertEquals(2, e.line());
        assertEquals("site.conf", e.source());
        assertTrue(e.getMessage().startsWith("Configuration Error Line 2 while reading config source site.conf\n"),
                e.getMessage());
    }

    @Test
    void anAtTagWithoutEqualsIsRefused() {
        assertEquals(1, refused("JOB_ROUTER_ROUTE_A @jrt\nREQUIREMENTS true\n@jrt\n").line(),
                "'@' must be followed by '=' to start a body");
    }

    @Test
    void aBodyNeverClosedIsRefused() {
        ConfigurationException e = refused("JOB_ROUTER_ROUTE_A @=jrt\nREQUIREMENTS true\n");
        assertTrue(e.detail().contains("Found end-of-file while scanning for '@jrt'"), e.detail());
    }

    @Test
    void textAfterTheTagBecomesPartOfTheTag() {
        ConfigurationException e = refused("JOB_ROUTER_ROUTE_A @=jrt [\nREQUIREMENTS true\n@jrt\n");
        assertTrue(e.detail().contains("'@jrt ['"), "the closing line must repeat the whole tag: " + e.detail());
    }

    @Test
    void anIllegalNameIsRefused() {
        assertTrue(refused("A-B = 1\n").detail().contains("Illegal Identifier"));
    }

    @Test
    void aSquareBracketLineIsAComment() throws Exception {
        assertEquals("1", Configuration.read("[Section]\nA = 1\n", "site.conf").raw("A"),
                "a line starting with '[' and no operator is skipped, as in a Windows .ini file");
    }

    @Test
    void parseRefusesTooButUnchecked() {
        assertThrows(IllegalArgumentException.class, () -> Configuration.parse("NOT A DEFINITION\n"));
    }

    @Test
    void knownConfigurationTemplatesAreAccepted() throws Exception {
        Configuration c = Configuration.read("use security:recommended\nuse FEATURE : GPUs, AssignAccountingGroup(/etc/m)\n"
                + "use role : submit\nA = 1\n", "site.conf");
        assertEquals("1", c.raw("A"), "HTCondor-CE's own config uses 'use security:recommended'");
    }

    @Test
    void anUnknownTemplateIsRefused() {
        assertTrue(refused("use feature:NoSuchFeature\n").detail().contains("does not recognise NoSuchFeature"));
        assertEquals(1, refused("use frobnicate:all\n").line());
    }

    @Test
    void includeIfexistSkipsAMissingFile() throws Exception {
        assertEquals("1", Configuration.read("include ifexist : /nonexistent/x.conf\nA = 1\n", "site.conf").raw("A"));
        assertTrue(refused("INCLUDE IFEXIST : /nonexistent/x.conf\n").detail().contains("'IFEXIST'"),
                "the keywords are case-sensitive in HTCondor");
    }

    @Test
    void includeCommandIsRefusedNotRun() {
        assertTrue(refused("include command : /bin/echo A = 1\n").detail().contains("never does"));
    }

    @Test
    void aContinuationToTheEndKeepsTheSpaceBeforeTheBackslash() throws Exception {
        assertEquals("a ", Configuration.read("A = a \\\n", "site.conf").raw("A"),
                "HTCondor removes the backslash and does not trim again");
        assertEquals("a b", Configuration.read("A = a \\\nb\n", "site.conf").raw("A"));
    }
}
