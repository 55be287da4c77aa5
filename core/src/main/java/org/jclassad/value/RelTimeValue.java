package org.jclassad.value;

import org.jclassad.text.TimeText;

/** A relative time (a duration) in seconds. */
public final class RelTimeValue extends Value {
    private final double seconds;

    RelTimeValue(double seconds) {
        this.seconds = seconds;
    }

    public double seconds() {
        return seconds;
    }

    @Override
    public Type type() {
        return Type.RELTIME;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RelTimeValue
                && Double.doubleToLongBits(((RelTimeValue) o).seconds) == Double.doubleToLongBits(seconds);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(seconds);
    }

    /** New syntax, as HTCondor prints this value. */
    @Override
    public String toString() {
        return "relTime(\"" + TimeText.relative(seconds) + "\")";
    }
}
