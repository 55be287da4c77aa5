package org.jclassad.transform.router;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jclassad.ClassAd;
import org.jclassad.format.OldSyntaxWriter;

/**
 * Where a simulated routing run writes: stdout (the tool's report), stderr, and the routed ads
 * ({@code -route-jobs} target). Trace messages go through {@link #trace}, which prints them the
 * way condor_job_router_info shows its intercepted dprintf output: a leading {@code JobRouter},
 * {@code :} and space removed, and messages longer than 150 characters set off by a newline.
 */
public final class RouterOutput {
    private PrintStream out;
    private final PrintStream err;
    private PrintStream routed;
    private final boolean traceOn;
    /** The trace of the job being routed, kept for its {@link Routing#steps()}; {@code null} when not kept. */
    private List<String> captured;
    private Consumer<ClassAd> adWriter;
    private PrintStream adWriterFor;

    /**
     * @param routed where routed ads go ({@code null}: nowhere); may be {@code out}
     * @param traceOn whether trace messages are shown ({@code -log-steps})
     */
    public RouterOutput(PrintStream out, PrintStream err, PrintStream routed, boolean traceOn) {
        this.out = out;
        this.err = err;
        this.routed = routed;
        this.traceOn = traceOn;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public PrintStream routed() {
        return routed;
    }

    public boolean tracing() {
        return traceOn;
    }

    /** This output also keeping each job's trace for {@link Routing#steps()} (when tracing). */
    public RouterOutput capturingSteps() {
        RouterOutput o = new RouterOutput(out, err, routed, traceOn);
        o.captured = traceOn ? new ArrayList<>() : null;
        o.adWriter = adWriter;
        o.adWriterFor = adWriterFor;
        return o;
    }

    boolean capturing() {
        return captured != null;
    }

    /** The trace kept since the last call. */
    List<String> takeCaptured() {
        List<String> steps = List.copyOf(captured);
        captured.clear();
        return steps;
    }

    /**
     * This output handing routed ads to {@code writer} instead of printing them (so that they can
     * be formatted elsewhere, in order with what else is printed); ads routed while stdout is
     * spooled are still printed in place.
     */
    public RouterOutput writingRoutedAdsWith(Consumer<ClassAd> writer) {
        RouterOutput o = new RouterOutput(out, err, routed, traceOn);
        o.captured = captured;
        o.adWriter = writer;
        o.adWriterFor = routed;
        return o;
    }

    /** Writes a routed ad to the {@code -route-jobs} target: long form, then a blank line. */
    void routedAd(ClassAd ad) {
        if (adWriter != null && routed == adWriterFor) {
            adWriter.accept(ad);
            return;
        }
        routed.print(OldSyntaxWriter.longForm(ad));
        routed.print("\n");
    }

    /** Redirects stdout (and routed ads that went to stdout) to {@code spool}; returns the old stdout. */
    PrintStream divert(PrintStream spool) {
        PrintStream old = out;
        if (routed == out) {
            routed = spool;
        }
        out = spool;
        return old;
    }

    void restore(PrintStream original, PrintStream spool) {
        if (routed == spool) {
            routed = original;
        }
        out = original;
    }

    /** A dprintf-style trace message (shown only under {@code -log-steps}). */
    public void trace(String message) {
        if (traceOn) {
            String shown = format(message);
            out.print(shown);
            if (captured != null) {
                captured.add(shown);
            }
        }
    }

    /** The tool's rendering of one dprintf message. */
    public static String format(String message) {
        String m = message;
        if (m.startsWith("JobRouter")) {
            m = m.substring(9);
            if (m.startsWith(":")) {
                m = m.substring(1);
            }
            if (m.startsWith(" ")) {
                m = m.substring(1);
            }
        }
        return m.length() > 150 ? "\n" + m : m;
    }

    /**
     * A {@link StepLog} for {@code -log-steps}: the transform engine's step lines verbatim on
     * stdout (the engine prints them itself), router log lines through {@link #trace}, errors
     * to stderr.
     */
    public StepLog stepLog() {
        return new StepLog() {
            @Override
            public boolean wantsSteps() {
                return traceOn;
            }

            @Override
            public void step(String message) {
                if (traceOn) {
                    out.print(message);
                    if (captured != null) {
                        captured.add(message);
                    }
                }
            }

            @Override
            public void log(String message) {
                trace(message);
            }

            @Override
            public void error(String message) {
                err.print(message);
            }
        };
    }
}
