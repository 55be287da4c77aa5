package org.jclassad.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import org.jclassad.ClassAd;
import org.jclassad.transform.config.ConfigurationException;
import org.jclassad.transform.router.ConfigLayer;
import org.jclassad.transform.router.DockerPreview;

/** {@code jclassad docker-preview}: the mounts and security options a Docker job would get on a worker node. */
@Command(name = "docker-preview", header = "Show the Docker volumes and security options a job would get.",
        description = "What a worker node's startd, configured with DOCKER_* knobs, would mount and allow for each"
                + " routed job: the volumes of DOCKER_MOUNT_VOLUMES and their _MOUNT_IF conditions, the image"
                + " and the docker run options.",
        footerHeading = "%nExamples:%n",
        footer = {"  cd examples/osg-docker",
                "  jclassad route new-syntax-route.conf -route-jobs routed.ads -jobads ce-jobs.ads",
                "  jclassad docker-preview startd-docker.conf machine.ad routed.ads"})
final class DockerPreviewCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Parameters(arity = "3", paramLabel = "STARTD_CONFIG MACHINE_AD JOB_ADS", hideParamSyntax = true, description = {
        "STARTD_CONFIG: the worker node's DOCKER_* configuration (a file or a config.d directory);",
        "MACHINE_AD: the slot ad (long format);",
        "JOB_ADS: routed job ad(s), long format ('-' for stdin); each is previewed."})
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        // buffered: System.out flushes every write, a system call per job's report
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.ISO_8859_1);
        try {
            return preview(out);
        } finally {
            out.flush();
        }
    }

    private int preview(PrintStream out) throws IOException {
        ConfigLayer config;
        try {
            config = ConfigLayer.load(List.of(Path.of(args.get(0))));
        } catch (ConfigurationException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.ISO_8859_1);
        ClassAd machine = first(args.get(1), err);
        if (machine == null) {
            System.err.print(Diagnostic.of(args.get(1), "no machine ad").format());
            return 1;
        }
        try (JobAdInput jobs = new JobAdInput(List.of(args.get(2)), null, false, System.in, err)) {
            int n = 0;
            while (jobs.hasNext()) {
                ClassAd job = jobs.next();
                org.jclassad.value.Value routedFrom = job.evaluateAttr("RoutedFromJobId");
                Object id = routedFrom instanceof org.jclassad.value.StringValue
                        ? ((org.jclassad.value.StringValue) routedFrom).text()
                        : job.evaluateAttr("ClusterId") + "." + job.evaluateAttr("ProcId");
                out.print((n++ > 0 ? "\n" : "") + "Job " + id + ":\n");
                out.print(DockerPreview.report(DockerPreview.preview(config, machine, job)));
            }
            if (n == 0) {
                System.err.print(Diagnostic.of(args.get(2), "no job ads").format());
                return ExitCodes.FAILURE;
            }
            out.flush();
            return jobs.skipped() + jobs.truncated() > 0 ? ExitCodes.SKIPPED_MALFORMED : ExitCodes.OK;
        }
    }

    private static ClassAd first(String file, PrintStream err) {
        try (JobAdInput ads = new JobAdInput(List.of(file), null, false, System.in, err)) {
            return ads.hasNext() ? ads.next() : null;
        }
    }
}
