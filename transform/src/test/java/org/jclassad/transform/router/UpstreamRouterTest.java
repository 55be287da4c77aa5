package org.jclassad.transform.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jclassad.ClassAd;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdStreamOptions;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;
import org.jclassad.ast.Expr;
import org.jclassad.format.OldSyntaxWriter;
import org.jclassad.transform.xform.OldRouteConverter;
import org.jclassad.unparse.Unparser;
import org.junit.jupiter.api.Test;

/**
 * The routing facts of HTCondor's own job-router tests (spec §7), run offline through
 * {@link JobRouter}: {@code job_router_xform.run} (HEAD, new syntax),
 * {@code job_router_basic.run} and {@code lib_job_router_local.run} (V9_0_19, old syntax, run by
 * the classic engine and through the converter). Where upstream checks the slot a job ran in,
 * this checks the route chosen and the attributes of the routed ad. Corpus and provenance:
 * {@code src/test/resources/upstream-router/README.md}.
 */
class UpstreamRouterTest {
    static final String DIR = "/upstream-router/";
    static final List<String> ROUTE_ORDER = List.of("Production1", "Analysis3", "Production2", "Analysis4");

    /** The outcome of one routing pass. */
    record Outcome(JobRouter router, List<ClassAd> sources, Map<String, ClassAd> routed, String config) {
        /** The routed ad of source job {@code id} ("c.p"), or null when that job was not routed. */
        ClassAd of(String id) {
            return routed.get(id);
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = UpstreamRouterTest.class.getResourceAsStream(DIR + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    static List<ClassAd> ads(String text) {
        List<ClassAd> out = new ArrayList<>();
        try (AdStreamReader r = AdStreams.open(new StringReader(text), AdFormat.LONG,
                AdStreamOptions.defaults().asJobAdFile())) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    /** Routes {@code jobs} with config text {@code config}; routed ads are keyed by RoutedFromJobId. */
    static Outcome route(String config, String jobs, boolean classic) {
        JobRouter router = new JobRouter(ConfigLayer.parse(config), RouterOptions.defaults().withClassic(classic));
        assertTrue(router.isEnabled(), String.join("", router.loadMessages()));
        List<ClassAd> sources = ads(jobs);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream routed = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.ISO_8859_1);
        PrintStream e = new PrintStream(err, true, StandardCharsets.ISO_8859_1);
        PrintStream r = new PrintStream(routed, true, StandardCharsets.ISO_8859_1);
        router.run(sources.iterator(), new RouterOutput(o, e, r, false), true);
        assertEquals("", err.toString(StandardCharsets.ISO_8859_1));
        Map<String, ClassAd> byId = new LinkedHashMap<>();
        for (ClassAd ad : ads(routed.toString(StandardCharsets.ISO_8859_1))) {
            String id = text(ad, "RoutedFromJobId");
            assertNull(byId.put(id, ad), "routed twice: " + id);
        }
        ByteArrayOutputStream dump = new ByteArrayOutputStream();
        PrintStream d = new PrintStream(dump, true, StandardCharsets.ISO_8859_1);
        router.dumpRoutes(d);
        return new Outcome(router, sources, byId, dump.toString(StandardCharsets.ISO_8859_1));
    }

    /** An attribute as the long format prints it, or null when absent. */
    static String text(ClassAd ad, String attr) {
        Expr e = ad.lookup(attr);
        if (e == null) {
            return null;
        }
        String s = Unparser.oldSyntax(e);
        return attr.equals("RoutedFromJobId") ? s.replace("\"", "") : s;
    }

    static void assertAttr(ClassAd ad, String attr, String expected) {
        assertEquals(expected, text(ad, attr), attr + " in\n" + OldSyntaxWriter.longForm(ad));
    }

    // ------------------------------------------------------------------ the RouteMe jobs (xform and basic)

    /**
     * The expectations both {@code job_router_xform} and {@code job_router_basic} check, as
     * routing outcomes: procs 0-7 (RouteMe = 0) stay unrouted; of procs 8-15 the odd ones go to
     * Production1 and the even ones to Analysis3 (first match in JOB_ROUTER_ROUTE_NAMES order:
     * Production2 and Analysis4 are never used); the routed copy has RouteMe deleted,
     * RoutedJob = true and the route's own Requirements; the source job is only claimed.
     */
    static void assertRouteMeOutcome(Outcome o) {
        assertEquals(8, o.routed().size(), o.routed().keySet().toString());
        for (int p = 0; p < 16; p++) {
            String id = "1." + p;
            ClassAd src = o.sources().get(p);
            ClassAd r = o.of(id);
            if (p < 8) {
                assertNull(r, id + " has RouteMe = 0 and must not be routed");
                assertNull(src.lookup("Managed"), id);
                continue;
            }
            assertNotNull(r, id + " has RouteMe = 1 and must be routed");
            boolean production = (p & 1) == 1;
            assertAttr(r, "RouteName", production ? "\"Production1\"" : "\"Analysis3\"");
            assertAttr(r, "JobUniverse", "5");
            assertAttr(r, "Remote_JobUniverse", "5");
            assertAttr(r, "RouteMe", null);
            assertAttr(r, "RoutedJob", "true");
            assertAttr(r, "ProductionJob", production ? "1" : "0");
            assertAttr(r, "ProductionRun", production ? "1" : null);
            assertAttr(r, "AnalysisRun", production ? null : "3");
            assertAttr(r, "Requirements", "target.slotId & 1");
            assertAttr(r, "Totem", "\"Hare\"");
            assertAttr(r, "RoutedBy", "\"jobrouter\"");
            // the source job (upstream's "1010" row): claimed, but not edited
            assertAttr(src, "Managed", "\"External\"");
            assertAttr(src, "RouteMe", "1");
            assertAttr(src, "RoutedJob", null);
            assertAttr(src, "ProductionJob", null);
        }
    }

    @Test
    void jobRouterXformRoutesOddProcsToProduction1AndEvenToAnalysis3() throws IOException {
        Outcome o = route(resource("job_router_xform.config"), resource("route_me_jobs.ads"), false);
        assertRouteMeOutcome(o);
    }

    /** jira902: a config macro used by a pre-route transform is expanded from the router's config. */
    @Test
    void jobRouterXformPreRouteTransformSeesConfigMacros() throws IOException {
        Outcome o = route(resource("job_router_xform.config"), resource("route_me_jobs.ads"), false);
        for (ClassAd r : o.routed().values()) {
            assertAttr(r, "CollHost", "\"jira902\"");
        }
        assertEquals(1, o.router().preRouteTransforms().size());
        assertEquals("Defaults", o.router().preRouteTransforms().get(0).name());
    }

    /** Route order is JOB_ROUTER_ROUTE_NAMES'; UNIVERSE given as Vanilla, VANILLA, 5 and vanilla is 5 for all four. */
    @Test
    void jobRouterXformRouteOrderAndUniverseSpellings() throws IOException {
        Outcome o = route(resource("job_router_xform.config"), "", false);
        List<String> names = new ArrayList<>();
        for (Route r : o.router().routes()) {
            names.add(r.name());
            assertEquals(5, r.targetUniverse(), r.name());
        }
        assertEquals(ROUTE_ORDER, names);
        assertTrue(o.config().indexOf("Name         : \"Production1\"") < o.config().indexOf("Name         : \"Analysis3\""));
        assertTrue(o.config().indexOf("Name         : \"Analysis3\"") < o.config().indexOf("Name         : \"Production2\""));
        assertTrue(o.config().contains("Pre-Route Transform : Defaults"), o.config());
    }

    /** A lower-case "Requirements" statement (Analysis4) is the REQUIREMENTS keyword, not a macro. */
    @Test
    void jobRouterXformLowerCaseRequirementsKeyword() throws IOException {
        Outcome o = route(resource("job_router_xform.config"), "", false);
        Route analysis4 = o.router().routes().get(3);
        assertEquals("Analysis4", analysis4.name());
        assertEquals("RouteMe && !(ProcId & 1)", analysis4.requirements());
    }

    /** The classic engine on the old-syntax twin: DEFAULTS delete_/set_ under every route, comments between ads. */
    @Test
    void jobRouterBasicClassicEngine() throws IOException {
        Outcome o = route(resource("job_router_basic.config"), resource("route_me_jobs.ads"), true);
        List<String> names = new ArrayList<>();
        for (Route r : o.router().routes()) {
            names.add(r.name());
        }
        assertEquals(ROUTE_ORDER, names, "all four routes parse despite the comments around them");
        assertRouteMeOutcome(o);
    }

    /** The same old-syntax routes converted to transform text (8.9.7-24.9 style) and run by the new engine. */
    @Test
    void jobRouterBasicConvertedRoutes() throws IOException {
        String converted = OldRouteConverter.convertSummary(resource("job_router_basic.config"),
                java.util.EnumSet.of(OldRouteConverter.Option.REMOVE_INPUT_RSL, OldRouteConverter.Option.OLD_CE));
        assertTrue(converted.contains("JOB_ROUTER_ROUTE_Production1 @=jre"), converted);
        assertTrue(converted.contains("DELETE RouteMe"), converted);
        String config = converted + "\nJOB_ROUTER_ROUTE_NAMES = " + String.join(" ", ROUTE_ORDER) + "\n";
        assertRouteMeOutcome(route(config, resource("route_me_jobs.ads"), false));
    }

    /** An old-syntax route is refused by the HTCondor 25 engine: nothing is routed. */
    @Test
    void jobRouterBasicIsRefusedWithoutClassic() throws IOException {
        JobRouter router = new JobRouter(ConfigLayer.parse(resource("job_router_basic.config")), RouterOptions.defaults());
        assertTrue(router.routes().isEmpty());
        assertTrue(String.join("", router.loadMessages()).contains("JOB_ROUTER_ENTRIES are no longer supported"));
    }

    // ------------------------------------------------------------------ lib_job_router_local

    /**
     * DEFAULTS carrying {@code requirements} (lower case) and the edits; the one route, "Site 1",
     * sends WantJobRouter jobs to the local universe with Requirements = true.
     */
    @Test
    void libJobRouterLocalClassicEngine() throws IOException {
        Outcome o = route(resource("lib_job_router_local.config"), resource("lib_job_router_local.ads"), true);
        assertEquals(1, o.router().routes().size());
        Route site = o.router().routes().get(0);
        assertEquals("Site 1", site.name());
        assertEquals(12, site.targetUniverse());
        ClassAd r = o.of("1.0");
        assertNotNull(r, "the WantJobRouter job is routed");
        assertAttr(r, "RouteName", "\"Site 1\"");
        assertAttr(r, "JobUniverse", "12");
        assertAttr(r, "Requirements", "true");
        assertAttr(r, "WantJobRouter", null);
        assertNull(o.of("2.0"), "a job without WantJobRouter does not match the defaults' requirements");
    }

    @Test
    void libJobRouterLocalConvertedRoute() throws IOException {
        String converted = OldRouteConverter.convertSummary(resource("lib_job_router_local.config"),
                java.util.EnumSet.of(OldRouteConverter.Option.REMOVE_INPUT_RSL, OldRouteConverter.Option.OLD_CE));
        assertTrue(converted.contains("UNIVERSE LOCAL"), converted);
        assertTrue(converted.contains("JOB_ROUTER_ROUTE_NAMES = Site1"), converted);
        Outcome o = route(converted, resource("lib_job_router_local.ads"), false);
        ClassAd r = o.of("1.0");
        assertNotNull(r);
        assertAttr(r, "RouteName", "\"Site1\"");
        assertAttr(r, "JobUniverse", "12");
        assertAttr(r, "Requirements", "true");
        assertAttr(r, "WantJobRouter", null);
        assertFalse(o.routed().containsKey("2.0"));
    }
}
