package org.jclassad.ast;

/** {@code base.name}: an attribute looked up starting in the ad {@code base} evaluates to. */
public record Selection(Expr base, String name, Position position) implements Expr {
}
