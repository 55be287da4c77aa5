package org.jclassad.transform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** Knob values read as numbers and truth values the way HTCondor's param_integer and param_boolean do. */
class ParamValuesTest {
    @Test
    void integersAreLiteralsOrExpressions() {
        assertEquals(OptionalLong.of(10000), ParamValues.integer("10000"));
        assertEquals(OptionalLong.of(-3), ParamValues.integer("  -3  "));
        assertEquals(OptionalLong.of(10), ParamValues.integer("2 * 5"));
        assertEquals(OptionalLong.of(7), ParamValues.integer("7.9"), "reals truncate");
        assertEquals(OptionalLong.of(1), ParamValues.integer("true"), "booleans are numbers");
        assertTrue(ParamValues.integer("12 jobs").isEmpty());
        assertTrue(ParamValues.integer("").isEmpty());
        assertTrue(ParamValues.integer("\"5\"").isEmpty(), "a string is not a number");
    }

    @Test
    void intValuesSaturate() {
        assertEquals(OptionalLong.of(Integer.MAX_VALUE), ParamValues.intValue("99999999999"));
    }

    @Test
    void truthValuesAreTrueFalseOneZeroOrExpressions() {
        assertEquals(Optional.of(true), ParamValues.bool("TRUE"));
        assertEquals(Optional.of(false), ParamValues.bool("false "));
        assertEquals(Optional.of(true), ParamValues.bool("1"));
        assertEquals(Optional.of(true), ParamValues.bool("2 > 1"));
        assertEquals(Optional.of(true), ParamValues.bool("10"), "non-zero numbers are true");
        assertEquals(Optional.empty(), ParamValues.bool("yes"), "'yes' is an attribute reference: undefined");
        assertEquals(Optional.empty(), ParamValues.bool("on"));
        assertEquals(Optional.empty(), ParamValues.bool("t"));
    }
}
