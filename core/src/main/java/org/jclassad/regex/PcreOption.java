package org.jclassad.regex;

/** PCRE2's compile options that HTCondor's regular expressions use. */
public enum PcreOption {
    /** {@code i}: letters match either case (ASCII only, as PCRE2 in the C locale). */
    CASELESS,
    /** {@code m}: {@code ^} and {@code $} also match at line breaks. */
    MULTILINE,
    /** {@code s}: {@code .} matches a newline too. */
    DOTALL,
    /** {@code x}: white space and {@code #} comments outside classes are ignored. */
    EXTENDED,
    /** {@code U}: quantifiers are lazy unless followed by {@code ?} (the transforms' {@code /.../U}). */
    UNGREEDY
}
