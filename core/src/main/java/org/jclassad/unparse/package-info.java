/**
 * Text from trees: HTCondor's unparser. {@link org.jclassad.unparse.Unparser} prints an
 * expression or a value on one line in new or old syntax, byte for byte as HTCondor does, or in
 * HTCondor's multi-line "pretty" form. It reads the AST (and values) only: an ad literal is
 * printed from its attributes, never planned into an ad, and list and ad values print through
 * {@link org.jclassad.unparse.ExpressionValue}. The ad formats' writers ({@code org.jclassad.io})
 * are built on it.
 */
package org.jclassad.unparse;
