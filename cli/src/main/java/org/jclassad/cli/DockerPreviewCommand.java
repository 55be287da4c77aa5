package org.jclassad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.jclassad.ClassAd;
import org.jclassad.transform.config.ConfigurationException;
import org.jclassad.transform.router.ConfigLayer;
import org.jclassad.transform.router.DockerPreview;

/** {@code jclassad docker-preview}: the mounts and security options a Docker job would get on a worker node. */
@Command(name = "docker-preview", description = "Show the Docker volumes and security options a job would get.%n"
        + "Usage: jclassad docker-preview STARTD_CONFIG MACHINE_AD JOB_ADS%n"
        + "  STARTD_CONFIG  the worker node's DOCKER_* configuration (file or config.d directory)%n"
        + "  MACHINE_AD     the slot ad (long format)%n"
        + "  JOB_ADS        routed job ad(s), long format ('-' for stdin); each is previewed")
final class DockerPreviewCommand implements Callable<Integer> {
    @Parameters(arity = "3", description = "STARTD_CONFIG MACHINE_AD JOB_ADS")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.ISO_8859_1);
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
            System.err.println("jclassad docker-preview: no machine ad in " + args.get(1));
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
                System.err.println("jclassad docker-preview: no job ad in " + args.get(2));
                return 1;
            }
        }
        out.flush();
        return 0;
    }

    private static ClassAd first(String file, PrintStream err) {
        try (JobAdInput ads = new JobAdInput(List.of(file), null, false, System.in, err)) {
            return ads.hasNext() ? ads.next() : null;
        }
    }
}
