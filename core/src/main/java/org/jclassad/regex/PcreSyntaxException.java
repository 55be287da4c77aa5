package org.jclassad.regex;

/**
 * A pattern PCRE2 would refuse to compile, with PCRE2's error number and the offset it reports
 * (what HTCondor's transforms print), or one that PCRE2 accepts but jclassad cannot run
 * ({@link #unsupported()}: backtracking verbs, recursion, conditionals, callouts...).
 */
public final class PcreSyntaxException extends Exception {
    private final int code;
    private final int offset;

    PcreSyntaxException(int code, int offset, String message) {
        super(message, null, false, false);
        this.code = code;
        this.offset = offset;
    }

    /** PCRE2's compile error number ({@code 114}: missing closing parenthesis); 0 if {@link #unsupported()}. */
    public int code() {
        return code;
    }

    /** Where in the pattern PCRE2 stops. */
    public int offset() {
        return offset;
    }

    /** Whether the pattern is valid PCRE2 that jclassad cannot run rather than an error. */
    public boolean unsupported() {
        return code == 0;
    }
}
