package org.jclassad.match;

import java.util.List;

/**
 * Why a job does or does not match the slots of a pool, in the manner of
 * {@code condor_q -better-analyze}: made by {@link Matchmaker#explain}, printed by {@link #format()}.
 *
 * <pre>{@code
 * ClassAd job = ClassAds.parseOld("ClusterId = 1\nProcId = 0\nOwner = \"bob\"\nRequestMemory = 4096\n"
 *         + "Requirements = TARGET.Memory >= RequestMemory\n");
 * List<ClassAd> pool = List.of(
 *         ClassAd.parse("[ Name = \"slot1@a\"; Memory = 8192; Requirements = true ]"),
 *         ClassAd.parse("[ Name = \"slot1@b\"; Memory = 2048; Requirements = TARGET.Owner != \"bob\" ]"));
 * Explanation e = new Matchmaker().explain(job, pool);
 * if (e.slots() != 2 || e.matching() != 1 || e.rejectedByJob() != 1
 *         || !e.matchingSlots().equals(List.of("slot1@a"))) throw new AssertionError(e);
 *
 * Explanation.Condition memory = e.conditions().get(0);        // [0] TARGET.Memory >= RequestMemory: 1 of 2
 * Explanation.Attribute asked = e.jobAttributes().get(0);      // RequestMemory = 4096
 * Explanation.Suggestion lower = e.suggestions().get(0);       // MODIFY RequestMemory to 2048: 2 slots
 * Explanation.SlotCondition owner = e.slotConditions().get(0);  // TARGET.Owner != "bob": rejects on 1 slot
 * if (memory.matched() != 1 || memory.rejected() != 1 || !asked.name().equals("RequestMemory")
 *         || lower.action() != Explanation.Action.MODIFY || lower.slots() != 2 || owner.rejecting() != 1) {
 *     throw new AssertionError(e);
 * }
 * }</pre>
 *
 * @param jobId            {@code ClusterId.ProcId} as HTCondor prints it ({@code 12.003}), or {@code "job"}
 * @param requirements     the job's {@code Requirements} in old syntax, or {@code null} if it has none
 * @param jobAttributes    the job's own attributes its Requirements refer to, with their expressions
 * @param conditions       the top-level conjuncts of the job's Requirements, with how many slots each
 *                         accepts and rejects
 * @param suggestions      changes that would let more slots pass the job's Requirements
 * @param slotConditions   conjuncts of the slots' own Requirements that are not true for this job,
 *                         with how many slots they reject it in (over all slots, most rejecting first)
 * @param slots            slots looked at
 * @param machines         distinct machines among them (by {@code Machine}, else {@code Name})
 * @param rejectedByJob    slots the job's Requirements reject
 * @param rejectedBySlots  slots the job accepts whose own Requirements reject the job
 * @param matching         slots where both sides accept (a symmetric match)
 * @param matchingSlots    names of the matching slots, in pool order (at most 10)
 */
public record Explanation(String jobId, String requirements, List<Attribute> jobAttributes,
        List<Condition> conditions, List<Suggestion> suggestions, List<SlotCondition> slotConditions,
        int slots, int machines, int rejectedByJob, int rejectedBySlots, int matching,
        List<String> matchingSlots) {

    /** An attribute and its expression in old syntax. */
    public record Attribute(String name, String value) {
    }

    /**
     * One conjunct of the job's Requirements.
     *
     * @param step     its number, from 0, as in {@code [0]}
     * @param text     the condition in old syntax (outer parentheses dropped)
     * @param matched  slots where it is true
     * @param rejected slots where it is not (false, undefined or error)
     * @param alone    slots where it is the only conjunct that is not true: without it they would
     *                 pass the job's Requirements
     */
    public record Condition(int step, String text, int matched, int rejected, int alone) {
    }

    /** What a suggestion proposes. */
    public enum Action { MODIFY, REMOVE }

    /**
     * A change to the job that would let more slots pass its Requirements, other things equal.
     *
     * @param step      the condition it is about
     * @param action    {@code MODIFY} an attribute (or a constant of the condition), or {@code REMOVE}
     *                  the condition
     * @param attribute the job attribute to change, or {@code null} when the condition compares with
     *                  a constant (then the constant is meant)
     * @param current   the current value (old syntax), or {@code null} for REMOVE
     * @param suggested the proposed value (old syntax), or {@code null} for REMOVE
     * @param slots     slots that would then pass all of the job's conditions
     */
    public record Suggestion(int step, Action action, String attribute, String current, String suggested,
            int slots) {
    }

    /**
     * A conjunct of slots' Requirements that rejects the job on some slots.
     *
     * @param text      the condition in old syntax (outer parentheses dropped; references to the
     *                  slot's own {@code &&} expressions such as {@code START} are expanded)
     * @param slots     slots whose Requirements contain it
     * @param rejecting slots where it is not true for this job
     */
    public record SlotCondition(String text, int slots, int rejecting) {
    }

    /** The report as {@code jclassad explain} prints it. */
    public String format() {
        return ExplanationFormat.format(this);
    }
}
