package org.jclassad.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jclassad batch}: the JSON Lines conformance protocol on stdin/stdout. */
@Command(name = "batch", separator = " ", header = "Answer JSON Lines conformance cases from stdin, one result line each.",
        description = "The protocol of the conformance oracle (ops eval, parse_expr, parse_ad, match): each input"
                + " line is a JSON case, each output line its result, in order. A malformed line is answered"
                + " with an error result, never skipped.",
        footerHeading = "%nExamples:%n",
        footer = {"  echo '{\"id\":1,\"op\":\"eval\",\"expr\":\"1 + 2\"}' | jclassad batch",
                "  jclassad batch --zone Europe/Rome < cases.jsonl > results.jsonl"})
final class BatchCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Option(names = "--zone", paramLabel = "ZONE", converter = PoolOptions.ZoneConverter.class,
            description = "Time zone for time functions and literals (default: ${DEFAULT-VALUE}).",
            defaultValue = "UTC")
    ZoneId zone;

    @Override
    public Integer call() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        new Batch(zone).run(in, out);
        return 0;
    }
}
