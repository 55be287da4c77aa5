package org.jclassad.cli;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/**
 * The output streams of the commands over a pool ({@code match}, {@code explain}): text in UTF-8
 * and JSON lines as bytes (the library's byte strings unchanged), both through one buffer over
 * standard output, so what they print stays in order. Buffered because System.out flushes every
 * write, a system call per job's line.
 */
final class PoolOutput {
    private final BufferedOutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
    final PrintStream text = new PrintStream(stdout, false, StandardCharsets.UTF_8);
    final PrintStream json = new PrintStream(stdout, false, StandardCharsets.ISO_8859_1);
    final PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);

    /** Runs a command's body and flushes standard output after it, however it ends. */
    int run(IntSupplier body) {
        try {
            return body.getAsInt();
        } finally {
            text.flush();
            json.flush();
        }
    }
}
