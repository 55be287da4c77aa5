package org.jclassad.reliability;

import static org.jclassad.reliability.Inputs.affordableChars;
import static org.jclassad.reliability.Inputs.sized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import org.jclassad.ClassAd;
import org.jclassad.ast.BinaryOp;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Operator;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdStreamOptions;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.junit.jupiter.api.Test;

/**
 * Parsing costs at most {@value Inputs#BYTES_PER_INPUT_BYTE} bytes of heap per input byte, input and
 * result included: each case builds an input as large as the heap now free allows at that rate, and
 * parses it inside the suite's fixed heap (a fraction of that would have exhausted it when ANTLR's
 * whole parse tree was kept). One shape per case: the shapes differ in what their AST costs.
 */
class MemoryPerInputByteTest {
    private static final ParseOptions OPTIONS = ParseOptions.defaults().withMaxChars(Integer.MAX_VALUE);

    private static Expr parse(String text) {
        return ExprParser.parseExpression(text, OPTIONS, Reading.WHOLE);
    }

    @Test
    void subscriptChain() {
        String text = sized("y", "[0]", "", affordableChars());
        Expr e = parse(text);
        assertTrue(e instanceof BinaryOp && ((BinaryOp) e).operator() == Operator.SUBSCRIPT, "a subscript chain");
    }

    @Test
    void logicalAndChain() {
        assertTrue(parse(sized("true", " && true", "", affordableChars())).getClass().getSimpleName().equals("BinaryOp"));
    }

    @Test
    void attributeComparisonChain() {
        String text = sized("true", " && TARGET.Memory > 1", "", affordableChars());
        assertTrue(parse(text).getClass().getSimpleName().equals("BinaryOp"));
    }

    @Test
    void listLiteral() {
        assertTrue(parse(sized("{1", ",1", "}", affordableChars())).getClass().getSimpleName().equals("ListExpr"));
    }

    @Test
    void callArguments() {
        assertTrue(parse(sized("strcat(\"a\"", ",\"a\"", ")", affordableChars())).getClass().getSimpleName().equals("FunctionCall"));
    }

    @Test
    void newSyntaxAdOfManyAttributes() {
        long size = affordableChars();
        StringBuilder s = new StringBuilder("[ a0 = 0");
        for (int i = 1; s.length() < size; i++) {
            s.append("; a").append(i).append(" = ").append(i);
        }
        assertTrue(ExprParser.parseRecord(s.append(" ]").toString(), OPTIONS).attributes().size() > 100_000);
    }

    @Test
    void streamedJsonAdOfManyAttributes() {
        long size = affordableChars();
        StringBuilder s = new StringBuilder("[\n{\n  \"a0\": 0");
        for (int i = 1; s.length() < size; i++) {
            s.append(",\n  \"a").append(i).append("\": \"value ").append(i).append('"');
        }
        s.append("\n}\n]\n");
        assertEquals(1, count(s.toString(), AdFormat.JSON));
    }

    @Test
    void streamedXmlAdOfManyAttributes() {
        long size = affordableChars();
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?>\n<classads>\n<c>\n");
        for (int i = 0; s.length() < size; i++) {
            s.append("    <a n=\"a").append(i).append("\"><s>value ").append(i).append("</s></a>\n");
        }
        s.append("</c>\n</classads>\n");
        assertEquals(1, count(s.toString(), AdFormat.XML));
    }

    @Test
    void streamedLongFormAdOfManyLines() {
        long size = affordableChars();
        StringBuilder s = new StringBuilder();
        for (int i = 0; s.length() < size; i++) {
            s.append("A").append(i).append(" = TARGET.Memory > ").append(i).append(" && Owner == \"u").append(i)
                    .append("\"\n");
        }
        assertEquals(1, count(s.toString(), AdFormat.LONG));
    }

    private static long count(String text, AdFormat format) {
        AdStreamOptions options = AdStreamOptions.defaults().withParse(OPTIONS).withMaxAdChars(Integer.MAX_VALUE);
        try (AdStreamReader r = AdStreams.open(new StringReader(text), format, options)) {
            long n = 0;
            while (r.hasNext()) {
                ClassAd ad = r.next();
                assertTrue(ad.size() > 10_000);
                n++;
            }
            return n;
        }
    }
}
