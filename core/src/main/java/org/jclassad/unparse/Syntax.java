package org.jclassad.unparse;

/** The two ClassAd syntaxes text is printed in. */
public enum Syntax {
    /** New syntax: {@code [ a = 1 ]}, reals as {@code %1.15E}, strings with C escapes. */
    NEW,
    /** Old syntax: long-format lines, {@code =?=}, reals as {@code %.16G}, strings with only {@code \"}. */
    OLD
}
