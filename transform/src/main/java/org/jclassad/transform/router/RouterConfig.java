package org.jclassad.transform.router;

import java.util.Collection;

/**
 * What the router reads from an HTCondor configuration: knob values, raw (as written) or with
 * {@code $(...)} references expanded the way {@code param()} expands them. Names are
 * case-insensitive.
 *
 * <p>The config-macro layer (package {@code org.jclassad.transform.config}) is the real
 * implementation; {@link SimpleRouterConfig} is a small stand-in so that the router can be
 * used and tested on its own.
 */
public interface RouterConfig {
    /** The value as written (multi-line {@code @=} bodies included), or {@code null} if undefined. */
    String raw(String name);

    /** The value with every {@code $(X)} expanded once per lookup, or {@code null} if undefined. */
    String expanded(String name);

    /** Every defined knob name, in its first spelling. */
    Collection<String> names();

    default boolean isDefined(String name) {
        return raw(name) != null;
    }

    /** A knob read as a boolean ({@code true/false/yes/no/t/f/1/0}, any case), else {@code dflt}. */
    default boolean bool(String name, boolean dflt) {
        String v = expanded(name);
        if (v == null) {
            return dflt;
        }
        switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true": case "yes": case "t": case "y": case "1":
                return true;
            case "false": case "no": case "f": case "n": case "0":
                return false;
            default:
                return dflt;
        }
    }

    /** A knob read as an integer, else {@code dflt}. */
    default long integer(String name, long dflt) {
        String v = expanded(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
