package org.jclassad.transform.router;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** What condor_job_router_info prints about the configuration itself: {@code -config} and the end-of-run warning. */
final class RouteDump {
    private static final String[] DEPRECATED = {
        "JOB_ROUTER_DEFAULTS", "JOB_ROUTER_ENTRIES", "JOB_ROUTER_ENTRIES_CMD", "JOB_ROUTER_ENTRIES_FILE",
    };

    private RouteDump() {
    }

    /** condor_job_router_info {@code -config}: the transforms and the enabled routes in order. */
    static void dump(RoutingTable t, PrintStream out) {
        // a disabled router has no routing table, but shows the transforms it loaded
        for (LoadedTransform pre : t.preRoute()) {
            out.print("Pre-Route Transform : " + pre.name() + "\n" + pre.formattedText("\t") + "\n\n");
        }
        for (LoadedTransform post : t.postRoute()) {
            out.print("Post-Route Transform : " + post.name() + "\n" + post.formattedText("\t") + "\n\n");
        }
        if (!t.enabled()) {
            return;
        }
        int i = 1;
        for (Route r : t.order()) {
            out.print("Route " + i++ + "\n");
            out.print("Name         : \"" + r.name() + "\"\n");
            out.print("Source       : " + r.source() + "\n");
            out.print("Universe     : " + r.targetUniverse() + "\n");
            out.print("MaxJobs      : " + r.maxJobs() + "\n");
            out.print("MaxIdleJobs  : " + r.maxIdleJobs() + "\n");
            out.print("GridResource : " + r.gridResource() + "\n");
            out.print("Requirements : " + r.requirements() + "\n");
            out.print(r.describe());
            out.print("\n\n");
        }
        List<Route> disabled = new ArrayList<>();
        for (Route r : t.byName().values()) {
            if (!t.order().contains(r)) {
                disabled.add(r);
            }
        }
        if (!disabled.isEmpty()) {
            out.print("Disabled routes:\n");
            for (Route r : disabled) {
                out.print("Name         : \"" + r.name() + "\"\n" + "Source       : " + r.source() + "\n\n");
            }
        }
    }

    /** The end-of-run warning HTCondor 25 prints when old-syntax knobs are defined (not in classic mode). */
    static String deprecationWarning(RouterConfig config, boolean classic) {
        if (classic) {
            return "";
        }
        List<String> found = new ArrayList<>();
        for (String knob : DEPRECATED) {
            String raw = config.raw(knob);
            if (raw != null && !raw.isEmpty()) {
                found.add(knob);
            }
        }
        if (found.isEmpty()) {
            return "";
        }
        return "\nWARNING: " + String.join(", ", found) + " are no longer supported. New configuration"
                + " syntax for the job router is defined using JOB_ROUTER_ROUTE_NAMES and JOB_ROUTER_ROUTE_<name>.\n";
    }
}
