package org.jclassad.ast;

/** A place in source text: 1-based line and column. */
public record Position(int line, int column) {
    public static final Position NONE = new Position(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
