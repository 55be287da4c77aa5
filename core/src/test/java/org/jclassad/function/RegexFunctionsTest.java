package org.jclassad.function;

import static org.jclassad.TestSupport.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RegexFunctionsTest {
    @Test
    void regexpSearchesUnanchored() {
        assertEquals("true", eval("regexp(\"b\", \"abc\")"));
        assertEquals("true", eval("regexp(\"\", \"\")"));
        assertEquals("false", eval("regexp(\"a\", \"\")"));
    }

    @Test
    void patternsMatchBytesNotCharacters() {
        assertEquals("true", eval("regexp(\".\", \"é\")"));
        assertEquals("false", eval("regexp(\"^.$\", \"é\")"), "é is two bytes");
    }

    @Test
    void onlyLowerCaseOptionLettersCount() {
        assertEquals("true", eval("regexp(\"x\", \"X\", \"sim\")"));
        assertEquals("false", eval("regexp(\"^a.*z$\", \"AbcZ\", \"I\")"));
        assertEquals("true", eval("regexp(\"^a$\", \"x\\na\", \"m\")"));
        assertEquals("true", eval("regexp(\"a b\", \"ab\", \"x\")"));
    }

    @Test
    void regexpChecksErrorThenUndefinedThenTypes() {
        assertEquals("error", eval("regexp(error, undefined)"));
        assertEquals("undefined", eval("regexp(\"a\", undefined)"));
        assertEquals("error", eval("regexp(1, \"1\")"), "no conversion to string");
        assertEquals("error", eval("regexp(\"a\", \"b\", \"c\", \"d\")"));
    }

    @Test
    void invalidPatternsAreErrors() {
        assertEquals("error", eval("regexp(\"(\", \"a\")"));
        assertEquals("error", eval("regexp(\"a\\\\K\", \"a\")"), "\\K cannot be expressed");
        assertEquals("error", eval("regexp(\"(?R)\", \"a\")"), "recursion cannot be expressed");
    }

    @Test
    void pcreSyntaxThatJavaReadsDifferentlyIsTranslated() {
        assertEquals("false", eval("regexp(\"[[:alpha:]]+\", \"123\")"));
        assertEquals("true", eval("regexp(\"^[[:digit:]]+$\", \"123\")"));
        assertEquals("true", eval("regexp(\"a{\", \"a{\")"), "a brace that is no quantifier is literal");
        assertEquals("true", eval("regexp(\"[]a]\", \"]\")"), "] first in a class is literal");
        assertEquals("true", eval("regexp(\"^[a[]$\", \"[\")"));
        assertEquals("true", eval("regexp(\"^\\\\x41$\", \"A\")"));
        assertEquals("true", eval("regexp(\"(?#comment)b\", \"b\")"));
        assertEquals("true", eval("regexp(\"(?P<word>a)(?P=word)\", \"aa\")"));
    }

    @Test
    void wordBoundariesUseAsciiWordCharacters() {
        assertEquals("true", eval("regexp(\"\\\\bx\", \"éx\")"), "é's bytes are not word characters");
    }

    @Test
    void extendedModeKeepsSpaceInsideClasses() {
        assertEquals("true", eval("regexp(\"a[ ]b # comment\", \"a b\", \"x\")"));
    }

    @Test
    void runawayBacktrackingIsAnError() {
        assertEquals("error", eval("regexp(\"^(.*a){20}x\", \"" + "a".repeat(40) + "\")"),
                "like PCRE2's match limit");
    }

    @Test
    void regexpMemberReportsUndefinedOnlyWhenNothingMatches() {
        assertEquals("undefined", eval("regexpMember(\"b\", {\"x\", undefined})"));
        assertEquals("true", eval("regexpMember(\"b\", {undefined, \"abc\"})"));
        assertEquals("error", eval("regexpMember(\"b\", {1, \"abc\"})"));
        assertEquals("true", eval("regexpMember(\"b\", {\"abc\", 1})"));
    }

    @Test
    void regexpMemberIgnoresAnInvalidPattern() {
        assertEquals("false", eval("regexpMember(\"(\", {\"abc\"})"));
    }

    @Test
    void regexpsReturnsOnlyTheSubstitutions() {
        assertEquals("\"host:bob\"", eval("regexps(\"(\\\\w+)@(\\\\w+)\", \"bob@host\", \"\\\\2:\\\\1\")"));
        assertEquals("\"ooo\"", eval("regexps(\"a\", \"banana\", \"o\", \"g\")"));
        assertEquals("\"\"", eval("regexps(\"B\", \"abc\", \"X\", \"I\")"));
    }

    @Test
    void replaceAndReplaceAllKeepTheRestOfTheTarget() {
        assertEquals("\"bonana\"", eval("replace(\"a\", \"banana\", \"o\")"));
        assertEquals("\"bonono\"", eval("replaceAll(\"a\", \"banana\", \"o\")"));
        assertEquals("\"abc\"", eval("replace(\"x\", \"abc\", \"y\")"));
        assertEquals("\"dctn\"", eval("replaceAll(\"[aeiou]\", \"education\", \"\")"));
    }

    @Test
    void backReferencesAreOneDigit() {
        assertEquals("\"aaaaaa\"", eval("replaceAll(\"a\", \"aaa\", \"\\\\0\\\\0\")"));
        assertEquals("\"x\\\\y\"", eval("regexps(\"b\", \"b\", \"x\\\\y\")"), "other backslashes are copied");
    }

    @Test
    void referencingAGroupThatDidNotTakePartLastIsError() {
        assertEquals("error", eval("regexps(\"a(b)?c\", \"xacx\", \"[\\\\1]\")"));
        assertEquals("\"[|b]\"", eval("regexps(\"(a)|(b)\", \"b\", \"[\\\\1|\\\\2]\")"));
    }

    @Test
    void globalSubstitutionRetriesNonEmptyAfterAnEmptyMatch() {
        assertEquals("\"-a\"", eval("regexps(\"^\", \"abc\", \"-\", \"g\")"));
        assertEquals("\"-abc\"", eval("regexps(\"^\", \"abc\", \"-\", \"fg\")"));
        assertEquals("\"a-bc\"", eval("replaceAll(\"(?=b)\", \"abc\", \"-\")"));
    }

    @Test
    void globalSubstitutionWithAnEmptyMatchAtTheEndIsError() {
        assertEquals("error", eval("replaceAll(\"x*\", \"abc\", \"-\")"));
        assertEquals("error", eval("replaceAll(\"$\", \"abc\", \"-\")"));
        assertEquals("error", eval("replaceAll(\"x*\", \"\", \"-\")"));
        assertEquals("\"-abc\"", eval("replace(\"x*\", \"abc\", \"-\")"));
        assertEquals("\"abc-\"", eval("regexps(\"$\", \"abc\", \"-\", \"f\")"));
    }
}
