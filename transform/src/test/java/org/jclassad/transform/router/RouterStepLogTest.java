package org.jclassad.transform.router;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jclassad.transform.conformance.ToolRun;
import org.junit.jupiter.api.Test;

/** What {@code -log-steps} shows of a transform's statements, as condor_job_router_info 25.14 does. */
class RouterStepLogTest {
    private static String logSteps(String routeBody) throws Exception {
        String config = "JOB_ROUTER_ROUTE_NAMES = A\nJOB_ROUTER_ROUTE_A @=rt\nUNIVERSE vanilla\nREQUIREMENTS true\n"
                + routeBody + "@rt\n";
        return ToolRun.route(config, RouterTest.jobs(1, ""), List.of("-route-jobs", "-", "-jobads", "-", "-log-steps"))
                .stdout();
    }

    @Test
    void longStatementLinesArePrintedAsTheyAre() throws Exception {
        String value = "\"" + "x".repeat(170) + "\"";
        String out = logSteps("SET Long " + value + "\nEVALSET Short strcat(\"a\", \"" + "y".repeat(140) + "\")\n");
        assertTrue(out.contains("\tApplying route: A\nSET Long to " + value + "\n"),
                "the engine writes its step lines itself: no blank line before a long one (unlike router log lines): " + out);
        assertTrue(out.contains("\nEVALSET Short to strcat(\"a\", \"" + "y".repeat(140) + "\")\n    SET Short to a"), out);
    }

    @Test
    void anEvalmacroThatCannotBeEvaluatedIsStillLogged() throws Exception {
        String out = logSteps("EVALMACRO big $(NoSuchMacro) == 5\nSET After 1\n");
        assertTrue(out.contains("\nEVALMACRO big to  == 5\nSET After to 1\n"),
                "HTCondor logs the statement before evaluating it: " + out);
        assertFalse(out.contains("big = "), out);
    }
}
