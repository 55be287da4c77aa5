package org.jclassad.transform.config;

/**
 * A macro expansion that went past a bound of its {@link ConfigOptions}: text growing past
 * {@link ConfigOptions#maxExpansionChars()}, more work than
 * {@link ConfigOptions#maxExpansionSteps()} (macros that refer to each other in a cycle never
 * end in HTCondor), or {@code $}-functions nested too deep. Reading config text turns it into a
 * {@link ConfigurationException} at the line being read; a transform fails on it.
 */
public final class MacroExpansionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MacroExpansionException(String message) {
        super(message);
    }
}
