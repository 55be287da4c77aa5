package org.jclassad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jclassad.transform.router.RoutingSummary;

/**
 * The summary of a {@code jclassad route} run, for stderr ({@link #text()}) and as JSON
 * ({@link #json()}): jobs read, routed per route, held back per limit, not routed by reason (the
 * {@code -explain} wording), malformed ads skipped or cut short. On stderr each table is sorted
 * by count, largest first.
 */
final class RouteSummaryReport {
    private final RoutingSummary s;
    private final long skipped;
    private final long truncated;
    private final boolean preview;
    private final boolean routing;
    private final double seconds;

    RouteSummaryReport(RoutingSummary summary, long skipped, long truncated, boolean preview, boolean routing,
            double seconds) {
        this.s = summary;
        this.skipped = skipped;
        this.truncated = truncated;
        this.preview = preview;
        this.routing = routing;
        this.seconds = seconds;
    }

    private long heldBack() {
        return s.heldBack().values().stream().mapToLong(Long::longValue).sum();
    }

    private long unrouted() {
        return s.unrouted().values().stream().mapToLong(Long::longValue).sum();
    }

    /** The summary as a few indented lines. */
    String text() {
        StringBuilder b = new StringBuilder();
        long done = routing ? s.routed() : s.candidates();
        b.append(String.format(Locale.ROOT, "route summary%s: %,d job ads read in %.1f s; %,d %s, %,d held back by throttles, "
                + "%,d not routed%n", preview ? " (preview: throttles ignored)" : "", s.jobsRead() + skipped, seconds,
                done, routing ? "routed" : "matched", heldBack(), unrouted()));
        section(b, routing ? "routed, per route" : "matched, per route", s.perRoute());
        section(b, "held back, per limit (--preview ignores the limits)", s.heldBack());
        section(b, "not routed, per reason", s.unrouted());
        if (s.notJobs() > 0) {
            b.append(String.format(Locale.ROOT, "  not job ads (no integer ClusterId and ProcId): %,d%n", s.notJobs()));
        }
        if (skipped + truncated > 0) {
            b.append(String.format(Locale.ROOT, "  malformed job ads: %,d skipped, %,d cut short at a bad line%n",
                    skipped, truncated));
        }
        return b.toString();
    }

    private static void section(StringBuilder b, String title, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        b.append("  ").append(title).append(":\n");
        int width = 0;
        for (String k : counts.keySet()) {
            width = Math.max(width, Math.min(k.length(), 70));
        }
        List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Long> e : rows) {
            b.append(String.format(Locale.ROOT, "    %-" + width + "s %,12d%n", e.getKey(), e.getValue()));
        }
    }

    /** The summary as one JSON object. */
    String json() {
        return JsonText.object().put("jobsRead", s.jobsRead() + skipped).put("preview", preview)
                .put("candidates", s.candidates()).put("routed", s.routed()).put("failed", s.failed())
                .put("heldBack", heldBack()).put("notRouted", unrouted()).put("notJobAds", s.notJobs())
                .put("malformedSkipped", skipped).put("malformedCutShort", truncated)
                .put("perRoute", s.perRoute()).put("heldBackPerLimit", s.heldBack())
                .put("notRoutedPerReason", s.unrouted()).put("seconds", Math.round(seconds * 1000) / 1000.0)
                .toString();
    }
}
