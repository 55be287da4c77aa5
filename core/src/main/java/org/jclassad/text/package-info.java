/**
 * The C library's text conventions that HTCondor's results inherit, in one place: reading
 * numbers ({@code strtod}, literal lexemes) and converting them as x86-64 does
 * ({@link org.jclassad.text.CNumbers}), printing them as glibc's {@code printf} does
 * ({@link org.jclassad.text.CFormat}, {@link org.jclassad.text.RealText}), the text forms of times
 * ({@link org.jclassad.text.TimeText}, {@link org.jclassad.text.TimeLiterals},
 * {@link org.jclassad.text.Strftime}, {@link org.jclassad.text.CivilTime}) and byte strings
 * ({@link org.jclassad.text.ByteStrings}: ASCII case folding, C escapes).
 *
 * <p>Pure functions on Java primitives and strings: this package depends on nothing else in
 * jclassad, so values, the parser, the printers and the functions can all use it.
 */
package org.jclassad.text;
