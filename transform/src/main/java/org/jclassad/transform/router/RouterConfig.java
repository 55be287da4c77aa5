package org.jclassad.transform.router;

import java.util.Collection;
import java.util.OptionalLong;

import org.jclassad.transform.config.ConfigOptions;
import org.jclassad.transform.config.ParamValues;

/**
 * What the router reads from an HTCondor configuration: knob values, raw (as written) or with
 * {@code $(...)} references expanded the way {@code param()} expands them. Names are
 * case-insensitive.
 *
 * <p>{@link ConfigLayer} implements it over the config-macro layer (package
 * {@code org.jclassad.transform.config}).
 */
public interface RouterConfig {
    /** The value as written (multi-line {@code @=} bodies included), or {@code null} if undefined. */
    String raw(String name);

    /** The value with every {@code $(X)} expanded once per lookup, or {@code null} if undefined. */
    String expanded(String name);

    /** Every defined knob name, in its first spelling. */
    Collection<String> names();

    /** The options the configuration was read under: the files it may make the router read, and its limits. */
    default ConfigOptions options() {
        return ConfigOptions.defaults();
    }

    default boolean isDefined(String name) {
        return raw(name) != null;
    }

    /**
     * HTCondor's {@code param()}: the expanded value, or {@code null} when the knob is undefined,
     * empty, or expands to nothing (so {@code X =} counts as not set).
     */
    default String param(String name) {
        String v = expanded(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /**
     * A knob read as HTCondor's {@code param_boolean} reads it ({@code true/false/1/0}, any case,
     * or an expression with a boolean-equivalent value), else {@code dflt}.
     */
    default boolean bool(String name, boolean dflt) {
        return ParamValues.bool(param(name)).orElse(dflt);
    }

    /**
     * A knob read as HTCondor's {@code param_integer} reads it (a decimal literal, or an expression
     * with a numeric value, limited to the range of an {@code int}), else {@code dflt}.
     */
    default long integer(String name, long dflt) {
        OptionalLong v = ParamValues.intValue(param(name));
        return v.isPresent() ? v.getAsLong() : dflt;
    }
}
