package org.jclassad.ast;

/**
 * A place in source text: 1-based line and column.
 *
 * <pre>{@code
 * BinaryOp sum = (BinaryOp) ClassAds.parseExpr("a +\n  b");
 * Position b = sum.right().position();          // 2:3
 * if (b.line() != 2 || b.column() != 3 || !b.toString().equals("2:3")) throw new AssertionError(b);
 * }</pre>
 */
public record Position(int line, int column) {
    public static final Position NONE = new Position(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
