package org.jclassad.transform.xform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jclassad.ClassAd;
import org.jclassad.analysis.Flattener;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.RecordExpr;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.eval.Planner;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.transform.config.Configuration;
import org.jclassad.transform.config.MacroContext;
import org.jclassad.transform.config.MacroExpander;
import org.jclassad.transform.config.MacroParser;
import org.jclassad.transform.config.MacroSet;
import org.jclassad.transform.config.ParamValues;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * Converts old ClassAd-style job routes ({@code [ Name = ...; copy_X = "Y"; set_X = e; ... ]})
 * into transform text, as HTCondor's converter does (router 8.9.7–24.9 and
 * {@code condor_transform_ads -convertoldroutes}): NAME, UNIVERSE, REQUIREMENTS (flattened over
 * the route, {@code TARGET.} stripped), plain attributes as macros, then COPY, DELETE, SET and
 * EVALSET groups, each sorted case-insensitively so that the old pass order survives.
 *
 * <p>Options ({@link Option}): drop {@code set_InputRSL}; rewrite the CE's default {@code eval_set_}
 * expressions into macros; "old CE", omitting a NAME that is a valid attribute name.
 */
public final class OldRouteConverter {
    /** What a conversion does beyond the plain rewriting; {@link #fromMask} reads HTCondor's numeric form. */
    public enum Option {
        /** Drop {@code set_InputRSL} (HTCondor's bit 1). */
        REMOVE_INPUT_RSL,
        /** Rewrite the CE's default {@code eval_set_} expressions into macros (bit 2). */
        FIX_EVAL_SET,
        /** Omit a NAME that is a valid attribute name, as old CEs wrote them (bit 4). */
        OLD_CE;

        /** The options of {@code condor_transform_ads -convertoldroutes:N}'s number (bits 1, 2, 4). */
        public static Set<Option> fromMask(int mask) {
            EnumSet<Option> set = EnumSet.noneOf(Option.class);
            for (Option o : values()) {
                if ((mask & (1 << o.ordinal())) != 0) {
                    set.add(o);
                }
            }
            return set;
        }
    }

    private static final int F_FLATTEN = 0x10;
    private static final int F_UNTARGET = 0x20;
    private static final int F_MYTARGET = 0x40;

