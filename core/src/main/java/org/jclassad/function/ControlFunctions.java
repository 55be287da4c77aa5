package org.jclassad.function;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

import org.jclassad.analysis.Dereference;
import org.jclassad.analysis.ExternalReferences;
import org.jclassad.ast.Expr;
import org.jclassad.eval.Arguments;
import org.jclassad.eval.EvalContext;
import org.jclassad.eval.EvalFailure;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.eval.NestedEvaluation;
import org.jclassad.eval.Node;
import org.jclassad.eval.Scope;
import org.jclassad.regex.MatchLimitException;
import org.jclassad.regex.PcreOption;
import org.jclassad.regex.PcrePattern;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * Functions that control evaluation or look at expressions rather than values:
 * {@code ifThenElse}, {@code eval}, {@code debug}, {@code unparse} and {@code unresolved}.
 */
final class ControlFunctions {
    private ControlFunctions() {
    }

    static void register(FunctionRegistry r) {
        r.register("ifThenElse", ControlFunctions::ifThenElse);
        r.register("eval", ControlFunctions::eval);
        r.register("debug", ControlFunctions::debug);
        r.register("unparse", ControlFunctions::unparse);
        r.register("unresolved", ControlFunctions::unresolved);
    }

    /** Lazy: only the chosen branch is evaluated. */
    static Value ifThenElse(Arguments a) {
        if (a.size() != 3) {
            return Value.ERROR;
        }
        Value c = a.get(0);
        int t = c.truth();
        if (t == 1) {
            return a.get(1);
        }
        if (t == 0) {
            return a.get(2);
        }
        return c.isUndefined() ? Value.UNDEFINED : Value.ERROR;
    }

    /**
     * {@code eval(x)}: x converted to a string, parsed as an expression and evaluated in the
     * current ad. Undefined, error or text that does not parse give error.
     */
    static Value eval(Arguments a) {
        if (a.size() != 1) {
            return Value.ERROR;
        }
        Value text = Conversions.toStringValue(a.get(0));
        if (!(text instanceof StringValue)) {
            return Value.ERROR;
        }
        EvalContext ctx = a.context();
        if (ctx.depthRemaining() <= 0) {
            throw EvalFailure.fail();
        }
        Node node = NestedEvaluation.parse(ctx, ((StringValue) text).bytes());
        if (node == null) {
            return Value.ERROR;
        }
        return NestedEvaluation.evaluateNested(ctx, node, ctx.current());
    }

    /** {@code debug(x)}: the value of x (HTCondor also traces the evaluation to its log). */
    static Value debug(Arguments a) {
        if (a.size() != 1) {
            return Value.ERROR;
        }
        return a.get(0);
    }

    /**
     * {@code unparse(attr)}: the text of the expression the attribute is bound to in the current
     * ad, pretty-printed; "" if there is none. The argument must be written as an attribute
     * reference, and its text is looked up as a name ({@code unparse(MY.x)} finds nothing).
     */
    static Value unparse(Arguments a) {
        if (a.size() != 1 || !Dereference.isReference(a.expr(0))) {
            return Value.ERROR;
        }
        String name = Unparser.newSyntax(a.expr(0));
        Scope current = a.context().current();
        if (current == null) {
            return Value.ofBytes("");
        }
        Expr found = current.ad().lookup(name);
        if (found == null) {
            return Value.ofBytes("");
        }
        return Value.ofBytes(Unparser.pretty(found));
    }

    /**
     * {@code unresolved(attr [, pattern])}: the references in attr's expression that do not
     * resolve in this ad, as a sorted comma-separated string, or whether one of them matches a
     * (case-insensitive) regular expression.
     */
    static Value unresolved(Arguments a) {
        if (a.size() < 1 || a.size() > 2 || !Dereference.isReference(a.expr(0))) {
            return Value.ERROR;
        }
        Dereference.Found found = Dereference.deref(a.context(), a.expr(0));
        if (found == null) {
            return Value.UNDEFINED;
        }
        PcrePattern re = null;
        if (a.size() == 2) {
            Value pattern = a.get(1);
            if (!(pattern instanceof StringValue)) {
                throw EvalFailure.fail();
            }
            re = RegexFunctions.compile(((StringValue) pattern).bytes(), EnumSet.of(PcreOption.CASELESS));
            if (re == null) {
                return Value.ERROR;
            }
        }
        EvalContext ctx = a.context();
        List<String> names = new ArrayList<>();
        if (ctx.current() != null) {
            for (String ref : ExternalReferences.of(ctx, found.attribute().expr(), found.scope()).orElse(Collections.emptySortedSet())) {
                names.add(ref.regionMatches(true, 0, "target.", 0, 7) ? ref.substring(7) : ref);
            }
        }
        if (re == null) {
            return Value.ofBytes(String.join(",", names));
        }
        try {
            for (String name : names) {
                if (re.matchesNonEmpty(name)) {
                    return Value.TRUE;
                }
            }
        } catch (MatchLimitException limit) {
            return Value.FALSE;
        }
        return Value.FALSE;
    }
}
