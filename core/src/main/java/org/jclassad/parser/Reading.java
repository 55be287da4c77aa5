package org.jclassad.parser;

/** How much of a text an expression parse reads. */
public enum Reading {
    /**
     * The whole text is one expression: anything after it is an error, except after a top-level
     * conditional (HTCondor ignores what follows one).
     */
    WHOLE,
    /** The first complete expression, as a {@code Name = Expr} line or {@code EVALSET} reads it. */
    PREFIX
}
