package org.jclassad.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.jclassad.ClassAd;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.io.AdStreamOptions;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;
import org.jclassad.io.SamplePool;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.StringValue;

/** Explaining the bundled CE jobs against the bundled pool snapshot, as of the snapshot's time. */
class ExplainerTest {
    /** The snapshot's LastHeardFrom: the slots' START expressions compare it with their retire times. */
    static final EvalOptions OPTIONS = EvalOptions.defaults().withClock(() -> 1_783_286_170_000L);
    static List<ClassAd> slots;
    static List<ClassAd> jobs;

    @BeforeAll
    static void load() throws IOException {
        slots = new ArrayList<>();
        for (ClassAd ad : SamplePool.ads()) {
            if (ad.evaluateAttr("MyType") instanceof StringValue
                    && ((StringValue) ad.evaluateAttr("MyType")).bytes().equals("Machine")) {
                slots.add(ad);
            }
        }
        jobs = new ArrayList<>();
        try (AdStreamReader r = AdStreams.open(Path.of("..", "examples", "jobs", "ce-jobs.ads"), null,
                AdStreamOptions.defaults())) {
            r.forEachRemaining(jobs::add);
        }
    }

    static ClassAd job(String id) {
        for (ClassAd j : jobs) {
            if (Explainer.jobId(j).equals(id)) {
                return j;
            }
        }
        throw new AssertionError("no job " + id);
    }

    @Test
    void countsAgreeWithTheMatchmaker() {
        for (ClassAd job : jobs) {
            Explanation e = Explainer.explain(job, slots, OPTIONS);
            assertEquals(143, e.slots());
            assertEquals(e.slots(), e.rejectedByJob() + e.rejectedBySlots() + e.matching());
            assertEquals(new Matchmaker(OPTIONS).match(job, slots).size(), e.matching(), e.jobId());
            for (Explanation.Condition c : e.conditions()) {
                assertEquals(e.slots(), c.matched() + c.rejected());
                assertTrue(c.alone() <= c.rejected());
            }
        }
    }

    @Test
    void smallOsgJob() {
        Explanation e = Explainer.explain(job("48230.000"), slots, OPTIONS);
        assertEquals(6, e.conditions().size());
        assertEquals("TARGET.Arch == \"X86_64\"", e.conditions().get(0).text());
        assertEquals(List.of("RequestDisk", "RequestMemory", "RequestCpus"),
                e.jobAttributes().stream().map(Explanation.Attribute::name).toList());
        assertEquals(39, e.rejectedByJob());
        // how many of the other 104 slots accept the job depends on functions in their START
        // (time(), stringListMember...), so only the split is checked here
        assertEquals(104, e.rejectedBySlots() + e.matching());
        assertTrue(e.matching() >= 75, "matching: " + e.matching());
        assertEquals(Explainer.MAX_NAMES, e.matchingSlots().size());
        assertTrue(e.format().contains(String.format("%5d slots match and are willing to run your job", e.matching())),
                e.format());
    }

    @Test
    void suggestionsForAnEl7OnlyJob() {
        Explanation e = Explainer.explain(job("48250.000"), slots, OPTIONS);
        assertEquals(0, e.matching());
        Explanation.Condition el7 = e.conditions().get(6);
        assertEquals("TARGET.OpSysMajorVer == 7", el7.text());
        List<Explanation.Suggestion> modify = e.suggestions().stream()
                .filter(s -> s.step() == 6 && s.action() == Explanation.Action.MODIFY).toList();
        assertEquals(2, modify.size());
        assertNull(modify.get(0).attribute(), "a constant of the condition");
        assertEquals("7", modify.get(0).current());
        assertEquals("8", modify.get(0).suggested(), "the closest version some slot has");
        assertEquals("9", modify.get(1).suggested(), "the version most slots have");
        assertTrue(modify.get(1).slots() > modify.get(0).slots());
        assertTrue(e.suggestions().stream().anyMatch(s -> s.step() == 6 && s.action() == Explanation.Action.REMOVE
                && s.slots() == el7.alone()));
    }

    @Test
    void bigCmsPilotGetsSmallerRequests() {
        Explanation e = Explainer.explain(job("48213.000"), slots, OPTIONS);
        Explanation.Suggestion memory = e.suggestions().stream()
                .filter(s -> "RequestMemory".equals(s.attribute())).findFirst().orElseThrow();
        assertEquals("16000", memory.current());
        assertTrue(Long.parseLong(memory.suggested()) < 16000);
        assertTrue(e.slotConditions().get(0).rejecting() > 100, "slots reject an 8-core job");
        assertEquals("TARGET.RequestCpus <= MY.Cpus", e.slotConditions().get(0).text());
    }

    @Test
    void conjunctsExpandReferencesToOwnAndExpressions() {
        ClassAd slot = ClassAd.parse("[ Requirements = START && (Fits); START = (a > 1) && (b < 2 && MY.c);"
                + " Fits = (TARGET.x <= MY.x); a = 2; b = 1; c = true; x = 5 ]");
        List<String> texts = Conjuncts.conjuncts(slot.lookup("Requirements"), slot).stream()
                .map(Unparser::oldSyntax).toList();
        assertEquals(List.of("a > 1", "b < 2", "MY.c", "Fits"), texts, "only && expressions are expanded");
    }

    @Test
    void jobWithoutRequirements() {
        ClassAd job = ClassAd.parse("[ ClusterId = 1; ProcId = 2 ]");
        Explanation e = Explainer.explain(job, slots, OPTIONS);
        assertNull(e.requirements());
        assertEquals(143, e.rejectedByJob());
        assertTrue(e.format().startsWith("Job 1.002 has no Requirements"), e.format());
    }
}
