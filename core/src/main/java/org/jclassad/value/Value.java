package org.jclassad.value;

import java.nio.charset.StandardCharsets;

/**
 * An immutable ClassAd value.
 *
 * <p>Strings are byte strings, as in HTCondor: internally each {@code char} of a string value
 * holds one byte (0-255). {@link #ofString(String)} and {@link StringValue#text()} convert
 * from and to ordinary Java text through UTF-8.
 *
 * <pre>{@code
 * Value half = ClassAd.parse("[ A = 7 / 2 ]").evaluateAttr("A");     // integer division: 3
 * Value name = Value.ofString("naïve");                                 // UTF-8 bytes inside
 * if (!half.isInteger() || !half.equals(Value.of(3)) || !half.toString().equals("3")
 *         || ((StringValue) name).bytes().length() != 6 || !Value.UNDEFINED.isUndefined()) throw new AssertionError(half);
 * }</pre>
 */
public abstract class Value {

    /**
     * The ClassAd value types, with the names HTCondor's tools print.
     *
     * <pre>{@code
     * Value.Type t = new ClassAd().evaluate("{ 1, 2 }").type();   // LIST
     * if (t != Value.Type.LIST || !t.displayName().equals("list")) throw new AssertionError(t);
     * }</pre>
     */
    public enum Type {
        UNDEFINED("undefined"), ERROR("error"), BOOLEAN("boolean"), INTEGER("integer"), REAL("real"),
        STRING("string"), LIST("list"), CLASSAD("classad"), ABSTIME("abstime"), RELTIME("reltime");

        private final String displayName;

        Type(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    public static final Value UNDEFINED = UndefinedValue.INSTANCE;
    public static final Value ERROR = ErrorValue.INSTANCE;
    public static final BooleanValue TRUE = BooleanValue.TRUE;
    public static final BooleanValue FALSE = BooleanValue.FALSE;

    /**
     * For the value types of this library only: the scalar values here and the list and ad
     * values of {@code org.jclassad.eval}, whose contents are the evaluator's expressions and
     * scopes. Other subclasses are not supported.
     */
    protected Value() {
    }

    public abstract Type type();

    public static BooleanValue of(boolean b) {
        return b ? BooleanValue.TRUE : BooleanValue.FALSE;
    }

    public static IntegerValue of(long i) {
        return IntegerValue.make(i);
    }

    public static RealValue of(double d) {
        return RealValue.make(d);
    }

    /** A string value from Java text (encoded as UTF-8 bytes). */
    public static StringValue ofString(String text) {
        return StringValue.make(toByteString(text));
    }

    /** A string value whose chars are bytes (each 0-255). */
    public static StringValue ofBytes(String byteString) {
        return StringValue.make(byteString);
    }

    public static AbsTimeValue absTime(long seconds, int offsetSeconds) {
        return new AbsTimeValue(seconds, offsetSeconds);
    }

    public static RelTimeValue relTime(double seconds) {
        return new RelTimeValue(seconds);
    }

    public final boolean isUndefined() {
        return this == UNDEFINED;
    }

    public final boolean isError() {
        return this == ERROR;
    }

    public final boolean isBoolean() {
        return this instanceof BooleanValue;
    }

    public final boolean isInteger() {
        return this instanceof IntegerValue;
    }

    public final boolean isReal() {
        return this instanceof RealValue;
    }

    /** Integer or real. */
    public final boolean isNumber() {
        return this instanceof IntegerValue || this instanceof RealValue;
    }

    public final boolean isString() {
        return this instanceof StringValue;
    }

    public final boolean isList() {
        return type() == Type.LIST;
    }

    public final boolean isClassAd() {
        return type() == Type.CLASSAD;
    }

    /**
     * HTCondor's "boolean-equivalent" test: booleans, integers and reals have a truth value,
     * everything else does not. Returns 1 for true, 0 for false, -1 for "not boolean-equivalent".
     */
    public int truth() {
        return -1;
    }

    /** Maps Java text to a byte string (UTF-8 bytes, one per char). */
    public static String toByteString(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Maps a byte string back to Java text, decoding UTF-8 (invalid bytes become U+FFFD). */
    public static String fromByteString(String bytes) {
        for (int i = 0; i < bytes.length(); i++) {
            if (bytes.charAt(i) >= 0x80) {
                return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return bytes;
    }

    /** The value in canonical new syntax, as HTCondor prints it ({@code 1.500000000000000E+00}, {@code "a\"b"}). */
    @Override
    public abstract String toString();
}
