package org.jclassad.reliability;

import static org.jclassad.reliability.Inputs.jclassad;
import static org.jclassad.reliability.Inputs.sized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.cli.Batch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reproducers at their own sizes, through the API and the command-line tools: long
 * chains and huge literals parse in bounded memory and time, and whatever comes after them is still
 * answered.
 */
class HugeInputsTest {
    private static final int MILLION = 1_000_000;

    @Test
    void subscriptChainOfFourMegabytesInAnAdThroughEvalFile(@TempDir Path dir) throws IOException {
        Path ad = dir.resolve("chain.ad");
        Files.writeString(ad, sized("[ y = {1}; x = y", "[0]", " ]\n", 4 << 20));
        Inputs.Run run = jclassad("eval", "-quiet", "-file", ad.toString(), "x", "y[0]");
        assertEquals(0, run.code(), run.errTail());
        assertEquals("error\n1\n", run.outTail(), "the chain is deeper than evaluation allows (HTCondor: 400 levels)");
    }

    @Test
    void millionTermLogicalAndThroughTheApi() {
        ClassAd ad = ClassAd.parse(sized("[ x = true", " && true", " ]", 8 << 20));
        assertEquals("error", ad.evaluateAttr("x").toString(), "HTCondor's evaluation depth stops a chain this long");
    }

    @Test
    void twoMegabyteListOnABatchLineIsAnsweredAndSoIsTheNextLine() throws IOException {
        String list = sized("size({1", ",1", "})", 2 << 20);
        StringWriter out = new StringWriter();
        new Batch(ZoneOffset.UTC).run(new BufferedReader(new StringReader(
                "{\"id\":1,\"op\":\"eval\",\"expr\":\"" + list + "\"}\n{\"id\":2,\"op\":\"eval\",\"expr\":\"1 + 1\"}\n")), out);
        List<String> answers = out.toString().lines().toList();
        assertEquals(List.of("{\"ok\":true,\"value\":\"" + (list.length() - 7) / 2 + "\",\"type\":\"integer\",\"id\":1}",
                "{\"ok\":true,\"value\":\"2\",\"type\":\"integer\",\"id\":2}"), answers);
    }

    @Test
    void expressionOverTheParseBudgetIsAParseErrorInBatch() throws IOException {
        StringWriter out = new StringWriter();
        new Batch(ZoneOffset.UTC).run(new BufferedReader(new StringReader(
                "{\"id\":1,\"op\":\"parse_expr\",\"expr\":\"" + sized("1", " + 1", "", 17 << 20) + "\"}\n"
                        + "{\"id\":2,\"op\":\"eval\",\"expr\":\"2\"}\n")), out);
        assertEquals(List.of("{\"ok\":false,\"error\":\"parse\",\"id\":1}",
                "{\"ok\":true,\"value\":\"2\",\"type\":\"integer\",\"id\":2}"), out.toString().lines().toList());
    }

    @Test
    void millionElementList() {
        assertEquals(String.valueOf(MILLION), new ClassAd().evaluate(
                "size({" + "1,".repeat(MILLION - 1) + "1})").toString());
    }

    @Test
    void millionArgumentStrcat() {
        assertEquals(String.valueOf(MILLION), new ClassAd().evaluate(
                "size(strcat(" + "\"a\",".repeat(MILLION - 1) + "\"a\"))").toString());
    }

    @Test
    void millionAttributeNewSyntaxAd() {
        StringBuilder s = new StringBuilder("[ a0 = 0");
        for (int i = 1; i < MILLION; i++) {
            s.append("; a").append(i).append(" = ").append(i);
        }
        String text = s.append(" ]").toString();
        assertEquals("text of 17777782 characters is longer than the limit of 16777216 (ParseOptions.maxChars)",
                assertThrows(org.jclassad.parse.ParseException.class, () -> ClassAd.parse(text)).reason(),
                "over the default parse budget: a clean error");
        ClassAd ad = ClassAd.parse(text, org.jclassad.parse.ParseOptions.defaults().withMaxChars(32 << 20));
        assertEquals(MILLION, ad.size());
        assertEquals("999999", ad.evaluateAttr("a999999").toString());
    }

    @Test
    void fifteenMegabyteLongFormAdInMatchLeavesTheOtherJobsMatched(@TempDir Path dir) throws IOException {
        String good = "Requirements = TARGET.Memory > 100\nRank = 1\n\n";
        String huge = "Requirements = " + sized("TARGET.Memory > 1", " && TARGET.Memory > 1", "", 15_500_000) + "\n\n";
        Path jobs = dir.resolve("jobs.ads");
        Files.writeString(jobs, "JobId = 1\n" + good + "JobId = 2\n" + huge + "JobId = 3\n" + good + "JobId = 4\n" + good);
        Path slots = dir.resolve("slots.ads");
        Files.writeString(slots, "Name = \"slot1\"\nMemory = 4096\nRequirements = true\nRank = 0\n\n");
        Inputs.Run run = jclassad("match", "--skip-malformed", jobs.toString(), slots.toString());
        assertEquals(0, run.code(), run.errTail());
        assertTrue(run.outTail().contains("3 of 4 jobs match at least one of 1 slots"), run.outTail());
    }

    @Test
    void longFormAdOverTheAdBudgetIsReportedAndTheNextAdsAreRead(@TempDir Path dir) throws IOException {
        StringBuilder huge = new StringBuilder("JobId = 2\n");
        while (huge.length() < (17 << 20)) {
            huge.append("A").append(huge.length()).append(" = \"").append("x".repeat(200)).append("\"\n");
        }
        Path jobs = dir.resolve("jobs.ads");
        String good = "Requirements = TARGET.Memory > 100\nRank = 1\n\n";
        Files.writeString(jobs, "JobId = 1\n" + good + huge + "\nJobId = 3\n" + good);
        Path slots = dir.resolve("slots.ads");
        Files.writeString(slots, "Name = \"slot1\"\nMemory = 4096\nRequirements = true\nRank = 0\n\n");
        Inputs.Run run = jclassad("match", "--skip-malformed", jobs.toString(), slots.toString());
        assertEquals(3, run.code(), "finished, one malformed ad skipped: " + run.errTail());
        assertTrue(run.errTail().contains("(ad 2)"), run.errTail());
        assertTrue(run.errTail().contains("longer than"), run.errTail());
        assertTrue(run.outTail().contains("2 of 2 jobs match"), run.outTail());
    }
}
