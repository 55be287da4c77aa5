package org.jclassad.transform.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jclassad.ClassAd;
import org.jclassad.io.ClassAds;

/** The example in {@link JobRouter}'s Javadoc, run; and routed ads as objects, with their step logs. */
class RouterApiExampleTest {

    @Test
    void theJavadocExample() {
        List<String> printed = new ArrayList<>();
        // --- as in the Javadoc, System.out.println replaced by printed::add
        RouterConfig config = ConfigLayer.parse("""
                JOB_ROUTER_ROUTE_NAMES = Local
                JOB_ROUTER_ROUTE_Local @=end
                  UNIVERSE VANILLA
                  REQUIREMENTS Owner == "alice"
                  SET Queue "short"
                @end
                """);
        JobRouter router = new JobRouter(config, RouterOptions.defaults());
        ClassAd job = ClassAds.parseOld("ClusterId = 1\nProcId = 0\nJobStatus = 1\nOwner = \"alice\"\nJobUniverse = 5\n");
        RoutingSummary summary = router.route(List.of(job).iterator(), routing -> {
            if (routing.outcome() == Routing.Outcome.ROUTED) {
                printed.add(routing.jobKey() + " -> " + routing.route() + ": " + routing.routed().evaluateAttr("Queue"));
            }
        });
        // ---
        assertEquals(List.of("1.0 -> Local: \"short\""), printed);
        assertEquals(Map.of("Local", 1L), summary.perRoute());
    }

    @Test
    void everyJobsFateWithItsStepLog() {
        RouterConfig config = ConfigLayer.parse("""
                JOB_ROUTER_ROUTE_NAMES = A
                JOB_ROUTER_ROUTE_A @=end
                  UNIVERSE VANILLA
                  REQUIREMENTS Want == true
                  SET Via = "A"
                @end
                """);
        JobRouter router = new JobRouter(config, RouterOptions.defaults().withLogSteps(true));
        List<ClassAd> jobs = List.of(
                ClassAds.parseOld("ClusterId = 1\nProcId = 0\nJobStatus = 1\nOwner = \"a\"\nJobUniverse = 5\nWant = true\n"),
                ClassAds.parseOld("ClusterId = 1\nProcId = 1\nJobStatus = 2\nOwner = \"a\"\nJobUniverse = 5\nWant = true\n"),
                ClassAds.parseOld("Owner = \"not a job\"\n"));
        List<Routing> fates = new ArrayList<>();
        RoutingSummary summary = router.route(jobs.iterator(), fates::add);
        assertEquals(3, fates.size());
        Routing routed = fates.get(0);
        assertEquals(Routing.Outcome.ROUTED, routed.outcome());
        assertEquals("\"A\"", routed.routed().evaluateAttr("Via").toString());
        assertTrue(String.join("", routed.steps()).contains("Applying route: A"), routed.steps().toString());
        assertEquals(Routing.Outcome.NOT_A_CANDIDATE, fates.get(1).outcome());
        assertEquals("JobStatus is 2, not 1 (idle)", fates.get(1).reason());
        assertTrue(fates.get(1).steps().isEmpty() || !String.join("", fates.get(1).steps()).contains("Applying"));
        assertEquals(Routing.Outcome.NOT_A_JOB, fates.get(2).outcome());
        assertEquals(3, summary.jobsRead());
        assertEquals(1, summary.routed());
        assertEquals(1, summary.notJobs());
        assertEquals(Map.of("JobStatus is 2, not 1 (idle)", 1L), summary.unrouted());
    }
}
