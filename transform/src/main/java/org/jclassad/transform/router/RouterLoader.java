package org.jclassad.transform.router;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

import org.jclassad.ClassAd;
import org.jclassad.transform.xform.OldRouteConverter;
import org.jclassad.transform.xform.OldRouteText;
import org.jclassad.transform.xform.Transform;
import org.jclassad.transform.xform.TransformLoadException;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * Reads the routing configuration the way the router daemon does at start-up: the route names
 * and their order, each route loaded and checked (new-syntax routes through the transform engine,
 * old ClassAd-style ones only in classic mode), the pre- and post-route transforms, and the
 * router-wide knobs. What it finds, and every message it logged, is a {@link RoutingTable}.
 */
final class RouterLoader {
    private final RouterConfig config;
    private final boolean classic;
    private final List<String> loadMessages = new ArrayList<>();
    /** All loaded routes by name, case-insensitive order (the umbrella walks this). */
    private final TreeMap<String, Route> table = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<Route> order = new ArrayList<>();
    private final List<Route> classicOrder = new ArrayList<>();
    private final List<LoadedTransform> preRoute = new ArrayList<>();
    private final List<LoadedTransform> postRoute = new ArrayList<>();
    private boolean enabled = true;
    private String routerName = "jobrouter";
    private String destination = "local schedd";
    private String sourceConstraint = "";
    private boolean roundRobin;
    private long maxJobs;
    private String fatalError;

    private RouterLoader(RouterConfig config, boolean classic) {
        this.config = config;
        this.classic = classic;
    }

    /** The routing table {@code config} defines; {@code classic} runs old-style routes instead of refusing them. */
    static RoutingTable load(RouterConfig config, boolean classic) {
        return new RouterLoader(config, classic).load();
    }

    private void log(String message) {
        loadMessages.add(message.endsWith("\n") ? message : message + "\n");
    }

    // Knobs are read with HTCondor's param(): a knob set to nothing counts as not set.
    private RoutingTable load() {
        String constraint = config.param("JOB_ROUTER_SOURCE_JOB_CONSTRAINT");
        boolean allowEmptyRequirements = constraint != null;
        sourceConstraint = constraint == null ? "" : constraint.trim();

        String routeNames = config.param("JOB_ROUTER_ROUTE_NAMES");
        if (!classic) {
            List<String> used = new ArrayList<>();
            for (String knob : new String[] {"JOB_ROUTER_ENTRIES_FILE", "JOB_ROUTER_ENTRIES_CMD", "JOB_ROUTER_ENTRIES"}) {
                if (config.param(knob) != null) {
                    used.add(knob);
                }
            }
            if (!used.isEmpty()) {
                log("JobRouter WARNING: " + String.join(", ", used) + " are no longer supported. New configuration\n"
                        + "                   syntax for the job router is defined using JOB_ROUTER_ROUTE_NAMES and JOB_ROUTER_ROUTE_<name>.");
            }
            if (routeNames == null) {
                log("JobRouter WARNING: JOB_ROUTER_ROUTE_NAMES is not defined, so job routing will not take place.");
                enabled = false;
            }
        }

        loadTransforms("JOB_ROUTER_PRE_ROUTE_TRANSFORM_NAMES", preRoute);
        loadTransforms("JOB_ROUTER_POST_ROUTE_TRANSFORM_NAMES", postRoute);

        if (classic) {
            loadClassicEntries(allowEmptyRequirements);
        }
        List<String> names = routeNames == null ? List.of() : tokens(routeNames);
        for (String name : names) {
            if (name.equalsIgnoreCase("NAMES")) {
                continue;
            }
            String text = config.raw("JOB_ROUTER_ROUTE_" + name);
            if (text == null) {
                continue;
            }
            String trimmed = text.strip();
            if (trimmed.isEmpty()) {
                log("JOB_ROUTER_ROUTE_" + name + " definition is empty, ignoring.");
                continue;
            }
            Route route = parseRoute(name, trimmed, allowEmptyRequirements);
            if (route != null) {
                if (table.containsKey(route.name())) {
                    log("JobRouter CONFIGURATION WARNING: while parsing JOB_ROUTER_ROUTE_" + name
                            + " found and overwrite a route from " + table.get(route.name()).source() + " with the same name");
                }
                table.remove(route.name());
                table.put(route.name(), route);
            }
        }
        if (!enabled) {
            return table();
        }
        Set<String> remaining = new LinkedHashSet<>();
        for (Route r : table.values()) {
            remaining.add(r.name().toLowerCase(Locale.ROOT));
        }
        if (routeNames != null) {
            for (String name : names) {
                Route r = table.get(name);
                if (r != null) {
                    order.add(r);
                    remaining.remove(r.name().toLowerCase(Locale.ROOT));
                } else {
                    log("route '" + name + "' from JOB_ROUTER_ROUTE_NAMES not found in the routing table.");
                }
            }
        }
        if (classic) {
            // before 8.8.7 every route took part; routes not listed follow the listed ones
            for (Route r : classicOrder) {
                if (remaining.remove(r.name().toLowerCase(Locale.ROOT))) {
                    order.add(r);
                }
            }
        } else if (!remaining.isEmpty()) {
            log("Routes not in JOB_ROUTER_ROUTE_NAMES will be disabled: " + String.join(", ", remaining));
        }
        List<String> listed = new ArrayList<>();
        for (Route r : order) {
            listed.add(r.name());
        }
        log("Routes will be matched in this order: " + String.join(", ", listed));
        roundRobin = config.bool("JOB_ROUTER_ROUND_ROBIN_SELECTION", false);
        maxJobs = config.integer("JOB_ROUTER_MAX_JOBS", -1);
        routerName = config.param("JOB_ROUTER_NAME");
        if (routerName == null) {
            if (config.isDefined("JOB_ROUTER_NAME")) {
                fatalError = "JOB_ROUTER_NAME must not be empty";
            }
            routerName = "jobrouter";
        }
        destination = destinationLabel();
        return table();
    }

