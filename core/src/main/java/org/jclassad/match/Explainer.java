package org.jclassad.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jclassad.eval.MatchClassAd;
import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.eval.Evaluator;
import org.jclassad.eval.Node;
import org.jclassad.eval.Planner;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * Explains a job against a pool, like {@code condor_q -better-analyze}: which top-level conjuncts
 * of the job's {@code Requirements} reject how many slots, which attribute values would let it
 * match more, and which conditions of the slots' own {@code Requirements} reject the job.
 *
 * <p>Every evaluation is done in a {@code MatchClassAd} of the job (left) and the slot (right),
 * so the counts agree with {@link Matchmaker}. A conjunct that is a reference to an ad's own
 * attribute holding an {@code &&} expression (a slot's {@code START}) is expanded into that
 * expression's conjuncts.
 *
 * <pre>{@code
 * ClassAd job = ClassAds.parseOld("ClusterId = 12\nProcId = 3\nRequirements = TARGET.Memory >= 4096\n");
 * List<ClassAd> pool = List.of(ClassAd.parse("[ Name = \"slot1@a\"; Memory = 8192; Requirements = true ]"));
 * Explanation e = new Matchmaker().explain(job, pool);
 * String report = e.format();                                 // condor_q -better-analyze's report for 12.003
 * if (!e.jobId().equals("12.003") || !report.contains("12.003")) throw new AssertionError(report);
 * }</pre>
 */
final class Explainer {
    /** How many matching slot names an explanation keeps. */
    static final int MAX_NAMES = 10;
    private Explainer() {
    }

    static Explanation explain(ClassAd job, List<ClassAd> slots, EvalOptions options) {
        String jobId = jobId(job);
        Expr req = job.lookup("Requirements");
        List<Expr> conjuncts = req == null ? List.of() : Conjuncts.conjuncts(req, job);
        int k = conjuncts.size();
        Node[] nodes = new Node[k];
        Suggestions.Comparison[] comparisons = new Suggestions.Comparison[k];
        for (int c = 0; c < k; c++) {
            nodes[c] = Planner.planExpr(conjuncts.get(c));
            comparisons[c] = Suggestions.comparison(conjuncts.get(c), job);
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
                pass[c][s] = MatchClassAd.isTrue(Evaluator.run(nodes[c], m.leftScope(), options));
                if (slotValues[c] != null) {
                    slotValues[c][s] = Evaluator.run(comparisons[c].slotSide(), m.leftScope(), options).value();
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
            conditions.add(new Explanation.Condition(c, Conjuncts.text(conjuncts.get(c)), matched, n - matched, alone[c]));
        }

        List<Explanation.Suggestion> suggestions = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (conditions.get(c).rejected() == 0) {
                continue;
            }
            if (comparisons[c] != null) {
                Suggestions.modify(c, comparisons[c], job, options, pass, slotValues[c], suggestions);
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

        return new Explanation(jobId, req == null ? null : Unparser.oldSyntax(req), Conjuncts.jobAttributes(job, conjuncts),
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
        for (Expr c : Conjuncts.conjuncts(req, slot)) {
            String text = Conjuncts.text(c);
            if (!seen.add(text)) {
                continue;
            }
            Node node = nodes.computeIfAbsent(text, t -> Planner.planExpr(c));
            int[] count = counts.computeIfAbsent(text, t -> new int[2]);
            count[0]++;
            if (!MatchClassAd.isTrue(Evaluator.run(node, m.rightScope(), options))) {
                count[1]++;
            }
        }
    }

    // ------------------------------------------------------------------ names

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
            return Value.fromByteString(((StringValue) name).bytes());
        }
        return "#" + (index + 1);
    }
}
