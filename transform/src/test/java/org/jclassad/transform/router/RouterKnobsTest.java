package org.jclassad.transform.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jclassad.transform.conformance.ToolRun;
import org.junit.jupiter.api.Test;

/**
 * The router's own knobs as condor_job_router_info 25.14 reads them: HTCondor's {@code param()}
 * (a knob set to nothing is not set), numbers and truth values that may be expressions, the
 * destination schedd, a router name that must not be empty, and what {@code -config} shows.
 */
class RouterKnobsTest {
    private static final String ROUTE_A = "JOB_ROUTER_ROUTE_NAMES = A\nJOB_ROUTER_ROUTE_A @=rt\nUNIVERSE vanilla\n"
            + "REQUIREMENTS true\nSET Via \"A\"\n@rt\n";

    private static ToolRun.Outcome route(String config, String jobs, String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("-route-jobs", "-", "-jobads", "-"));
        args.addAll(List.of(extra));
        return ToolRun.route(config, jobs, args);
    }

    @Test
    void routedJobsAreSubmittedToTheConfiguredScheddAndPool() throws Exception {
        String config = ROUTE_A + "JOB_ROUTER_SCHEDD2_NAME = $(FULL_HOSTNAME)\n"
                + "JOB_ROUTER_SCHEDD2_POOL = $(FULL_HOSTNAME):9618\n";
        ToolRun.Outcome o = route(config, RouterTest.jobs(1, ""));
        assertTrue(o.stdout().contains("submit_job as alice@ to schedd ce.example.org at pool ce.example.org:9618:\n"),
                "HTCondor names the SCHEDD2 destination 'schedd NAME at pool POOL': " + o.stdout());
    }

    @Test
    void aPoolWithoutANameIsStillNamed() throws Exception {
        ToolRun.Outcome o = route(ROUTE_A + "JOB_ROUTER_SCHEDD2_POOL = cm.example.org\n", RouterTest.jobs(1, ""));
        assertTrue(o.stdout().contains("submit_job as alice@ to local schedd at pool cm.example.org:\n"), o.stdout());
    }

    @Test
    void withoutScheddKnobsJobsGoToTheLocalSchedd() throws Exception {
        ToolRun.Outcome o = route(ROUTE_A + "JOB_ROUTER_SCHEDD2_NAME =\n", RouterTest.jobs(1, ""));
        assertTrue(o.stdout().contains("submit_job as alice@ to local schedd:\n"),
                "an empty JOB_ROUTER_SCHEDD2_NAME is no name: " + o.stdout());
    }

    @Test
    void anEmptySourceConstraintDoesNotMakeRequirementsOptional() throws Exception {
        String config = "JOB_ROUTER_SOURCE_JOB_CONSTRAINT =\nJOB_ROUTER_ROUTE_NAMES = A\n"
                + "JOB_ROUTER_ROUTE_A @=rt\nUNIVERSE vanilla\nSET Via \"A\"\n@rt\n";
        ToolRun.Outcome o = route(config, RouterTest.jobs(1, ""));
        assertFalse(o.stdout().contains("submit_job"),
                "param() treats a knob set to nothing as unset, so a route without REQUIREMENTS is rejected: " + o.stdout());
    }

    @Test
    void integerKnobsMayBeExpressions() throws Exception {
        ToolRun.Outcome o = route(ROUTE_A + "JOB_ROUTER_MAX_JOBS = 4 - 3\n", RouterTest.jobs(3, ""));
        assertEquals(1, o.stdout().split("submit_job", -1).length - 1, "param_integer evaluates '4 - 3': " + o.stdout());
    }

    @Test
    void yesIsNotATruthValueForTheRouter() throws Exception {
        String config = RouterTest.newRoutes("JOB_ROUTER_ROUND_ROBIN_SELECTION = yes\n", "A:true", "B:true");
        ToolRun.Outcome o = route(config, RouterTest.jobs(2, ""));
        assertEquals(2, o.stdout().split("Via = \"A\"", -1).length - 1,
                "param_boolean reads 'yes' as an undefined reference, so the default (first match) applies: " + o.stdout());
    }

    @Test
    void anEmptyRouterNameStopsTheToolBeforeItPrintsAnything() throws Exception {
        ToolRun.Outcome o = route(ROUTE_A + "JOB_ROUTER_NAME =\n", RouterTest.jobs(1, ""));
        assertEquals(4, o.exit(), "HTCondor raises 'JOB_ROUTER_NAME must not be empty' (exit 4)");
        assertEquals("", o.stdout());
        assertTrue(o.stderr().contains("JOB_ROUTER_NAME must not be empty"), o.stderr());
    }

    @Test
    void configOfADisabledRouterStillListsItsTransforms() throws Exception {
        String config = "JOB_ROUTER_TRANSFORM_Pre @=jrt\nSET RoutedJob true\n@jrt\n"
                + "JOB_ROUTER_PRE_ROUTE_TRANSFORM_NAMES = Pre\n"
                + "JOB_ROUTER_ENTRIES = [ Name = \"X\"; TargetUniverse = 5; ]\n";
        ToolRun.Outcome o = ToolRun.route(config, "", List.of("-config"));
        assertEquals("\n\nPre-Route Transform : Pre\n\tNAME Pre\n\tSET RoutedJob true\n\n"
                + "\nWARNING: JOB_ROUTER_ENTRIES are no longer supported. New configuration syntax for the job router"
                + " is defined using JOB_ROUTER_ROUTE_NAMES and JOB_ROUTER_ROUTE_<name>.\n", o.stdout(),
                "without JOB_ROUTER_ROUTE_NAMES there is no routing table, but the loaded transforms are shown");
    }

    @Test
    void aConfigurationHTCondorRefusesEndsTheRunWithExitOne() throws Exception {
        ToolRun.Outcome o = route(ROUTE_A + "JOB_ROUTER_ROUTE_B @jrt\n", RouterTest.jobs(1, ""));
        assertEquals(1, o.exit());
        assertEquals("", o.stdout(), "nothing is printed on stdout");
        assertTrue(o.stderr().startsWith("Configuration Error Line 9 while reading config source ")
                && o.stderr().contains("condor_config\n"), o.stderr());
    }

    @Test
    void aJobWithoutJobUniverseStopsTheRouterAfterTheJobsBeforeIt() throws Exception {
        String jobs = RouterTest.jobs(1, "") + "ClusterId = 901\nProcId = 0\nJobStatus = 1\nOwner = \"bob\"\n\n"
                + RouterTest.jobs(1, "").replace("ClusterId = 900", "ClusterId = 902");
        ToolRun.Outcome o = route(ROUTE_A, jobs);
        assertEquals(4, o.exit(), "VanillaToGrid raises an exception in HTCondor: exit 4");
        assertEquals(1, o.stdout().split("submit_job", -1).length - 1, "job 900 was routed before: " + o.stdout());
        assertTrue(o.stdout().endsWith("\nERROR \"VanillaToGrid: job ad lacks universe\"\n"), o.stdout());
    }

    @Test
    void underLogStepsEveryCandidateIsChosenBeforeTheException() throws Exception {
        String jobs = "ClusterId = 901\nProcId = 0\nJobStatus = 1\nOwner = \"bob\"\n\n" + RouterTest.jobs(1, "");
        ToolRun.Outcome o = route(ROUTE_A, jobs, "-log-steps");
        assertEquals(4, o.exit());
        assertTrue(o.stdout().contains("Found candidate job src=900.0,route=A\n2 candidate jobs found\n"), o.stdout());
        assertFalse(o.stdout().contains("submit_job"), o.stdout());
    }

    @Test
    void anUnparsableSourceConstraintStopsTheRouter() throws Exception {
        ToolRun.Outcome o = route("JOB_ROUTER_SOURCE_JOB_CONSTRAINT = JobUniverse ==\n" + ROUTE_A, RouterTest.jobs(1, ""));
        assertEquals(4, o.exit());
        assertTrue(o.stdout().startsWith("\nMatching jobs against routes to find candidate jobs.\n\nERROR \"JobRouter: "
                + "Failed to parse umbrella constraint: (JobUniverse ==) && "), o.stdout());
    }

    @Test
    void aJobThatWouldSendAnIdtokenIsNotRouted() throws Exception {
        ToolRun.Outcome none = route(ROUTE_A + "JOB_ROUTER_SEND_ROUTE_IDTOKENS = pilot\n", RouterTest.jobs(1, ""), "-log-steps");
        assertFalse(none.stdout().contains("submit_job"), "offline no IDTOKEN exists: " + none.stdout());
        assertTrue(none.stdout().contains("failure (src=900.0,route=A): unknown IDTOKEN pilot\n"), none.stdout());
        String declaredEmpty = ROUTE_A.replace("SET Via \"A\"\n", "SET Via \"A\"\nSendIDTokens =\n");
        ToolRun.Outcome routed = route(declaredEmpty + "JOB_ROUTER_SEND_ROUTE_IDTOKENS = pilot\n", RouterTest.jobs(1, ""));
        assertTrue(routed.stdout().contains("submit_job"), "a route declaring SendIDTokens empty sends none: "
                + routed.stdout());
    }
}
