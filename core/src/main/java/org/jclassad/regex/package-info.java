/**
 * Regular expressions as HTCondor runs them: PCRE2 patterns (8-bit, non-UTF) translated to
 * {@link java.util.regex} and matched on byte strings with PCRE2's limits. One engine for the
 * ClassAd functions ({@code regexp}, {@code replace}, {@code unresolved}...) and the transforms'
 * {@code /regex/} statements: {@link org.jclassad.regex.PcrePattern} is the entry point.
 */
package org.jclassad.regex;
