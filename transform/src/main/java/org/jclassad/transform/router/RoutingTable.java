package org.jclassad.transform.router;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A loaded routing configuration: what {@link RouterLoader} found.
 *
 * @param byName           every loaded route by name, case-insensitive order (the umbrella walks it)
 * @param order            the enabled routes in matching order
 * @param preRoute         pre-route transforms
 * @param postRoute        post-route transforms
 * @param enabled          whether the router runs at all
 * @param routerName       {@code JOB_ROUTER_NAME}
 * @param destination      where routed jobs are submitted, as the tool names it ({@code local schedd},
 *                         {@code schedd N at pool P})
 * @param sourceConstraint {@code JOB_ROUTER_SOURCE_JOB_CONSTRAINT}, trimmed, or empty
 * @param roundRobin       {@code JOB_ROUTER_ROUND_ROBIN_SELECTION}
 * @param maxJobs          {@code JOB_ROUTER_MAX_JOBS} (negative: no limit)
 * @param loadMessages     what the router logged while loading, each ending with a newline
 * @param fatalError       why the router cannot run at all, or {@code null}
 */
record RoutingTable(SortedMap<String, Route> byName, List<Route> order, List<LoadedTransform> preRoute,
        List<LoadedTransform> postRoute, boolean enabled, String routerName, String destination,
        String sourceConstraint, boolean roundRobin, long maxJobs, List<String> loadMessages, String fatalError) {

    RoutingTable {
        TreeMap<String, Route> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(byName);
        byName = Collections.unmodifiableSortedMap(copy);
        order = List.copyOf(order);
        preRoute = List.copyOf(preRoute);
        postRoute = List.copyOf(postRoute);
        loadMessages = List.copyOf(loadMessages);
    }
}
