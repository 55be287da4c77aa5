package org.jclassad.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jclassad.ClassAd;
import org.jclassad.ast.BinaryOp;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Operator;
import org.jclassad.eval.Node;
import org.jclassad.eval.Operators;
import org.jclassad.eval.Planner;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * The explainer's advice on a job-side value: for a conjunct that compares a job attribute with
 * something of the slot ({@code RequestMemory <= TARGET.Memory}), the closest value of the
 * attribute that lets more slots pass, and the value that lets the most pass.
 */
final class Suggestions {
    private Suggestions() {
    }

    /** A comparison conjunct between a job-side expression and a slot-side expression. */
    record Comparison(Operator op, boolean jobOnLeft, Expr jobSide, Node slotSide, String attribute) {
    }

    static void modify(int c, Comparison cmp, ClassAd job, EvalOptions options, boolean[][] pass,
            Value[] slotValues, List<Explanation.Suggestion> out) {
        Value current = job.evaluate(cmp.jobSide(), options).value();
        if (!(current.isNumber() || current.isString())) {
            return;
        }
        // the slots that pass every other condition: what this one alone keeps out
        List<Value> relevant = new ArrayList<>();
        for (int s = 0; s < slotValues.length; s++) {
            boolean others = true;
            for (int o = 0; o < pass.length && others; o++) {
                others = o == c || pass[o][s];
            }
            if (others) {
                relevant.add(slotValues[s]);
            }
        }
        boolean strict = cmp.op() == Operator.LESS || cmp.op() == Operator.GREATER;
        Set<Value> candidates = new LinkedHashSet<>();
        for (Value t : relevant) {
            if (current.isNumber() && t.isNumber()) {
                candidates.add(t);
                if (strict && t instanceof IntegerValue && current instanceof IntegerValue) {
                    long v = ((IntegerValue) t).value();
                    candidates.add(Value.of(v - 1));
                    candidates.add(Value.of(v + 1));
                }
            } else if (current.isString() && t.isString()) {
                candidates.add(t);
            }
        }
        int now = passing(cmp, current, relevant);
        Value closest = null;
        int closestCount = 0;
        double closestDistance = Double.MAX_VALUE;
        Value most = null;
        int mostCount = 0;
        double mostDistance = Double.MAX_VALUE;
        boolean positive = current.isNumber() && number(current) > 0;
        for (Value cand : candidates) {
            if (positive && cand.isNumber() && number(cand) <= 0) {
                continue; // a request of nothing is no advice
            }
            int count = passing(cmp, cand, relevant);
            if (count <= now) {
                continue;
            }
            double distance = distance(current, cand);
            if (distance < closestDistance || (distance == closestDistance && count > closestCount)) {
                closest = cand;
                closestCount = count;
                closestDistance = distance;
            }
            if (count > mostCount || (count == mostCount && distance < mostDistance)) {
                most = cand;
                mostCount = count;
                mostDistance = distance;
            }
        }
        if (closest == null) {
            return;
        }
        String text = Unparser.oldSyntax(current);
        out.add(new Explanation.Suggestion(c, Explanation.Action.MODIFY, cmp.attribute(), text,
                Unparser.oldSyntax(closest), closestCount));
        if (most != null && mostCount > closestCount) {
            out.add(new Explanation.Suggestion(c, Explanation.Action.MODIFY, cmp.attribute(), text,
                    Unparser.oldSyntax(most), mostCount));
        }
    }

    /** How many of the slot-side values satisfy the comparison with {@code jobValue}. */
    private static int passing(Comparison cmp, Value jobValue, List<Value> slotValues) {
        int count = 0;
        for (Value t : slotValues) {
            Value r = cmp.jobOnLeft() ? apply(cmp.op(), jobValue, t) : apply(cmp.op(), t, jobValue);
            if (r.truth() == 1) {
                count++;
            }
        }
        return count;
    }

    private static Value apply(Operator op, Value a, Value b) {
        if (op == Operator.IS || op == Operator.ISNT) {
            Value same = Operators.identical(a, b);
            return op == Operator.IS ? same : Value.of(same.truth() != 1);
        }
        return Operators.binary(op, a, b);
    }

    /** How far a candidate is from the current value (0 = the same). */
    private static double distance(Value current, Value cand) {
        if (current.isNumber() && cand.isNumber()) {
            return Math.abs(number(current) - number(cand));
        }
        if (current instanceof StringValue && cand instanceof StringValue) {
            return ((StringValue) current).bytes().equals(((StringValue) cand).bytes()) ? 0 : 1;
        }
        return 1;
    }

    private static double number(Value v) {
        if (v instanceof IntegerValue) {
            return ((IntegerValue) v).value();
        }
        return ((RealValue) v).value();
    }

    /**
     * A conjunct {@code jobSide OP slotSide} (or the reverse) with a comparison operator, where
     * one side refers only to the job and the other to the slot; {@code null} otherwise.
     */
    static Comparison comparison(Expr conjunct, ClassAd job) {
        Expr e = Conjuncts.strip(conjunct);
        if (!(e instanceof BinaryOp)) {
            return null;
        }
        BinaryOp b = (BinaryOp) e;
        switch (b.operator()) {
            case EQUAL: case NOT_EQUAL: case LESS: case LESS_OR_EQUAL: case GREATER: case GREATER_OR_EQUAL:
            case IS: case ISNT:
                break;
            default:
                return null;
        }
        boolean leftSlot = Conjuncts.refersToTarget(b.left(), job);
        boolean rightSlot = Conjuncts.refersToTarget(b.right(), job);
        if (leftSlot == rightSlot) {
            return null;
        }
        Expr jobSide = leftSlot ? b.right() : b.left();
        Expr slotSide = leftSlot ? b.left() : b.right();
        return new Comparison(b.operator(), !leftSlot, jobSide, Planner.planExpr(slotSide), Conjuncts.ownAttribute(jobSide, job));
    }
}
