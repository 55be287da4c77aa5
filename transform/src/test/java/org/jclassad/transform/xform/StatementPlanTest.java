package org.jclassad.transform.xform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.transform.config.LineReader;
import org.jclassad.transform.config.MacroParser;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A plain body is read once and run per ad ({@link Transform#statementPlan}); the same lines read
 * through the config layer for every ad must give the same ads, failures, errors and steps. A body
 * wrapped in {@code if true} … {@code endif} is never planned, which gives the reference.
 */
class StatementPlanTest {
    private static final String AD = "[ Alpha = \"red\"; Bravo = 7; Owner = \"alice\"; Cmd = \"/bin/x\"; Zulu = 1;"
            + " RequestCpus = 3; Yankee = Bravo * 2; x509UserProxyVOName = \"cms\" ]";

    @Provide
    Arbitrary<String> line() {
        Arbitrary<String> keyword = Arbitraries.of("SET", "set", "Default", "EVALSET", "EVALMACRO", "COPY", "RENAME",
                "DELETE", "NAME", "UNIVERSE", "REQUIREMENTS", "TRANSFORM", "BOGUS", "Include", "error", "use");
        Arbitrary<String> word = Arbitraries.of("Alpha", "Bravo", "Owner", "Cmd", "New", "\"quoted word\"", "'q'",
                "/^(B.*)$/", "/^A/i", "/bad/z", "Alpha,", "Bravo=", "$(MY.Owner)", "$(X)", "1", "Bravo + 1",
                "strcat(\"a\", Owner)", "=", ",", ":", "@", "+=", "");
        Arbitrary<String> gap = Arbitraries.of(" ", "  ", "\t", " = ", ", ", " : ");
        Arbitrary<String> statement = Combinators.combine(keyword, gap, word, gap, word, word)
                .as((k, g1, a, g2, b, c) -> (k + g1 + a + g2 + b + " " + c).stripTrailing());
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, statement),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("# a comment", "", "   ", "X = Bravo", "X = $(X) more",
                        "TRANSFORM", "SET Delta $(X)", "EVALMACRO M Bravo * 3", "SET Echo $(M)", "  SET Indented 1")));
    }

    @Provide
    Arbitrary<List<String>> bodies() {
        return line().list().ofMaxSize(7);
    }

    @Property(tries = 500)
    void aPlannedBodyRunsAsTheConfigLayerRunsIt(@ForAll("bodies") List<String> body) {
        String plain = "# the line the reference uses for its if\n" + String.join("\n", body) + "\n# end\n";
        String wrapped = "if true\n" + String.join("\n", body) + "\nendif\n";
        TransformResult planned = run(plain);
        TransformResult reference = run(wrapped);
        assertEquals(describe(reference), describe(planned), "body:\n" + String.join("\n", body));
    }

    private static TransformResult run(String rules) {
        Transform t;
        try {
            t = Transform.fromRulesText("plan", rules);
        } catch (TransformLoadException e) {
            return new TransformResult(List.of(), true, "load: " + e.getMessage(), List.of(), List.of());
        }
        List<Step> steps = new ArrayList<>();
        TransformResult r = Transformer.of(t).apply(ClassAd.parse(AD), new TransformListener() {
            @Override
            public void step(Step step) {
                steps.add(step);
            }
        }, ad -> { });
        return new TransformResult(r.ads(), r.failed(), r.failure(), steps, r.errors());
    }

    private static String describe(TransformResult r) {
        List<String> ads = new ArrayList<>();
        for (ClassAd ad : r.ads()) {
            ads.add(ad.toString());
        }
        return "ads=" + ads + "\nfailed=" + r.failed() + "\nfailure=" + r.failure() + "\nerrors=" + r.errors()
                + "\nsteps=" + r.steps();
    }

    @Test
    void onlyBodiesOfStatementsArePlanned() {
        assertNotNull(plan("SET A 1\n# note\n\nDELETE B\nRENAME C, D\nCOPY /x/ y\nNAME n\n"));
        assertNull(plan("X = 1\nSET A $(X)\n"), "a definition");
        assertNull(plan("if true\nSET A 1\nendif\n"), "an if");
        assertNull(plan("SET A 1\nerror : stop\n"), "an error line");
        assertNull(plan("SET A 1\ninclude : file\n"), "an include");
        assertNull(plan("A @=end\nx\n@end\n"), "a here-document");
    }

    private static List<LineReader.Line> plan(String text) {
        List<LineReader.Line> lines = new ArrayList<>();
        int n = 0;
        for (String l : text.split("\n", -1)) {
            lines.add(new LineReader.Line(l, ++n, n));
        }
        return MacroParser.plainStatements(lines);
    }
}
