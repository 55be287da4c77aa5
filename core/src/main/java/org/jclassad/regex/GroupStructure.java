package org.jclassad.regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the translator knows of a pattern's groups as it reads them: the modes each group
 * restores when it closes, the width of every alternative (PCRE2 wants each branch of a
 * look-behind to have a fixed length), whether the last item may take a quantifier, how deeply
 * repeated groups nest (Java's matcher recurses per repetition), and the errors PCRE2 reports
 * only once the whole pattern is read.
 */
final class GroupStructure {
    /** Width of an item that matches a varying number of bytes. */
    static final int VARIABLE = -1;

    /** The modes in force at a point of the pattern. */
    record Modes(boolean extended, boolean ungreedy, boolean caseless) {
    }

    /** A group being read (the pattern itself is the outermost). */
    private static final class Frame {
        final Frame enclosing;
        final Modes restore;
        /** What the group is: {@code ""} for the pattern, {@code "("}, {@code "(?<="}... */
        final String kind;
        final int start;
        final int number;
        final List<Integer> branches = new ArrayList<>();
        int width;
        /** The width before the last item, and the last item's: a quantifier replaces it. */
        int widthBeforeLast;
        int lastWidth;
        boolean repeatable;
        /** Whether the last item is a group (a quantifier on it makes Java's matcher recurse). */
        boolean lastIsGroup;
        /** Whether the last item is a look-ahead. */
        boolean lastIsLookahead;

        Frame(Frame enclosing, Modes restore, String kind, int start, int number) {
            this.enclosing = enclosing;
            this.restore = restore;
            this.kind = kind;
            this.start = start;
            this.number = number;
        }

        boolean lookbehind() {
            return kind.startsWith("(?<=") || kind.startsWith("(?<!");
        }

        boolean lookahead() {
            return kind.startsWith("(?=") || kind.startsWith("(?!");
        }

        int depth() {
            int d = 0;
            for (Frame f = enclosing; f != null; f = f.enclosing) {
                d++;
            }
            return d;
        }
    }

    /** Widths of the capturing groups closed so far, by number (back references in look-behinds). */
    private final Map<Integer, Integer> groupWidths = new HashMap<>();
    /**
     * Errors PCRE2 finds only once the whole pattern is read: the first look-behind that is not fixed
     * length or refers to a group that does not exist, then any other reference to a missing group.
     */
    private PcreSyntaxException lookbehindError;
    /** Where the look-behind {@link #lookbehindError} belongs to starts (PCRE2 checks them in order). */
    private int lookbehindErrorAt = Integer.MAX_VALUE;
    private PcreSyntaxException referenceError;
    private Frame frame;
    private int maxRepeatedGroupDepth = -1;

    GroupStructure(Modes modes) {
        frame = new Frame(null, modes, "", 0, 0);
    }

    /** An item matching {@code width} bytes (or {@link #VARIABLE}) was read. */
    void item(int width) {
        frame.widthBeforeLast = frame.width;
        frame.lastWidth = width;
        frame.width = add(frame.width, width);
        frame.repeatable = true;
        frame.lastIsGroup = false;
        frame.lastIsLookahead = false;
    }

    /** A zero-width look-ahead that may be repeated ({@code [[:<:]]}'s). */
    void lookahead() {
        item(0);
        frame.lastIsLookahead = true;
    }

    /** An item the matcher handles as a group (a quantifier on it recurses). */
    void groupLikeItem(int width) {
        item(width);
        frame.lastIsGroup = true;
    }

    /** An assertion ({@code ^ $ \b \A}...): zero width, and PCRE2 refuses to repeat it. */
    void assertion() {
        frame.repeatable = false;
    }

    /** An option setting {@code (?i)}: nothing to repeat either. */
    void setting() {
        frame.repeatable = false;
    }

    /** {@code |}: the next alternative of the current group. */
    void alternative() {
        frame.branches.add(frame.width);
        frame.width = 0;
        frame.repeatable = false;
    }

    boolean repeatable() {
        return frame.repeatable;
    }

    /** The last item takes the quantifier {@code q}. */
    void repeat(String q, int exactCount) {
        if (frame.lastIsGroup) {
            maxRepeatedGroupDepth = Math.max(maxRepeatedGroupDepth, frame.depth() + 1);
        }
        int repeated = exactCount >= 0 && frame.lastWidth >= 0 ? frame.lastWidth * exactCount : VARIABLE;
        if (frame.lastIsLookahead && !q.startsWith("*") && !q.startsWith("?") && !q.startsWith("{0")) {
            // a look-ahead repeated at least once is obeyed once: still zero width
            repeated = 0;
        }
        frame.width = add(frame.widthBeforeLast, repeated);
        frame.lastWidth = repeated;
        frame.repeatable = false;
    }

    private static int add(int a, int b) {
        return a < 0 || b < 0 ? VARIABLE : a + b;
    }

    /** Opens a group; {@code number} is its group number (0 if not capturing), {@code modes} what to restore. */
    void open(String kind, int start, int number, Modes modes) {
        frame = new Frame(frame, modes, kind, start, number);
    }

    boolean inGroup() {
        return frame.enclosing != null;
    }

    /** Closes the innermost group; the modes to go back to. */
    Modes close() {
        Frame closed = frame;
        closed.branches.add(closed.width);
        if (closed.lookbehind() && closed.branches.contains(VARIABLE)) {
            lookbehindError(new PcreSyntaxException(125, closed.start, "lookbehind assertion is not fixed length"));
        }
        frame = closed.enclosing;
        int width = closed.lookbehind() || closed.lookahead() ? 0
                : closed.branches.stream().distinct().count() == 1 ? closed.branches.get(0) : VARIABLE;
        if (closed.number > 0) {
            groupWidths.put(closed.number, width);
        }
        groupLikeItem(width);
        frame.lastIsLookahead = closed.lookahead();
        return closed.restore;
    }

    /** The width of a capturing group already closed, or {@link #VARIABLE}. */
    int groupWidth(int number) {
        return groupWidths.getOrDefault(number, VARIABLE);
    }

    /** A reference to a group that does not exist: reported once the whole pattern is read, as PCRE2 does. */
    void noSuchGroup(int at) {
        PcreSyntaxException e = new PcreSyntaxException(115, at, "reference to non-existent subpattern");
        if (outermostLookbehind() != null) {
            lookbehindError(e);
        } else if (referenceError == null) {
            referenceError = e;
        }
    }

    /** Keeps the error of the look-behind that starts first (the outermost one around the error). */
    private void lookbehindError(PcreSyntaxException e) {
        Frame outer = outermostLookbehind();
        int at = outer == null ? e.offset() : outer.start;
        if (at < lookbehindErrorAt) {
            lookbehindErrorAt = at;
            lookbehindError = e;
        }
    }

    private Frame outermostLookbehind() {
        Frame found = null;
        for (Frame f = frame; f != null; f = f.enclosing) {
            if (f.lookbehind()) {
                found = f;
            }
        }
        return found;
    }

    /** At the end of the pattern: the errors PCRE2 reports last, in its order. */
    void finish() throws PcreSyntaxException {
        if (lookbehindError != null) {
            throw lookbehindError;
        }
        if (referenceError != null) {
            throw referenceError;
        }
    }

    /**
     * How deep the most deeply nested repeated group sits ({@code (a|b)*}: 1), or -1 if no group
     * is repeated: with the subject's length it says how much stack a Java match may take.
     */
    int repeatedGroupDepth() {
        return maxRepeatedGroupDepth;
    }
}
