package org.jclassad.transform.xform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.io.OldSyntaxWriter;
import org.junit.jupiter.api.Test;

/** One behaviour per test for each transform statement, with the HTCondor fact it pins. */
class StatementTest {
    static final String JOB = "[ ClusterId = 12; ProcId = 0; Owner = \"alice\"; Cmd = \"/opt/app/bin/run.sh\";"
            + " RequestCpus = 3; RequestMemory = 2048; Alpha = \"red\"; Bravo = 7 ]";

    static TransformResult run(String rules) {
        return run(rules, JOB);
    }

    static TransformResult run(String rules, String ad) {
        return Transformer.of(Transform.fromRulesText("rules.xform", rules)).apply(ClassAd.parse(ad));
    }

    static String attr(TransformResult r, String name) {
        assertFalse(r.failed(), "transform failed: " + r.failure());
        var e = r.ad().lookup(name);
        return e == null ? null : OldSyntaxWriter.unparse(e);
    }

    @Test
    void setStoresTheExpressionUnevaluated() {
        assertEquals("Bravo * 2 + RequestCpus", attr(run("SET NewBravo Bravo * 2 + RequestCpus\n"), "NewBravo"));
    }

    @Test
    void setSkipsALoneEqualsOrCommaSeparator() {
        TransformResult r = run("SET Bravo = 12\nSET Echo , \"green\"\n");
        assertEquals("12", attr(r, "Bravo"), "HTCondor skips a lone '=' token after the attribute");
        assertEquals("\"green\"", attr(r, "Echo"), "HTCondor skips a lone ',' token after the attribute");
    }

    @Test
    void setWithABadExpressionIsLoggedAndSkipped() {
        TransformResult r = run("SET Delta 3 +\nSET Ok 7\n");
        assertEquals("7", attr(r, "Ok"), "a bad SET does not fail the transform");
        assertNull(attr(r, "Delta"));
        assertEquals(List.of("ERROR: SET Delta invalid expression : 3 +\n"), r.errors());
    }

    @Test
    void setKeepsTheExistingSpellingOfAnAttribute() {
        TransformResult r = run("SET requestcpus 12\n");
        assertTrue(r.ad().attributes().stream().anyMatch(a -> a.name().equals("RequestCpus")));
        assertEquals("12", attr(r, "RequestCpus"));
    }

    @Test
    void defaultSetsOnlyAbsentAttributes() {
        TransformResult r = run("DEFAULT Alpha \"blue\"\nDEFAULT Delta \"green\"\n", "[ Alpha = \"red\" ]");
        assertEquals("\"red\"", attr(r, "Alpha"));
        assertEquals("\"green\"", attr(r, "Delta"));
    }

    @Test
    void defaultKeepsAnAttributeThatIsUndefined() {
        assertEquals("undefined", attr(run("DEFAULT Bravo 12\n", "[ Bravo = undefined ]"), "Bravo"),
                "HTCondor tests presence, not definedness (the docs say otherwise)");
    }

    @Test
    void evalsetStoresTheValue() {
        assertEquals("21", attr(run("EVALSET Delta RequestCpus * 7\n"), "Delta"));
    }

    @Test
    void evalsetEvaluatesBeforeWritingSoSelfReferencesWork() {
        assertEquals("14", attr(run("EVALSET Bravo Bravo * 2\n"), "Bravo"));
    }

    @Test
    void evalsetStoresUndefinedAndErrorAsLiterals() {
        TransformResult r = run("EVALSET U Missing + 1\nEVALSET E 1 / 0\n");
        assertEquals("undefined", attr(r, "U"));
        assertEquals("error", attr(r, "E"));
    }

    @Test
    void evalsetSeesTargetAsUndefined() {
        assertEquals("undefined", attr(run("EVALSET Echo TARGET.Bravo\n"), "Echo"));
    }

    @Test
    void evalsetThatDoesNotParseIsLogged() {
        TransformResult r = run("EVALSET Delta 3 *\n");
        assertEquals(List.of("ERROR: EVALSET Delta could not evaluate : 3 *\n"), r.errors());
    }

    @Test
    void evalmacroCapturesAStringRawAndOtherValuesUnparsed() {
        TransformResult r = run("EVALMACRO c Alpha\nEVALMACRO s RequestCpus > 1\nSET D \"$(c)-$(s)\"\n");
        assertEquals("\"red-true\"", attr(r, "D"));
    }

    @Test
    void copyCopiesTheExpressionAndIgnoresAMissingSource() {
        TransformResult r = run("SET D RequestCpus * 2\nCOPY D E\nCOPY Missing F\n");
        assertEquals("RequestCpus * 2", attr(r, "E"));
        assertNull(attr(r, "F"), "COPY of an absent attribute creates nothing");
    }

    @Test
    void copyToAnInvalidNameDoesNothing() {
        TransformResult r = run("COPY Alpha 1Bravo\n");
        assertNull(attr(r, "1Bravo"));
    }

    @Test
    void renameMovesAndCanChangeCase() {
        TransformResult r = run("RENAME Alpha ALPHA\n");
        assertTrue(r.ad().attributes().stream().anyMatch(a -> a.name().equals("ALPHA")));
    }

    @Test
    void renameOntoAnExistingNameKeepsThatSpelling() {
        TransformResult r = run("RENAME Alpha Target\nRENAME Bravo TARGET\n");
        assertTrue(r.ad().attributes().stream().anyMatch(a -> a.name().equals("Target")),
                "HTCondor swaps the value into the existing attribute, whose name keeps its first spelling");
        assertEquals("7", attr(r, "Target"));
    }

