package org.jclassad.value;

import org.jclassad.text.TimeText;

/** An absolute time: seconds since the epoch plus the zone offset (seconds east of UTC) it was written in. */
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
