package org.jclassad.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the inputs of the end-to-end benchmark ({@code bench/e2e.sh}): {@code jobs N FILE} writes
 * N generated CE job ads ({@link JobAds#ceJob}, long form, seed 11), {@code routes FILE} the
 * 20-route router configuration of {@link RoutingBenchmark#routesConfig()}.
 */
public final class EndToEndInputs {
    private EndToEndInputs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("jobs")) {
            int n = Integer.parseInt(args[1]);
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.ISO_8859_1),
                    1 << 20)) {
                for (int i = 0; i < n; i++) {
                    w.write(JobAds.ceJob(11, i));
                    w.write('\n');
                }
            }
        } else if (args.length == 2 && args[0].equals("routes")) {
            Files.writeString(Path.of(args[1]), RoutingBenchmark.routesConfig(), StandardCharsets.ISO_8859_1);
        } else {
            System.err.println("usage: EndToEndInputs jobs N FILE | routes FILE");
            System.exit(2);
        }
    }
}
