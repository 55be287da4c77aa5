package org.jclassad.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jclassad batch}: the JSON Lines conformance protocol on stdin/stdout. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Answer JSON Lines cases (ops eval, parse_expr, parse_ad, match) from stdin, one result line each.")
final class BatchCommand implements Callable<Integer> {
    @Option(names = "--zone", description = "Time zone for time functions and literals (default: ${DEFAULT-VALUE}).",
            defaultValue = "UTC")
    String zone;

    @Override
    public Integer call() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        new Batch(ZoneId.of(zone)).run(in, out);
        return 0;
    }
}
