package org.jclassad.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jclassad.ClassAd;
import org.jclassad.ast.AttributeRef;
import org.jclassad.ast.BinaryOp;
import org.jclassad.ast.Conditional;
import org.jclassad.ast.Elvis;
import org.jclassad.ast.Expr;
import org.jclassad.ast.FunctionCall;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Operator;
import org.jclassad.ast.Parens;
import org.jclassad.ast.RecordExpr;
import org.jclassad.ast.Selection;
import org.jclassad.ast.Subscript;
import org.jclassad.ast.UnaryOp;
import org.jclassad.eval.EvalOptions;
import org.jclassad.eval.Evaluation;
import org.jclassad.eval.Node;
import org.jclassad.eval.Operators;
import org.jclassad.eval.Planner;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * Explains a job against a pool, like {@code condor_q -better-analyze}: which top-level conjuncts
 * of the job's {@code Requirements} reject how many slots, which attribute values would let it
 * match more, and which conditions of the slots' own {@code Requirements} reject the job.
 *
 * <p>Every evaluation is done in a {@link MatchClassAd} of the job (left) and the slot (right),
 * so the counts agree with {@link Matchmaker}. A conjunct that is a reference to an ad's own
 * attribute holding an {@code &&} expression (a slot's {@code START}) is expanded into that
 * expression's conjuncts.
 *
 * <pre>{@code
 * Explanation e = Explainer.explain(job, pool, EvalOptions.defaults());
 * System.out.print(e.format());
 * }</pre>
 */
public final class Explainer {
    /** How many matching slot names an explanation keeps. */
    public static final int MAX_NAMES = 10;
    /** How deep references to {@code &&} attributes are expanded. */
    static final int MAX_INLINE_DEPTH = 4;

    private Explainer() {
    }

    /** A comparison conjunct between a job-side expression and a slot-side expression. */
    private record Comparison(Operator op, boolean jobOnLeft, Expr jobSide, Node slotSide, String attribute) {
    }

    public static Explanation explain(ClassAd job, List<ClassAd> slots, EvalOptions options) {
        String jobId = jobId(job);
        Expr req = job.lookup("Requirements");
        List<Expr> conjuncts = req == null ? List.of() : conjuncts(req, job);
        int k = conjuncts.size();
        Node[] nodes = new Node[k];
        Comparison[] comparisons = new Comparison[k];
        for (int c = 0; c < k; c++) {
            nodes[c] = Planner.planExpr(conjuncts.get(c));
            comparisons[c] = comparison(conjuncts.get(c), job);
        }
        int n = slots.size();
        boolean[][] pass = new boolean[k][n];
        Value[][] slotValues = new Value[k][];
        for (int c = 0; c < k; c++) {
            if (comparisons[c] != null) {
                slotValues[c] = new Value[n];
            }
        }
        int rejectedByJob = 0;
        int rejectedBySlots = 0;
        int matching = 0;
        List<String> names = new ArrayList<>();
        Set<String> machines = new HashSet<>();
        Map<String, int[]> slotConditions = new LinkedHashMap<>();
        Map<String, Node> slotNodes = new HashMap<>();
        for (int s = 0; s < n; s++) {
            ClassAd slot = slots.get(s);
            machines.add(machineOf(slot, s));
            MatchClassAd m = new MatchClassAd(job, slot, options);
            for (int c = 0; c < k; c++) {
                pass[c][s] = MatchClassAd.isTrue(Evaluation.run(nodes[c], m.leftScope(), options));
                if (slotValues[c] != null) {
                    slotValues[c][s] = Evaluation.run(comparisons[c].slotSide(), m.leftScope(), options).value();
                }
            }
            boolean jobOk = MatchClassAd.isTrue(m.leftRequirements());
            boolean slotOk = MatchClassAd.isTrue(m.rightRequirements());
            if (!jobOk) {
                rejectedByJob++;
            } else if (!slotOk) {
                rejectedBySlots++;
            } else {
                matching++;
                if (names.size() < MAX_NAMES) {
                    names.add(nameOf(slot, s));
                }
            }
            slotSide(slot, m, options, slotConditions, slotNodes);
        }

        List<Explanation.Condition> conditions = new ArrayList<>();
        int[] alone = new int[k];
        for (int s = 0; s < n; s++) {
            int failing = -1;
            int failures = 0;
            for (int c = 0; c < k; c++) {
                if (!pass[c][s]) {
                    failures++;
                    failing = c;
                }
            }
            if (failures == 1) {
                alone[failing]++;
            }
        }
        for (int c = 0; c < k; c++) {
            int matched = 0;
            for (int s = 0; s < n; s++) {
                if (pass[c][s]) {
                    matched++;
                }
            }
            conditions.add(new Explanation.Condition(c, text(conjuncts.get(c)), matched, n - matched, alone[c]));
        }

        List<Explanation.Suggestion> suggestions = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (conditions.get(c).rejected() == 0) {
                continue;
            }
            if (comparisons[c] != null) {
                modify(c, comparisons[c], job, options, pass, slotValues[c], suggestions);
            }
            if (alone[c] > 0) {
                suggestions.add(new Explanation.Suggestion(c, Explanation.Action.REMOVE, null, null, null, alone[c]));
            }
        }

        List<Explanation.SlotCondition> sc = new ArrayList<>();
        for (Map.Entry<String, int[]> e : slotConditions.entrySet()) {
            if (e.getValue()[1] > 0) {
                sc.add(new Explanation.SlotCondition(e.getKey(), e.getValue()[0], e.getValue()[1]));
            }
        }
        sc.sort(Comparator.comparingInt(Explanation.SlotCondition::rejecting).reversed()
                .thenComparing(Explanation.SlotCondition::text));

        return new Explanation(jobId, req == null ? null : Unparser.oldSyntax(req), jobAttributes(job, conjuncts),
                List.copyOf(conditions), List.copyOf(suggestions), List.copyOf(sc), n, machines.size(),
                rejectedByJob, rejectedBySlots, matching, List.copyOf(names));
    }

    // ------------------------------------------------------------------ the slots' side

    /** Counts the conjuncts of a slot's Requirements (present, and not true for the job). */
    private static void slotSide(ClassAd slot, MatchClassAd m, EvalOptions options, Map<String, int[]> counts,
            Map<String, Node> nodes) {
        Expr req = slot.lookup("Requirements");
        if (req == null) {
            counts.computeIfAbsent("<no Requirements>", t -> new int[2])[1]++;
            counts.get("<no Requirements>")[0]++;
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Expr c : conjuncts(req, slot)) {
            String text = text(c);
            if (!seen.add(text)) {
                continue;
            }
            Node node = nodes.computeIfAbsent(text, t -> Planner.planExpr(c));
            int[] count = counts.computeIfAbsent(text, t -> new int[2]);
            count[0]++;
            if (!MatchClassAd.isTrue(Evaluation.run(node, m.rightScope(), options))) {
                count[1]++;
            }
        }
    }

    // ------------------------------------------------------------------ suggestions

    private static void modify(int c, Comparison cmp, ClassAd job, EvalOptions options, boolean[][] pass,
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
        Set<Value> candidates = new java.util.LinkedHashSet<>();
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
    private static Comparison comparison(Expr conjunct, ClassAd job) {
        Expr e = strip(conjunct);
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
        boolean leftSlot = refersToTarget(b.left(), job);
        boolean rightSlot = refersToTarget(b.right(), job);
        if (leftSlot == rightSlot) {
            return null;
        }
        Expr jobSide = leftSlot ? b.right() : b.left();
        Expr slotSide = leftSlot ? b.left() : b.right();
        return new Comparison(b.operator(), !leftSlot, jobSide, Planner.planExpr(slotSide), ownAttribute(jobSide, job));
    }

    /** The job attribute an expression is a plain reference to ({@code X} or {@code MY.X}), else null. */
    private static String ownAttribute(Expr e, ClassAd ad) {
        String name = ownName(strip(e));
        if (name == null) {
            return null;
        }
        ClassAd.Attribute a = ad.attributeByKey(ClassAd.keyOf(name));
        return a == null ? null : a.name();
    }

    private static String ownName(Expr e) {
        if (e instanceof AttributeRef && !((AttributeRef) e).absolute()) {
            return ((AttributeRef) e).name();
        }
        if (e instanceof Selection && ((Selection) e).base() instanceof AttributeRef) {
            AttributeRef base = (AttributeRef) ((Selection) e).base();
            if (!base.absolute() && base.name().equalsIgnoreCase("my")) {
                return ((Selection) e).name();
            }
        }
        return null;
    }

    /** Whether an expression refers to the other ad: {@code TARGET.x}, or a bare name the ad lacks. */
    static boolean refersToTarget(Expr e, ClassAd self) {
        Deque<Expr> todo = new ArrayDeque<>();
        todo.push(e);
        while (!todo.isEmpty()) {
            Expr x = todo.pop();
            if (x instanceof Selection) {
                Selection s = (Selection) x;
                if (s.base() instanceof AttributeRef) {
                    AttributeRef base = (AttributeRef) s.base();
                    String key = ClassAd.keyOf(base.name());
                    if (!base.absolute() && (key.equals("target") || key.equals("other"))) {
                        return true;
                    }
                    if (!base.absolute() && key.equals("my")) {
                        continue;
                    }
                }
                todo.push(s.base());
            } else if (x instanceof AttributeRef) {
                AttributeRef r = (AttributeRef) x;
                String key = ClassAd.keyOf(r.name());
                if (!r.absolute() && !self.contains(r.name()) && !SPECIAL.contains(key)) {
                    return true;
                }
            } else {
                children(x, todo);
            }
        }
        return false;
    }

    private static final Set<String> SPECIAL = Set.of("my", "target", "other", "parent", "currenttime");

    private static void children(Expr x, Deque<Expr> todo) {
        if (x instanceof BinaryOp) {
            todo.push(((BinaryOp) x).left());
            todo.push(((BinaryOp) x).right());
        } else if (x instanceof UnaryOp) {
            todo.push(((UnaryOp) x).operand());
        } else if (x instanceof Parens) {
            todo.push(((Parens) x).inner());
        } else if (x instanceof Conditional) {
            Conditional c = (Conditional) x;
            todo.push(c.condition());
            todo.push(c.whenTrue());
            todo.push(c.whenFalse());
        } else if (x instanceof Elvis) {
            todo.push(((Elvis) x).value());
            todo.push(((Elvis) x).fallback());
        } else if (x instanceof FunctionCall) {
            ((FunctionCall) x).arguments().forEach(todo::push);
        } else if (x instanceof Subscript) {
            todo.push(((Subscript) x).base());
            todo.push(((Subscript) x).index());
        } else if (x instanceof ListExpr) {
            ((ListExpr) x).elements().forEach(todo::push);
        } else if (x instanceof Selection) {
            todo.push(((Selection) x).base());
        }
        // nested ads (RecordExpr) have their own scope: their names are not the job's
        if (x instanceof RecordExpr) {
            return;
        }
    }

    // ------------------------------------------------------------------ conjuncts

    /**
     * The top-level {@code &&} operands of {@code e} (parentheses dropped), with references to the
     * ad's own attributes that hold {@code &&} expressions expanded in place.
     */
    static List<Expr> conjuncts(Expr e, ClassAd self) {
        List<Expr> out = new ArrayList<>();
        collect(e, self, 0, new HashSet<>(), out);
        return out;
    }

    private static void collect(Expr e, ClassAd self, int depth, Set<String> expanding, List<Expr> out) {
        // walk the left spine of a left-nested && chain without recursing on its length
        Deque<Expr> rights = new ArrayDeque<>();
        Expr x = strip(e);
        while (x instanceof BinaryOp && ((BinaryOp) x).operator() == Operator.AND) {
            rights.push(((BinaryOp) x).right());
            x = strip(((BinaryOp) x).left());
        }
        List<Expr> operands = new ArrayList<>();
        operands.add(x);
        while (!rights.isEmpty()) {
            operands.add(rights.pop());
        }
        for (Expr operand : operands) {
            Expr o = strip(operand);
            if (o instanceof BinaryOp && ((BinaryOp) o).operator() == Operator.AND) {
                collect(o, self, depth, expanding, out);
                continue;
            }
            String name = ownName(o);
            if (name != null && depth < MAX_INLINE_DEPTH) {
                Expr def = self.lookup(name);
                String key = ClassAd.keyOf(name);
                Expr d = def == null ? null : strip(def);
                if (d instanceof BinaryOp && ((BinaryOp) d).operator() == Operator.AND && !expanding.contains(key)) {
                    expanding.add(key);
                    collect(d, self, depth + 1, expanding, out);
                    expanding.remove(key);
                    continue;
                }
            }
            out.add(o);
        }
    }

    private static Expr strip(Expr e) {
        while (e instanceof Parens) {
            e = ((Parens) e).inner();
        }
        return e;
    }

    private static String text(Expr e) {
        return Unparser.oldSyntax(strip(e)).strip();
    }

    // ------------------------------------------------------------------ names

    /** The job's own attributes the conditions refer to, in order of first reference. */
    private static List<Explanation.Attribute> jobAttributes(ClassAd job, List<Expr> conjuncts) {
        Map<String, Explanation.Attribute> found = new LinkedHashMap<>();
        Deque<Expr> todo = new ArrayDeque<>();
        for (int i = conjuncts.size() - 1; i >= 0; i--) {
            todo.push(conjuncts.get(i));
        }
        while (!todo.isEmpty()) {
            Expr x = todo.pop();
            String name = ownName(x);
            if (name != null) {
                String key = ClassAd.keyOf(name);
                ClassAd.Attribute a = job.attributeByKey(key);
                if (a != null && !key.equals("requirements") && !found.containsKey(key)) {
                    found.put(key, new Explanation.Attribute(a.name(), Unparser.oldSyntax(a.expr())));
                }
                continue;
            }
            if (x instanceof Selection) {
                continue;
            }
            List<Expr> kids = new ArrayList<>();
            Deque<Expr> tmp = new ArrayDeque<>();
            children(x, tmp);
            kids.addAll(tmp);
            for (Expr kid : kids) {
                todo.push(kid);
            }
        }
        return List.copyOf(found.values());
    }

    /** {@code ClusterId.ProcId} as HTCondor prints job ids ({@code 12.003}), or {@code "job"}. */
    static String jobId(ClassAd job) {
        Value cluster = job.evaluateAttr("ClusterId");
        Value proc = job.evaluateAttr("ProcId");
        if (cluster instanceof IntegerValue && proc instanceof IntegerValue) {
            return ((IntegerValue) cluster).value() + "." + String.format("%03d", ((IntegerValue) proc).value());
        }
        return "job";
    }

    private static String machineOf(ClassAd slot, int index) {
        Value m = slot.evaluateAttr("Machine");
        if (m instanceof StringValue) {
            return ((StringValue) m).bytes();
        }
        return nameOf(slot, index);
    }

    private static String nameOf(ClassAd slot, int index) {
        Value name = slot.evaluateAttr("Name");
        if (name instanceof StringValue) {
            return org.jclassad.value.Value.fromByteString(((StringValue) name).bytes());
        }
        return "#" + (index + 1);
    }
}
