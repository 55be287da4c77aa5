package org.jclassad.transform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import org.jclassad.ClassAd;
import org.junit.jupiter.api.Test;

/** Each {@code $}-function and lookup rule, with the HTCondor 25.14 result it pins. */
class MacroFunctionTest {
    private final MacroSet set = new MacroSet();
    private final MacroContext ctx = MacroContext.builder().env(Map.of("XF_SITE", "madison", "XF_EMPTY", ""))
            .random(new Random(1)).build();

    private String x(String text) {
        return MacroExpander.expand(text, set, ctx);
    }

    @Test
    void plainReferenceAndDefault() {
        set.set("color", "red");
        set.set("empty", "");
        assertEquals("red", x("$(color)"));
        assertEquals("blue", x("$(nosuch:blue)"));
        assertEquals("green", x("$(empty:green)"), "the default also replaces an empty value");
        assertEquals("a b:c", x("$(nosuch:a b:c)"));
        assertEquals("blue", x("$(nosuch:$(empty:blue))"), "defaults nest");
    }

    @Test
    void namesAreCaseInsensitive() {
        set.set("Color", "red");
        assertEquals("red", x("$(COLOR)"));
    }

    @Test
    void resultsAreRescanned() {
        set.set("a", "$(b)-x");
        set.set("b", "y");
        assertEquals("y-x", x("$(a)"));
    }

    @Test
    void dollarDollarIsLeftAloneAndDollarBecomesDollar() {
        assertEquals("$$(color)", x("$$(color)"));
        assertEquals("$(color)", x("$(DOLLAR)(color)"));
    }

    @Test
    void myAttributesReadTheAd() {
        MacroContext c = ctx.withAd(ClassAd.parse("[ S = \"red green\"; N = 7; U = undefined; E = A * 2 ]"));
        assertEquals("red green", MacroExpander.expand("$(MY.S)", set, c), "strings come raw");
        assertEquals("7", MacroExpander.expand("$(my.n)", set, c));
        assertEquals("undefined", MacroExpander.expand("$(MY.U)", set, c));
        assertEquals("A * 2", MacroExpander.expand("$(MY.E)", set, c));
        assertEquals("", MacroExpander.expand("$(MY.Missing)", set, c));
    }

    @Test
    void configIsConsultedLast() {
        MacroContext c = MacroContext.builder().config(Configuration.parse("K = from-config\nL = $(K)-x")).build();
        assertEquals("from-config-x", MacroExpander.expand("$(L)", set, c));
        set.set("K", "from-rules");
        assertEquals("from-rules-x", MacroExpander.expand("$(L)", set, c), "macros shadow config");
    }

    @Test
    void subsysPrefixedNameWins() {
        MacroContext c = MacroContext.builder().subsys("XFORM").build();
        set.set("n", "plain");
        set.set("XFORM.n", "prefixed");
        assertEquals("prefixed", MacroExpander.expand("$(n)", set, c));
    }

    @Test
    void envFunction() {
        assertEquals("madison", x("$ENV(XF_SITE)"));
        assertEquals("UNDEFINED", x("$ENV(XF_MISSING)"));
        assertEquals("green", x("$ENV(XF_MISSING:green)"));
        assertEquals("", x("$ENV(XF_EMPTY:blue)"), "an empty variable is not missing");
    }

    @Test
    void intFunction() {
        set.set("i", "7");
        set.set("h", "6/2.0");
        assertEquals("7", x("$INT(i)"));
        assertEquals("007", x("$INT(i,%03d)"));
        assertEquals("10", x("$INT(3+7)"));
        assertEquals("3", x("$INT(h)"), "reals are truncated");
        assertEquals("-2", x("$INT(-2.9)"));
        assertEquals("", x("$INT(bogus)"));
        assertTrue(ctx.errors().contains("$INT() macro: bogus does not evaluate to an integer!"));
    }

    @Test
    void realFunction() {
        set.set("r", "1.75");
        assertEquals("1.75", x("$REAL(r)"));
        assertEquals("3", x("$REAL(3)"), "%.16G drops the fraction of a whole number");
        assertEquals("3.0", x("$REAL(3,%g)"), "with a format a missing .0 is added");
        assertEquals(" 3.667", x("$REAL(11/3.0, %.3f)"));
    }

    @Test
    void stringFunction() {
        set.set("q", "\"up down\"");
        set.set("e", "1+2");
        assertEquals("up down", x("$STRING(q)"));
        assertEquals("1+2", x("$STRING(e)"), "a non-string value keeps the raw text");
        assertEquals("    left", x("$STRING(\"left\",%8s)"));
    }

    @Test
    void evalFunctionUsesTheAd() {
        MacroContext c = ctx.withAd(ClassAd.parse("[ Silver = 5; A = \"red\" ]"));
        assertEquals("10", MacroExpander.expand("$EVAL(Silver * 2)", set, c));
        assertEquals("red", MacroExpander.expand("$EVAL(A)", set, c));
    }

