package org.jclassad.transform.xform;

/**
 * One thing a statement did, for the step log: which transform, which keyword, which attribute
 * (or macro, for EVALMACRO), its text before ({@code null}: absent) and after ({@code null}:
 * removed), and the line HTCondor's {@code -verbose} trace prints for it.
 */
public record Step(String transform, String keyword, String attribute, String from, String to, String trace) {
    @Override
    public String toString() {
        return trace.endsWith("\n") ? trace.substring(0, trace.length() - 1) : trace;
    }
}
