package org.jclassad;

/**
 * An attribute read through a typed getter of {@link ClassAd} is missing, undefined, an error,
 * or of another type than asked for. The message names the attribute and what it is:
 * {@code attribute 'Cpus' is a string, not an integer}.
 *
 * <pre>{@code
 * ClassAd job = ClassAd.parse("[ Owner = \"alice\" ]");
 * try {
 *     job.getLong("Owner");
 *     throw new AssertionError("Owner is no integer");
 * } catch (AttributeException e) {
 *     String message = e.getMessage();     // attribute 'Owner' is a string, not an integer
 *     if (!e.attribute().equals("Owner") || !message.contains("string")) throw new AssertionError(message);
 * }
 * }</pre>
 */
public final class AttributeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String attribute;

    /** An exception for {@code attribute}, the message saying what it {@code problem}: {@code "is missing"}. */
    public AttributeException(String attribute, String problem) {
        super("attribute '" + attribute + "' " + problem);
        this.attribute = attribute;
    }

    /** The attribute's name as asked for. */
    public String attribute() {
        return attribute;
    }
}
