package org.jclassad.match;

import java.util.List;

/** Text layout of an {@link Explanation}, after {@code condor_q -better-analyze}. */
final class ExplanationFormat {
    static final int WIDTH = 100;
    static final int MAX_SLOT_CONDITIONS = 25;

    private ExplanationFormat() {
    }

    static String format(Explanation e) {
        StringBuilder out = new StringBuilder();
        String id = e.jobId();
        if (e.requirements() == null) {
            out.append("Job ").append(id).append(" has no Requirements expression: it matches no slot.\n");
        } else {
            out.append("The Requirements expression for job ").append(id).append(" is\n\n");
            wrap(out, e.requirements(), "    ");
            out.append("\n\n");
            if (!e.jobAttributes().isEmpty()) {
                out.append("Job ").append(id).append(" defines the following attributes:\n\n");
                for (Explanation.Attribute a : e.jobAttributes()) {
                    out.append("    ").append(a.name()).append(" = ").append(a.value()).append('\n');
                }
                out.append('\n');
            }
            out.append("The Requirements expression for job ").append(id).append(" reduces to these conditions:\n\n");
            out.append("         Slots\n");
            out.append("Step    Matched  Condition\n");
            out.append("-----  --------  ---------\n");
            for (Explanation.Condition c : e.conditions()) {
                String step = "[" + c.step() + "]";
                out.append(String.format("%-5s  %8d  %s%n", step, c.matched(), c.text()));
            }
            if (!e.suggestions().isEmpty()) {
                out.append("\nSuggestions (now ").append(e.slots() - e.rejectedByJob())
                        .append(" slots pass all of the job's conditions):\n\n");
                out.append("Step   Action  Slots  Change\n");
                out.append("-----  ------  -----  ------\n");
                for (Explanation.Suggestion s : e.suggestions()) {
                    String step = "[" + s.step() + "]";
                    String change;
                    if (s.action() == Explanation.Action.REMOVE) {
                        change = "remove " + e.conditions().get(s.step()).text();
                    } else if (s.attribute() != null) {
                        change = s.attribute() + " from " + s.current() + " to " + s.suggested();
                    } else {
                        change = "the constant " + s.current() + " to " + s.suggested();
                    }
                    out.append(String.format("%-5s  %-6s  %5d  %s%n", step, s.action(), s.slots(), change));
                }
                out.append("\n(Slots: how many slots would then pass all of the job's conditions,"
                        + " other things unchanged.)\n");
            }
        }
        List<Explanation.SlotCondition> sc = e.slotConditions();
        if (!sc.isEmpty()) {
            out.append("\nConditions in the slots' own Requirements that are not true for job ").append(id)
                    .append(":\n\n");
            out.append("    Slots     Slots\n");
            out.append("Rejecting  With It  Condition\n");
            out.append("---------  -------  ---------\n");
            for (int i = 0; i < sc.size() && i < MAX_SLOT_CONDITIONS; i++) {
                Explanation.SlotCondition c = sc.get(i);
                out.append(String.format("%9d  %7d  %s%n", c.rejecting(), c.slots(), c.text()));
            }
            if (sc.size() > MAX_SLOT_CONDITIONS) {
                out.append(String.format("... and %d more%n", sc.size() - MAX_SLOT_CONDITIONS));
            }
        }
        out.append(String.format("%n%s:  Run analysis summary ignoring user priority.  Of %d slots on %d machines,%n",
                id, e.slots(), e.machines()));
        out.append(String.format("  %5d slots are rejected by your job's requirements%n", e.rejectedByJob()));
        out.append(String.format("  %5d slots reject your job because of their own requirements%n",
                e.rejectedBySlots()));
        out.append(String.format("  %5d slots match and are willing to run your job%n", e.matching()));
        if (!e.matchingSlots().isEmpty()) {
            out.append("\nMatching slots");
            if (e.matchingSlots().size() < e.matching()) {
                out.append(" (first ").append(e.matchingSlots().size()).append(')');
            }
            out.append(":\n");
            for (String name : e.matchingSlots()) {
                out.append("    ").append(name).append('\n');
            }
        }
        if (e.matching() == 0) {
            out.append("\nWARNING:  Be advised:\n");
            if (e.rejectedByJob() == e.slots()) {
                out.append("   No machines matched the job's constraints\n");
            } else {
                out.append("   Job did not match any machines' constraints\n");
            }
        }
        return out.toString();
    }

    /** Breaks a long expression after {@code &&} / {@code ||} so lines stay under {@link #WIDTH}. */
    private static void wrap(StringBuilder out, String text, String indent) {
        int lineStart = out.length();
        out.append(indent);
        int i = 0;
        while (i < text.length()) {
            int next = nextBreak(text, i);
            String piece = text.substring(i, next);
            if (out.length() - lineStart + piece.length() > WIDTH && out.length() - lineStart > indent.length()) {
                // drop the trailing space before the break
                if (out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                out.append('\n');
                lineStart = out.length();
                out.append(indent);
                piece = piece.stripLeading();
            }
            out.append(piece);
            i = next;
        }
    }

    private static int nextBreak(String text, int from) {
        int and = text.indexOf(" && ", from);
        int or = text.indexOf(" || ", from);
        int at = and < 0 ? or : (or < 0 ? and : Math.min(and, or));
        return at < 0 ? text.length() : at + 4;
    }
}