    private RoutingTable table() {
        return new RoutingTable(table, order, preRoute, postRoute, enabled, routerName, destination, sourceConstraint,
                roundRobin, maxJobs, loadMessages, fatalError);
    }

    /**
     * How the router names the schedd it submits routed jobs to (SCHEDD2): {@code local schedd}
     * unless {@code JOB_ROUTER_SCHEDD2_NAME} is set, then {@code schedd NAME}, followed by
     * {@code  at pool POOL} when {@code JOB_ROUTER_SCHEDD2_POOL} is set.
     */
    private String destinationLabel() {
        String name = knob("JOB_ROUTER_SCHEDD2_NAME");
        String pool = knob("JOB_ROUTER_SCHEDD2_POOL");
        String label = name.isEmpty() ? "local schedd" : "schedd " + name;
        if (!pool.isEmpty()) {
            label += " at pool " + pool;
        }
        if (!name.isEmpty()) {
            log("Routing jobs to schedd " + name + " in pool " + pool);
        }
        return label;
    }

    /** A knob's expanded value, {@code ""} when undefined. */
    private String knob(String name) {
        String v = config.expanded(name);
        return v == null ? "" : v.strip();
    }

    private void loadClassicEntries(boolean allowEmptyRequirements) {
        OldRouteText.Defaults defaults = OldRouteText.defaults(config.param("JOB_ROUTER_DEFAULTS"),
                config.bool("MERGE_JOB_ROUTER_DEFAULT_ADS", false));
        if (defaults.problem() != null) {
            // HTCondor 9 disabled routing here; its converter, whose routes are what is compared, goes on
            log("JobRouter CONFIGURATION ERROR: JOB_ROUTER_DEFAULTS: " + defaults.problem()
                    + "; routes get what was read before it");
        }
        String entries = config.param("JOB_ROUTER_ENTRIES");
        if (entries != null) {
            addClassic(entries, "entries:%d", defaults.ad(), allowEmptyRequirements);
        }
        String file = config.param("JOB_ROUTER_ENTRIES_FILE");
        if (file != null) {
            try {
                Path entriesFile = config.options().files().check(Path.of(file.trim()));
                if (Files.size(entriesFile) > config.options().maxConfigChars()) {
                    throw new IOException("longer than " + config.options().maxConfigChars()
                            + " characters (ConfigOptions.maxConfigChars)");
                }
                String text = new String(Files.readAllBytes(entriesFile), StandardCharsets.ISO_8859_1);
                addClassic(text, "file:%d", defaults.ad(), allowEmptyRequirements);
            } catch (IOException | InvalidPathException e) {
                log("JobRouter CONFIGURATION ERROR: cannot read JOB_ROUTER_ENTRIES_FILE " + file + ": " + e.getMessage());
            }
        }
        if (config.param("JOB_ROUTER_ENTRIES_CMD") != null) {
            log("JobRouter: JOB_ROUTER_ENTRIES_CMD is not run (jclassad never runs commands); its routes are ignored.");
        }
    }

