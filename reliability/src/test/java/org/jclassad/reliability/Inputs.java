package org.jclassad.reliability;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.jclassad.cli.Main;

/** Hostile inputs built to size, the heap they may use, and the command-line tools run in-process. */
final class Inputs {
    /** The most transient heap parsing may spend per input byte (issue 13's target). */
    static final int BYTES_PER_INPUT_BYTE = 50;

    private Inputs() {
    }

    /** {@code head} + {@code unit} repeated + {@code tail}, about {@code size} characters long. */
    static String sized(String head, String unit, String tail, long size) {
        int n = (int) Math.max(1, (size - head.length() - tail.length()) / unit.length());
        StringBuilder s = new StringBuilder(head.length() + n * unit.length() + tail.length());
        s.append(head);
        for (int i = 0; i < n; i++) {
            s.append(unit);
        }
        return s.append(tail).toString();
    }

    /** {@code open} nested {@code depth} times around {@code middle}, then closed. */
    static String nested(String open, String middle, String close, int depth) {
        return open.repeat(depth) + middle + close.repeat(depth);
    }

    /**
     * The input size, in characters, whose parse may use the heap that is free now at
     * {@link #BYTES_PER_INPUT_BYTE} bytes per character (with a tenth held back for the collector).
     */
    static long affordableChars() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long used = rt.totalMemory() - rt.freeMemory();
        long free = rt.maxMemory() - used;
        return (long) (free * 0.9) / BYTES_PER_INPUT_BYTE;
    }

    /** What a command printed: its exit code and the last few kilobytes of its output and errors. */
    record Run(int code, String outTail, String errTail) {
    }

    /** Runs {@code jclassad args...} in this JVM, keeping only the tails of what it prints. */
    static synchronized Run jclassad(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        Tail out = new Tail();
        Tail err = new Tail();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.ISO_8859_1));
            System.setErr(new PrintStream(err, true, StandardCharsets.ISO_8859_1));
            int code = Main.commandLine().execute(args);
            return new Run(code, out.text(), err.text());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Keeps the last 8 KB written to it. */
    private static final class Tail extends OutputStream {
        private final byte[] ring = new byte[8192];
        private long written;

        @Override
        public void write(int b) {
            ring[(int) (written++ % ring.length)] = (byte) b;
        }

        String text() {
            ByteArrayOutputStream s = new ByteArrayOutputStream();
            long start = Math.max(0, written - ring.length);
            for (long i = start; i < written; i++) {
                s.write(ring[(int) (i % ring.length)]);
            }
            return s.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
