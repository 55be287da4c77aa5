package org.jclassad.value;

import org.jclassad.text.ByteStrings;

/**
 * A byte string (no NUL bytes); each char holds one byte.
 *
 * <pre>{@code
 * StringValue s = Value.ofString("naïve");
 * if (!s.text().equals("naïve") || s.bytes().length() != 6 || !s.toString().equals("\"na\\303\\257ve\"")) throw new AssertionError(s);
 * }</pre>
 */
public final class StringValue extends Value {
    private static final StringValue EMPTY = new StringValue("");

    private final String bytes;

    private StringValue(String bytes) {
        this.bytes = bytes;
    }

    static StringValue make(String bytes) {
        return bytes.isEmpty() ? EMPTY : new StringValue(bytes);
    }

    /** The raw byte string: one char per byte. */
    public String bytes() {
        return bytes;
    }

    /** The string decoded as UTF-8 Java text. */
    public String text() {
        return fromByteString(bytes);
    }

    @Override
    public Type type() {
        return Type.STRING;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StringValue && ((StringValue) o).bytes.equals(bytes);
    }

    @Override
    public int hashCode() {
        return bytes.hashCode();
    }

    /** New syntax, as HTCondor prints this value: quoted, with C escapes. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(bytes.length() + 2);
        ByteStrings.appendQuoted(out, bytes, '"');
        return out.toString();
    }
}