    private static final Map<String, Integer> INTERESTING = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (String s : new String[] {"DEFAULT_MAXMEMORY", "DEFAULT_MAXWALLTIME", "DEFAULT_QUEUE", "DEFAULT_XCOUNT",
            "ENVIRONMENT", "GLOBUSRSL", "GRIDRESOURCE", "INPUTRSL", "MAXMEMORY", "MAXWALLTIME", "MINWALLTIME", "NAME",
            "ONEXITHOLD", "ONEXITHOLDREASON", "ONEXITHOLDSUBCODE", "ORIG_ENVIRONMENT", "OSG_ENVIRONMENT", "QUEUE",
            "REMOTE_CEREQUIREMENTS", "REMOTE_NODENUMBER", "REMOTE_QUEUE", "REMOTE_SMPGRANULARITY", "REQUESTCPUS",
            "REQUESTMEMORY", "TARGETUNIVERSE", "UNIVERSE", "XCOUNT"}) {
            INTERESTING.put(s, 0);
        }
        for (String s : new String[] {"EditJobInPlace", "FailureRateThreshold", "JobFailureTest",
            "JobShouldBeSandboxed", "OverrideRoutingEntry", "UseSharedX509UserProxy", "SharedX509UserProxy"}) {
            INTERESTING.put(s, F_FLATTEN | F_MYTARGET);
        }
        INTERESTING.put("REQUIREMENTS", F_FLATTEN | F_UNTARGET);
    }

    private OldRouteConverter() {
    }

    private static ClassAd adOf(RecordExpr r) {
        return ClassAdAccess.fromRecord(r, new Planner(FunctionRegistry.global()));
    }

    /** Converts one route ad (text {@code [ ... ]}) to a transform named {@code name}. */
    public static Transform convertOne(String name, String routeText, Set<Option> options) {
        RecordExpr r;
        try {
            r = ExprParser.parseRecord(routeText.strip(), ParseOptions.defaults());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Could not parse transform classad " + name);
        }
        return convert(name, new ClassAd(), adOf(r), options);
    }

    /** Converts a route (merged over {@code defaults}) to a transform; the name defaults to {@code name}. */
    public static Transform convert(String name, ClassAd defaults, ClassAd entry, Set<Option> options) {
        String[] nameOut = {name == null ? "" : name};
        List<String> statements = statements(nameOut, defaults, entry, options);
        Transform t = Transform.fromConfigText(nameOut[0], String.join("\n", statements));
        return t.withName(nameOut[0]);
    }

    private static String unparse(Expr e) {
        return Unparser.oldSyntax(e);
    }

    private static String special(ClassAd route, Expr tree, int opts) {
        Expr e = tree;
        if ((opts & F_FLATTEN) != 0) {
            e = Flattener.flatten(route, tree);
        }
        if ((opts & F_UNTARGET) != 0) {
            e = TargetReferences.retarget(e, false);
        }
        if ((opts & F_MYTARGET) != 0) {
            e = TargetReferences.retarget(e, true);
        }
        return unparse(e);
    }

    private static boolean startsWithIgnoreCase(String s, String p) {
        return s.length() >= p.length() && s.regionMatches(true, 0, p, 0, p.length());
    }

    static List<String> statements(String[] name, ClassAd defaults, ClassAd entry, Set<Option> options) {
        ClassAd route = OldRouteText.merge(defaults, entry);
        String requirements = null;
        int targetUniverse = 0;
        Map<String, String> assignments = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> copies = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> deletes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> sets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> evalsets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        boolean hasDefOnExitHold = false;
        for (ClassAd.Attribute a : route.attributes()) {
            String attr = a.name();
            Expr tree = a.expr();
            if (startsWithIgnoreCase(attr, "copy_")) {
                Value v = route.evaluateAttr(attr);
                if (v instanceof StringValue s) {
                    copies.put(attr.substring(5), s.bytes());
                }
            } else if (startsWithIgnoreCase(attr, "delete_")) {
                deletes.put(attr.substring(7), "");
            } else if (startsWithIgnoreCase(attr, "set_")) {
                String target = attr.substring(4);
                if (target.equalsIgnoreCase("InputRSL") && options.contains(Option.REMOVE_INPUT_RSL)) {
                    continue;
                }
                String rhs = unparse(tree);
                if (!rhs.isEmpty()) {
                    sets.put(target, rhs);
                }
            } else if (startsWithIgnoreCase(attr, "eval_set_")) {
                String target = attr.substring(9);
                String rhs = unparse(tree);
                if (rhs.isEmpty()) {
                    continue;
                }
                String t = target.toUpperCase(java.util.Locale.ROOT);
                boolean ce = t.equals("REQUESTMEMORY") || t.equals("REQUESTCPUS") || t.equals("REMOTE_NODENUMBER")
                        || t.equals("REMOTE_SMPGRANULARITY") || t.equals("ONEXITHOLD") || t.equals("ONEXITHOLDREASON")
                        || t.equals("ONEXITHOLDSUBCODE") || t.equals("REMOTE_QUEUE");
                Expr defTree = defaults.lookup(attr);
                boolean isDefault = defTree != null && unparse(defTree).equals(rhs);
                if (ce && options.contains(Option.FIX_EVAL_SET) && isDefault) {
                    if (t.equals("REQUESTMEMORY")) {
                        sets.put(target, "$(maxMemory:2000)");
                        continue;
                    } else if (t.equals("REQUESTCPUS") || t.equals("REMOTE_NODENUMBER")
                            || t.equals("REMOTE_SMPGRANULARITY")) {
                        sets.put(target, "$(xcount:1)");
                        continue;
                    } else if (t.startsWith("ONEXITHOLD")) {
                        hasDefOnExitHold = true;
                        continue;
                    } else if (t.equals("REMOTE_QUEUE")) {
                        sets.put(target, "$Fq(queue)");
                        continue;
                    }
                }
                if (TargetReferences.refersInto(route, tree)) {
                    rhs = special(route, tree, F_MYTARGET | F_FLATTEN);
                }
                evalsets.put(target, rhs);
            } else {
                Integer opts = INTERESTING.get(attr);
                String up = attr.toUpperCase(java.util.Locale.ROOT);
                if (up.equals("NAME")) {
                    Value v = route.evaluateAttr(attr);
                    if (v instanceof StringValue s) {
                        name[0] = s.bytes();
                    }
                } else if (up.equals("TARGETUNIVERSE")) {
                    Value v = route.evaluateAttr(attr);
                    if (v instanceof org.jclassad.value.IntegerValue i) {
                        targetUniverse = (int) i.value();
                    } else if (v instanceof org.jclassad.value.RealValue rv) {
                        targetUniverse = (int) rv.value();
                    }
                } else if (up.equals("GRIDRESOURCE")) {
                    String rhs = unparse(tree);
                    if (!rhs.isEmpty()) {
                        assignments.put(attr, rhs);
                    }
                } else if (up.equals("REQUIREMENTS")) {
                    requirements = special(route, tree, opts);
                } else {
                    String rhs;
                    if (opts != null && opts != 0) {
                        rhs = special(route, tree, opts);
                    } else if (tree instanceof Literal lit && lit.value() instanceof StringValue s) {
                        rhs = s.bytes();
                    } else {
                        rhs = unparse(tree);
                    }
                    if (!rhs.isEmpty()) {
                        assignments.put(attr, rhs);
                    }
                }
            }
        }
        if (hasDefOnExitHold && options.contains(Option.FIX_EVAL_SET)) {
            for (String k : new String[] {"OnExitHold", "OnExitHoldReason", "OnExitHoldSubCode"}) {
                copies.remove(k);
                evalsets.remove(k);
            }
        }
        List<String> out = new ArrayList<>();
        out.add("# autoconversion of route '" + name[0] + "' from old route syntax");
        if (!name[0].isEmpty()) {
            if (!(options.contains(Option.OLD_CE) && TransformEngine.isValidAttributeName(name[0]))) {
                out.add("NAME " + name[0]);
            }
        }
        if (targetUniverse != 0) {
            out.add("UNIVERSE " + targetUniverse);
        }
        if (requirements != null && !requirements.isEmpty()) {
            out.add("REQUIREMENTS " + requirements);
        }
        out.add("");
        assignments.forEach((k, v) -> out.add(k + " = " + v));
        group(out, "# copy_* rules", copies, (k, v) -> "COPY " + k + " " + v);
        group(out, "# delete_* rules", deletes, (k, v) -> "DELETE " + k);
        group(out, "# set_* rules", sets, (k, v) -> "SET " + k + " " + v);
        group(out, "# eval_set_* rules", evalsets, (k, v) -> "EVALSET " + k + " " + v);
        return out;
    }

    private static void group(List<String> out, String comment, Map<String, String> map,
            java.util.function.BiFunction<String, String, String> line) {
        if (map.isEmpty()) {
            return;
        }
        out.add("");
        out.add(comment);
        map.forEach((k, v) -> out.add(line.apply(k, v)));
    }

    // ------------------------------------------------------------------ route lists

    private static ClassAd defaults(String text, boolean merge) {
        return OldRouteText.defaults(text, merge).ad();
    }

    private static boolean bool(String v) {
        return ParamValues.bool(v).orElse(false);
    }

    /**
     * {@code -convertoldroutes[:N]}: the routes of {@code JOB_ROUTER_ENTRIES} (and
     * {@code JOB_ROUTER_ENTRIES_FILE}) of a configuration, printed as transform text.
     */
    public static String convertConfig(Configuration config, Set<Option> options, Path cwd) {
        ClassAd defaults = defaults(config.expanded("JOB_ROUTER_DEFAULTS"),
                bool(config.expanded("MERGE_JOB_ROUTER_DEFAULT_ADS")));
        StringBuilder out = new StringBuilder();
        String entries = config.expanded("JOB_ROUTER_ENTRIES");
        if (entries != null) {
            int index = 1;
            for (OldRouteText.Entry e : OldRouteText.entries(entries)) {
                out.append("\n##### JOB_ROUTER_ENTRIES [").append(index++).append("] #####\n");
                if (e.ad() != null) {
                    out.append(convert("", defaults, e.ad(), options).formattedText("", true));
                }
                out.append('\n');
            }
        }
        String file = config.expanded("JOB_ROUTER_ENTRIES_FILE");
        if (file != null && !file.isBlank()) {
            try {
                Path p = cwd == null ? Path.of(file.strip()) : cwd.resolve(file.strip());
                String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                int index = 0;
                for (OldRouteText.Entry e : OldRouteText.entries(text)) {
                    index++;
                    out.append("\n##### JOB_ROUTER_ENTRIES_FILE [").append(index).append("] #####\n");
                    if (e.ad() != null) {
                        out.append(convert("", defaults, e.ad(), options).formattedText("", true));
                    }
                    out.append('\n');
                }
            } catch (IOException e) {
                // HTCondor reports this on stderr and goes on
            }
        }
        return out.toString();
    }

    /**
     * {@code -convertoldroutes:file <summary>}: the routes of a {@code condor_config_val -summary}
     * file as {@code JOB_ROUTER_ROUTE_<tag> @=jre ... @jre} knobs, then
     * {@code JOB_ROUTER_ROUTE_NAMES} unless the file defines it.
     */
    public static String convertSummary(String text, Set<Option> options) {
        MacroSet set = new MacroSet();
        MacroContext ctx = MacroContext.builder().subsys("JOB_ROUTER").build();
        MacroParser.parseConfig(text, "<summary>", set, ctx);
        ClassAd defaults = defaults(expanded(set, ctx, "JOB_ROUTER_DEFAULTS"),
                bool(expanded(set, ctx, "MERGE_JOB_ROUTER_DEFAULT_ADS")));
        ClassAd generated = defaults(expanded(set, ctx, "JOB_ROUTER_DEFAULTS_GENERATED"), false);
        for (ClassAd.Attribute a : generated.attributes()) {
            Expr mine = defaults.lookup(a.name());
            if (mine != null && unparse(mine).equals(unparse(a.expr()))) {
                defaults.remove(a.name());
            }
        }
        StringBuilder out = new StringBuilder();
        List<String> tags = new ArrayList<>();
        String entries = ctx.lookup("JOB_ROUTER_ENTRIES", set);
        int index = 1;
        for (OldRouteText.Entry e : OldRouteText.entries(entries == null ? "" : entries)) {
            if (e.ad() == null) {
                continue;
            }
            Transform t = convert("", defaults, e.ad(), options);
            String tag = t.name().replaceAll("[^A-Za-z0-9_]", "");
            if (tag.isEmpty()) {
                continue;
            }
            tags.add(tag);
            if (tag.equals(t.name())) {
                t.withName("");
            }
            out.append("\n##### Route ").append(index++).append("\nJOB_ROUTER_ROUTE_").append(tag).append(" @=jre\n");
            out.append(t.formattedText("   ", true)).append("\n@jre\n");
        }
        String file = expanded(set, ctx, "JOB_ROUTER_ENTRIES_FILE");
        if (file != null) {
            out.append("need JOB_ROUTER_ENTRIES_FILE ").append(file).append('\n');
        }
        if (ctx.lookup("JOB_ROUTER_ROUTE_NAMES", set) == null) {
            out.append("\nJOB_ROUTER_ROUTE_NAMES = ").append(String.join(" ", tags)).append('\n');
        }
        return out.toString();
    }

    private static String expanded(MacroSet set, MacroContext ctx, String name) {
        String raw = ctx.lookup(name, set);
        return raw == null ? null : MacroExpander.expand(raw, set, ctx);
    }
}
