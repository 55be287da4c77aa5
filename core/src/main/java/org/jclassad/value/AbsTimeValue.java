package org.jclassad.value;

import org.jclassad.text.TimeText;

/**
 * An absolute time: seconds since the epoch plus the zone offset (seconds east of UTC) it was written in.
 *
 * <pre>{@code
 * AbsTimeValue t = (AbsTimeValue) new ClassAd().evaluate("absTime(\"2026-01-02T03:04:05+01:00\")");
 * if (t.seconds() != 1767319445L || t.offset() != 3600) throw new AssertionError(t);
 * }</pre>
 */
public final class AbsTimeValue extends Value {
    private final long seconds;
    private final int offset;

    AbsTimeValue(long seconds, int offset) {
        this.seconds = seconds;
        this.offset = offset;
    }

    public long seconds() {
        return seconds;
    }

    public int offset() {
        return offset;
    }

    @Override
    public Type type() {
        return Type.ABSTIME;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AbsTimeValue && ((AbsTimeValue) o).seconds == seconds && ((AbsTimeValue) o).offset == offset;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seconds) * 31 + offset;
    }

    /** New syntax, as HTCondor prints this value. */
    @Override
    public String toString() {
        return "absTime(\"" + TimeText.absolute(seconds, offset) + "\")";
    }
}
