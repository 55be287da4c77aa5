package org.jclassad.transform.router;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jclassad.transform.conformance.Corpus;
import org.jclassad.transform.conformance.ToolRun;
import org.junit.jupiter.api.Test;

/**
 * Runs every {@code op:"route"} case of the shared conformance corpus
 * ({@code ../shared/conformance/transforms.jsonl}, recorded from condor_job_router_info 25.14)
 * three ways, as it was recorded: {@code -route-jobs - -jobads jobs.ads}, the same with
 * {@code -log-steps}, and {@code -config}; compares exit codes and stdout byte for byte and
 * reports pass counts per tag. Skipped when the corpus is not there.
 */
class RouteConformanceTest {
    @Test
    @SuppressWarnings("unchecked")
    void everyRouteCase() throws Exception {
        Path dir = Corpus.directory();
        assumeTrue(dir != null, "SKIP: ../shared/conformance/transforms.jsonl not found above " + Path.of("").toAbsolutePath());
        Path file = dir.resolve("transforms.jsonl");
        Map<String, int[]> perTag = new TreeMap<>();
        int[] total = new int[6];
        List<String> failures = new ArrayList<>();
        for (Map<String, Object> c : Corpus.read(file)) {
            if (!"route".equals(c.get("op"))) {
                continue;
            }
            String id = (String) c.get("id");
            Map<String, Object> exp = (Map<String, Object>) c.get("expect");
            List<String> extra = new ArrayList<>();
            if (c.get("args") != null) {
                for (Object a : (List<Object>) c.get("args")) {
                    extra.add((String) a);
                }
            }
            String config = (String) c.get("config");
            String jobs = (String) c.get("jobads");

            List<String> a1 = new ArrayList<>(List.of("-route-jobs", "-", "-jobads", "-"));
            a1.addAll(extra);
            ToolRun.Outcome r1 = ToolRun.route(config, jobs, a1);
            boolean ok1 = r1.exit() == ((Long) exp.get("exit")).intValue() && r1.stdout().equals(exp.get("stdout"));

            List<String> a2 = new ArrayList<>(a1);
            a2.add("-log-steps");
            ToolRun.Outcome r2 = ToolRun.route(config, jobs, a2);
            boolean ok2 = r2.exit() == ((Long) exp.get("log_steps_exit")).intValue()
                    && r2.stdout().equals(exp.get("log_steps_stdout"));

            ToolRun.Outcome r3 = ToolRun.route(config, jobs, List.of("-config"));
            boolean ok3 = r3.stdout().equals(exp.get("config_stdout"));

            total[0] += ok1 ? 1 : 0;
            total[1] += ok2 ? 1 : 0;
            total[2] += ok3 ? 1 : 0;
            total[3]++;
            for (Object t : (List<Object>) c.get("tags")) {
                int[] n = perTag.computeIfAbsent((String) t, k -> new int[4]);
                n[0] += ok1 ? 1 : 0;
                n[1] += ok2 ? 1 : 0;
                n[2] += ok3 ? 1 : 0;
                n[3]++;
            }
            if (!(ok1 && ok2 && ok3)) {
                failures.add(id + (ok1 ? "" : " route-jobs") + (ok2 ? "" : " log-steps") + (ok3 ? "" : " config"));
            }
        }
        StringBuilder report = new StringBuilder("route conformance (route-jobs / log-steps / config of N):\n");
        report.append(String.format("  %-16s %3d %3d %3d of %3d%n", "ALL", total[0], total[1], total[2], total[3]));
        perTag.forEach((tag, n) -> report.append(String.format("  %-16s %3d %3d %3d of %3d%n", tag, n[0], n[1], n[2], n[3])));
        report.append("not fully passing:\n");
        failures.forEach(f -> report.append("  ").append(f).append('\n'));
        System.out.println(report);
        assertTrue(failures.isEmpty(), "route cases that differ from condor_job_router_info 25.14:\n" + report);
    }
}
