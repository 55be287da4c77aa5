package org.jclassad.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a long run on a terminal's stderr: after the first two seconds, once a second, one
 * line rewritten in place (jobs so far, jobs per second, elapsed time); erased at the end.
 */
final class RouteProgress {
    private static final long FIRST_MS = 2000;
    private static final long EVERY_MS = 1000;

    private final PrintStream err;
    private final AtomicLong jobs = new AtomicLong();
    private final long started = System.nanoTime();
    private final Thread ticker;
    private volatile boolean shown;

    RouteProgress(PrintStream err) {
        this.err = err;
        ticker = new Thread(this::tick, "jclassad-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    /** Whether stderr is a terminal (Linux: file descriptor 2 is a tty or pseudo-terminal). */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception notLinux) {
            return System.console() != null;
        }
    }

    void count() {
        jobs.incrementAndGet();
    }

    private void tick() {
        try {
            Thread.sleep(FIRST_MS);
            while (!Thread.currentThread().isInterrupted()) {
                double seconds = (System.nanoTime() - started) / 1e9;
                long n = jobs.get();
                err.print(String.format(Locale.ROOT, "\r%,d jobs, %,.0f jobs/s, %.0f s elapsed ", n, n / seconds, seconds));
                err.flush();
                shown = true;
                Thread.sleep(EVERY_MS);
            }
        } catch (InterruptedException stopped) {
            // the run is over
        }
    }

    void stop() {
        ticker.interrupt();
        try {
            ticker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