    @Test
    void regexRenamesCollidingInCaseKeepTheFirstSpelling() {
        TransformResult r = run("RENAME /^(x).$/ \\1Name\n", "[ xA = 1; XB = 2 ]");
        assertEquals(List.of("XName"), r.ad().attributes().stream().map(a -> a.name()).toList(),
                "matches are renamed in case-sensitive order (XB, then xA): xA's value lands under XB's new spelling");
        assertEquals("1", attr(r, "XName"));
    }

    @Test
    void evalmacroThatCannotBeEvaluatedIsLoggedAsAStep() {
        TransformResult r = run("EVALMACRO m Bravo ==\n");
        assertEquals(List.of("ERROR: EVALMACRO m could not evaluate : Bravo ==\n"), r.errors());
        assertEquals(List.of("EVALMACRO m to Bravo ==\n"), r.steps().stream().map(Step::trace).toList(),
                "the statement is logged before it is evaluated");
    }

    @Test
    void renameToAnInvalidNameIsLogged() {
        TransformResult r = run("RENAME Alpha Bad-Name\n");
        assertEquals("\"red\"", attr(r, "Alpha"));
        assertEquals(List.of("ERROR: RENAME Alpha new name Bad-Name is not valid\n"), r.errors());
    }

    @Test
    void deleteIgnoresCaseAndMissingAttributes() {
        TransformResult r = run("DELETE requestmemory\nDELETE Missing\n");
        assertNull(attr(r, "RequestMemory"));
    }

    @Test
    void regexCopySubstitutesGroups() {
        TransformResult r = run("COPY /^Request(.*)/ Asked\\1\n");
        assertEquals("3", attr(r, "AskedCpus"));
        assertEquals("2048", attr(r, "AskedMemory"));
    }

    @Test
    void regexIsAlwaysCaseless() {
        TransformResult r = run("DELETE /^requestCPUS/\n");
        assertNull(attr(r, "RequestCpus"));
    }

    @Test
    void regexUngreedyFlagMakesQuantifiersLazy() {
        TransformResult r = run("COPY /^Request(.*)/U U\\1\n");
        assertEquals("2048", attr(r, "U"), "(.*) matches nothing, the last name in sorted order wins");
    }

    @Test
    void regexMissingGroupStaysLiteralAndMakesAnInvalidName() {
        TransformResult r = run("RENAME /^RequestCpus$/ X\\1\n");
        assertEquals(List.of("ERROR: RENAME RequestCpus new name X\\1 is not valid\n"), r.errors());
    }

    @Test
    void regexThatDoesNotCompileIsLogged() {
        TransformResult r = run("DELETE /(Request/\nSET Ok 1\n");
        assertEquals("1", attr(r, "Ok"));
        assertEquals(1, r.errors().size());
    }

    @Test
    void nameRequirementsUniverseAndTransformAreHoisted() {
        Transform t = Transform.fromRulesText("r", "if false\nNAME Hidden\nREQUIREMENTS Bravo > 1000\nUNIVERSE grid\nendif\n");
        assertEquals("Hidden", t.name(), "hoisting ignores if branches");
        assertEquals("Bravo > 1000", t.requirementsText());
        assertEquals(9, t.universe());
    }

    @Test
    void requirementsGateTheTransform() {
        Transform t = Transform.fromRulesText("r", "REQUIREMENTS RequestCpus > 5\nSET D 1\n");
        TransformResult r = Transformer.of(t).apply(ClassAd.parse(JOB));
        assertNull(r.ad().lookup("D"), "a skipped ad passes unchanged");
    }

    @Test
    void requirementsAcceptNonZeroNumbers() {
        assertTrue(Transform.fromRulesText("r", "REQUIREMENTS Bravo\n").matches(ClassAd.parse(JOB)));
        assertFalse(Transform.fromRulesText("r", "REQUIREMENTS Alpha\n").matches(ClassAd.parse(JOB)));
    }

    @Test
    void transformCountIterates() {
        Transform t = Transform.fromRulesText("r", "SET D \"$(Step)\"\nTRANSFORM 3\n");
        TransformResult r = Transformer.of(t).apply(ClassAd.parse(JOB));
        assertEquals(3, r.ads().size());
        assertEquals("\"2\"", OldSyntaxWriter.unparse(r.ads().get(2).lookup("D")));
    }

    @Test
    void transformInListSetsTheLoopVariable() {
        Transform t = Transform.fromRulesText("r", "SET D \"$(color)\"\nTRANSFORM color in (red, green)\n");
        TransformResult r = Transformer.of(t).apply(ClassAd.parse(JOB));
        assertEquals(2, r.ads().size());
        assertEquals("\"green\"", OldSyntaxWriter.unparse(r.ads().get(1).lookup("D")));
    }

    @Test
    void transformFromInlineLinesSplitsVariables() {
        Transform t = Transform.fromRulesText("r",
                "SET D $(a)\nSET E \"$(b)\"\nTRANSFORM a, b from (\n3 red\n7 green and more\n)\n");
        TransformResult r = Transformer.of(t).apply(ClassAd.parse(JOB));
        assertEquals("\"green and more\"", OldSyntaxWriter.unparse(r.ads().get(1).lookup("E")),
                "the last variable takes the rest of the line");
    }

    @Test
    void stepLogRecordsAttributeFromAndTo() {
        TransformResult r = run("SET Bravo 12\n");
        Step s = r.steps().get(0);
        assertEquals("SET", s.keyword());
        assertEquals("Bravo", s.attribute());
        assertEquals("7", s.from());
        assertEquals("12", s.to());
        assertEquals("SET Bravo to 12\n", s.trace());
    }

    @Test
    void inputAdIsNotModified() {
        ClassAd in = ClassAd.parse(JOB);
        Transformer.of(Transform.fromRulesText("r", "DELETE Alpha\n")).apply(in);
        assertTrue(in.contains("Alpha"));
    }
}
