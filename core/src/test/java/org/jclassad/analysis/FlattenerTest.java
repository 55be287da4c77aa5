package org.jclassad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jclassad.ClassAd;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.unparse.Unparser;
import org.junit.jupiter.api.Test;

class FlattenerTest {
    private static String flatten(String ad, String expr) {
        return Unparser.newSyntax(Flattener.flatten(ClassAd.parse(ad),
                ExprParser.parseExpression(expr, ParseOptions.defaults(), Reading.WHOLE)));
    }

    @Test
    void referencesTheAdDefinesAreInlinedAndConstantsMoveToTheFront() {
        assertEquals("3 * RequestCpus", flatten("[ Factor = 3 ]", "RequestCpus * Factor"),
                "FlattenAndInline folds the known factor and keeps the unknown reference");
    }

    @Test
    void aFullyKnownExpressionFoldsToItsValue() {
        assertEquals("6", flatten("[ A = 2; B = 3 ]", "A * B"));
    }

    @Test
    void aDecidedConditionalKeepsOnlyTheBranchTaken() {
        assertEquals("Memory", flatten("[ Big = true ]", "Big ? Memory : 1024"));
    }

    @Test
    void unknownReferencesStayAsWritten() {
        assertEquals("Owner == \"alice\"", flatten("[ ]", "Owner == \"alice\""));
    }
}