    @Test
    void substrFunction() {
        set.set("p", "/a/b/c.txt");
        assertEquals("a/b", x("$SUBSTR(p,1,3)"));
        assertEquals("txt", x("$SUBSTR(p,-3)"));
        assertEquals("", x("$SUBSTR(p,50)"));
    }

    @Test
    void choiceFunction() {
        set.set("l", "small,medium,large");
        set.set("k", "2");
        assertEquals("two", x("$CHOICE(1,one,two,three)"));
        assertEquals("large", x("$CHOICE(k,l)"));
        assertEquals("", x("$CHOICE(7,a,b)"));
        assertTrue(ctx.errors().contains("$CHOICE() config macro: index 7 is out of range!"));
    }

    @Test
    void randomChoiceAndInteger() {
        assertEquals("medium", x("$RANDOM_CHOICE(medium)"));
        String c = x("$RANDOM_CHOICE(aa,bb,cc)");
        assertTrue(c.equals("aa") || c.equals("bb") || c.equals("cc"));
        for (int i = 0; i < 20; i++) {
            int v = Integer.parseInt(x("$RANDOM_INTEGER(3,9,3)"));
            assertTrue(v == 3 || v == 6 || v == 9, "step 3 from 3 to 9: " + v);
        }
    }

    @Test
    void basenameAndDirname() {
        set.set("f", "/scratch/u/bin/solve.jl");
        assertEquals("solve.jl", x("$BASENAME(f)"));
        assertEquals("solve", x("$BASENAME(f,.jl)"));
        assertEquals("/scratch/u/bin/", x("$DIRNAME(f)"), "the trailing slash is kept");
        set.set("g", "HelloWorld");
        assertEquals("", x("$DIRNAME(g)"));
    }

    @Test
    void fileNameFunctionFlags() {
        set.set("f", "/a/b/c.txt");
        assertEquals("/a/b/", x("$Fp(f)"));
        assertEquals("c", x("$Fn(f)"));
        assertEquals(".txt", x("$Fx(f)"));
        assertEquals("c.txt", x("$Fnx(f)"));
        assertEquals("b/", x("$Fd(f)"));
        assertEquals("b", x("$Fdb(f)"));
        assertEquals("txt", x("$Fxb(f)"));
        assertEquals("\"/a/b/c.txt\"", x("$Fq(f)"));
        assertEquals("$fn(f)", x("$fn(f)"), "function names are upper case");
        assertEquals("c", x("$FN(f)"), "modifier letters may be any case");
    }

    @Test
    void selfReferenceExpandsAtDefinition() {
        MacroParser.parseConfig("color = red\ncolor = $(color) green\nsize = $(size) blue\n", "t", set, ctx);
        assertEquals("red green", set.lookup("color"));
        assertEquals(" blue", set.lookup("size"));
    }

    @Test
    void otherReferencesStayLazy() {
        MacroParser.parseConfig("a = $(b)\nb = 1\n", "t", set, ctx);
        assertEquals("$(b)", set.lookup("a"));
        assertEquals("1", x("$(a)"));
    }

    @Test
    void appendOperators() {
        MacroParser.parseConfig("a = red\na += green\nb = 3\nb +,= 7\nc = x\nc +&&= y\nd +,= first\n", "t", set, ctx);
        assertEquals("red green", set.lookup("a"));
        assertEquals("3,7", set.lookup("b"));
        assertEquals("x && y", set.lookup("c"));
        assertEquals("first", set.lookup("d"), "appending to nothing is a plain definition");
    }

    @Test
    void hereDocumentsDropBlankAndCommentLines() {
        MacroParser.parseConfig("T @=end\n  SET A 1\n\n  # note\n  SET B 2\n@end\n", "t", set, ctx);
        assertEquals("SET A 1\nSET B 2", set.lookup("T"));
    }

    @Test
    void continuationJoinsLines() {
        MacroParser.parseConfig("a = red \\\ngreen\n", "t", set, ctx);
        assertEquals("red green", set.lookup("a"));
    }

    @Test
    void commentInsideContinuationKeepsOnlyItsLastCharacter() {
        var lines = LineReader.readAll("SET B strcat(\"a\",\\\n# c\n\"b\")\n");
        assertEquals("SET B strcat(\"a\",c", lines.get(0).text(), "HTCondor's getline quirk");
        assertEquals("\"b\")", lines.get(1).text());
    }

    @Test
    void plusAttributeDefinesAMyMacroInSubmitMode() {
        MacroParser.Outcome o = MacroParser.parse(LineReader.readAll("+Alpha = \"blue\"\n-Beta = 1\n"), "t", set, ctx,
                MacroParser.Options.TRANSFORM, (l, n, s) -> null, 0);
        assertTrue(o.ok());
        assertEquals("\"blue\"", set.lookup("MY.Alpha"));
        assertEquals("", set.lookup("MY.Beta"));
    }

    @Test
    void checkpointRewinds() {
        set.set("a", "1");
        MacroSet.Checkpoint cp = set.checkpoint();
        set.set("b", "2");
        set.set("a", "3");
        set.rewind(cp);
        assertEquals("1", set.lookup("a"));
        assertFalse(set.lookup("b") != null);
    }
}