    /** The routes of a route list, read and converted as HTCondor's converter does. */
    private void addClassic(String text, String sourceFormat, ClassAd defaults, boolean allowEmptyRequirements) {
        int index = 0;
        for (OldRouteText.Entry e : OldRouteText.entries(text)) {
            String source = String.format(sourceFormat, index++);
            if (e.ad() == null) {
                log("JobRouter CONFIGURATION ERROR: Ignoring the malformed route entry at offset " + e.offset()
                        + " starting here:\n" + text.substring(e.offset(), Math.min(text.length(), e.offset() + 79)));
                continue;
            }
            ClassicRoute route = classicRoute(OldRouteText.merge(defaults, e.ad()), source, null,
                    allowEmptyRequirements, false);
            if (route == null) {
                continue;
            }
            Route existing = table.get(route.name());
            if (existing != null) {
                Value override = route.routeAd().evaluateAttr("OverrideRoutingEntry");
                if (override.isBoolean() && override.truth() == 0) {
                    continue;
                }
                if (!override.isBoolean()) {
                    log("JobRouter CONFIGURATION WARNING: two route entries have the same name '" + route.name()
                            + "' so the second one will override the first one");
                }
                classicOrder.set(classicOrder.indexOf(existing), route);
            } else {
                classicOrder.add(route);
            }
            table.put(route.name(), route);
        }
    }

    /**
     * An old-style route ad converted and loaded as the 8.9.7–24.9 router did; {@code null}
     * (with the reason logged) when the router would not use it. The name is {@code name}, else
     * the ad's {@code Name}, else its {@code GridResource}.
     */
    private ClassicRoute classicRoute(ClassAd routeAd, String source, String name, boolean allowEmptyRequirements,
            boolean prePost) {
        Transform converted = OldRouteConverter.convert("", new ClassAd(), routeAd, java.util.EnumSet.of(OldRouteConverter.Option.REMOVE_INPUT_RSL));
        String routeName = name != null ? name : converted.name();
        if (routeName.isEmpty()) {
            Value gr = routeAd.evaluateAttr("GridResource");
            routeName = gr instanceof StringValue s ? s.bytes() : "";
        }
        if (routeName.isEmpty()) {
            log("JobRouter: Missing or invalid Name in job route.");
            return null;
        }
        TransformRoute route = loadRoute(routeName, converted.withName(routeName).formattedText("", true),
                allowEmptyRequirements);
        return route == null ? null : new ClassicRoute(routeAd, source, route, prePost);
    }

    private Route parseRoute(String name, String text, boolean allowEmptyRequirements) {
        if (text.startsWith("[") || text.startsWith("/*")) {
            if (!classic) {
                log("JobRouter CONFIGURATION ERROR: JOB_ROUTER_ROUTE_" + name
                        + " is an old ClassAd-style route, which HTCondor 24.10 and later do not accept (use -classic)");
                log("Ignoring route entry in JOB_ROUTER_ROUTE_" + name);
                return null;
            }
            List<OldRouteText.Entry> entries = OldRouteText.entries(config.expanded("JOB_ROUTER_ROUTE_" + name));
            if (entries.isEmpty() || entries.get(0).ad() == null) {
                log("JobRouter CONFIGURATION ERROR: JOB_ROUTER_ROUTE_" + name + " does not parse");
                return null;
            }
            ClassicRoute r = classicRoute(entries.get(0).ad(), name, name, allowEmptyRequirements, true);
            if (r != null) {
                classicOrder.add(r);
            }
            return r;
        }
        return loadRoute(name, text, allowEmptyRequirements);
    }

    /** A route in the transform language, loaded and checked as the router does; {@code null} when rejected. */
    private TransformRoute loadRoute(String name, String text, boolean allowEmptyRequirements) {
        LoadedTransform t;
        try {
            t = XformEngine.load(name, text, config, true);
        } catch (TransformLoadException e) {
            log("JobRouter: route " + name + " is not valid: " + e.reason());
            return null;
        }
        log("JobRouter: route " + name + " converted to :\n" + t.formattedText("\t"));
        TransformRoute route = new TransformRoute(name, t, config);
        if (route.targetUniverse() == VanillaToGrid.GRID && route.gridResource().isEmpty()) {
            log("JobRouter: Missing or invalid GridResource in job route. Jobs will fail if it's not set in routed job ad.");
        }
        if (route.requirements().isEmpty() && !allowEmptyRequirements) {
            log("JobRouter CONFIGURATION ERROR: Missing Requirements in job route.");
            return null;
        }
        return route;
    }

    private void loadTransforms(String knob, List<LoadedTransform> into) {
        String list = config.param(knob);
        if (list == null) {
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String tag : tokens(list)) {
            if (!seen.add(tag.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String param = "JOB_ROUTER_TRANSFORM_" + tag;
            String text = config.raw(param);
            if (text == null || text.isEmpty()) {
                log("ERROR: " + param + " not found");
                enabled = false;
                continue;
            }
            try {
                into.add(XformEngine.load(tag, text, config, false));
            } catch (TransformLoadException e) {
                log(param + " load error: " + e.reason());
                enabled = false;
            }
        }
    }

    /** A comma/space separated list. */
    static List<String> tokens(String list) {
        List<String> out = new ArrayList<>();
        for (String t : list.split("[,\\s]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
