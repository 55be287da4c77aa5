package org.jclassad.value;

import org.jclassad.text.TimeText;

/**
 * A relative time (a duration) in seconds.
 *
 * <pre>{@code
 * RelTimeValue wall = Value.relTime(5400);
 * ClassAd job = new ClassAd().insert("Wall", wall);
 * if (wall.seconds() != 5400.0 || !job.getDuration("Wall").equals(Duration.ofMinutes(90))) throw new AssertionError(wall);
 * }</pre>
 */
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
