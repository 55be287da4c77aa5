package org.jclassad.eval;

import static org.junit.jupiter.api.Assertions.assertSame;

import org.jclassad.ast.Operator;
import org.jclassad.value.Value;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The direct comparisons of integers and strings in {@link Operators#binary} agree with the general path. */
class OperatorFastPathTest {
    @Provide
    Arbitrary<Operator> comparisons() {
        return Arbitraries.of(Operator.LESS, Operator.LESS_OR_EQUAL, Operator.GREATER, Operator.GREATER_OR_EQUAL,
                Operator.EQUAL, Operator.NOT_EQUAL);
    }

    @Provide
    Arbitrary<String> byteStrings() {
        return Arbitraries.strings().withChars("aAzZ_x86X\u00e9\u00c9[`@{").ofMaxLength(5);
    }

    @Property(tries = 2000)
    void integerComparisonsAgreeWithTheGeneralPath(@ForAll("comparisons") Operator op, @ForAll long x, @ForAll long y) {
        assertSame(Operators.compare(op, Value.of(x), Value.of(y)), Operators.binary(op, Value.of(x), Value.of(y)));
        assertSame(Operators.compare(op, Value.of(x), Value.of(x)), Operators.binary(op, Value.of(x), Value.of(x)));
    }

    @Property(tries = 2000)
    void stringComparisonsAgreeWithTheGeneralPath(@ForAll("comparisons") Operator op,
            @ForAll("byteStrings") String x, @ForAll("byteStrings") String y) {
        assertSame(Operators.compare(op, Value.ofBytes(x), Value.ofBytes(y)),
                Operators.binary(op, Value.ofBytes(x), Value.ofBytes(y)));
        assertSame(Operators.compare(op, Value.ofBytes(x), Value.ofBytes(x.toUpperCase())),
                Operators.binary(op, Value.ofBytes(x), Value.ofBytes(x.toUpperCase())));
    }
}
