package org.jclassad.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The core's packages form a one-way stack (docs/architecture.md). The one loop allowed is the
 * ad literal's: a ClassAd holds planned expressions ({@code eval}), and planning an ad literal
 * makes a ClassAd. Checked on the compiled classes of this module.
 */
class PackageStackTest {
    private static final String ROOT = "org.jclassad";

    /** Bottom to top; a package may use only packages in layers below its own. */
    private static final List<Set<String>> LAYERS = List.of(
            Set.of("text"),
            Set.of("value"),
            Set.of("ast", "regex", "evaluation"),
            Set.of("parse"),
            Set.of("unparse", "parser"),
            Set.of("", "eval"),
            Set.of("analysis"),
            Set.of("function", "format"),
            Set.of("io", "match", "mapping"));

    /** The ad-literal loop: the root package (ClassAd) and the evaluator use each other. */
    private static final Set<String> AD_LITERAL_LOOP = Set.of("", "eval");

    private static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target", "classes"));

    /** Package (relative to org.jclassad, "" for the root) to the packages it uses. */
    private static Map<String, Set<String>> packageGraph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (JavaClass c : CLASSES) {
            String from = relative(c.getPackageName());
            if (from == null || from.equals("grammar")) {
                continue;
            }
            Set<String> uses = graph.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = relative(d.getTargetClass().getPackageName());
                if (to != null && !to.equals(from) && !to.equals("grammar")) {
                    uses.add(to);
                }
            }
        }
        return graph;
    }

    private static String relative(String pkg) {
        if (pkg.equals(ROOT)) {
            return "";
        }
        return pkg.startsWith(ROOT + ".") ? pkg.substring(ROOT.length() + 1) : null;
    }

    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void everyPackageHasAPlaceInTheStack() {
        for (String pkg : packageGraph().keySet()) {
            assertTrue(layer(pkg) >= 0, "package '" + pkg + "' is not in the stack: place it in LAYERS and in"
                    + " docs/architecture.md");
        }
    }

    @Test
    void packagesUseOnlyPackagesBelowThem() {
        List<String> upward = new ArrayList<>();
        packageGraph().forEach((from, uses) -> {
            for (String to : uses) {
                boolean loop = AD_LITERAL_LOOP.contains(from) && AD_LITERAL_LOOP.contains(to);
                if (!loop && layer(to) >= layer(from)) {
                    upward.add(name(from) + " -> " + name(to) + " " + culprits(from, to));
                }
            }
        });
        assertEquals(List.of(), upward, "dependencies that do not go down the stack");
    }

    @Test
    void theOnlyPackageCycleIsTheAdLiteralLoop() {
        List<Set<String>> cycles = new ArrayList<>();
        for (Set<String> component : stronglyConnected(packageGraph())) {
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
        assertEquals(List.of(new TreeSet<>(AD_LITERAL_LOOP)), cycles,
                "package cycles (only ClassAd <-> eval, the ad literal, is allowed)");
    }

    @Test
    void theAdLiteralLoopPassesThroughClassAdAlone() {
        Set<String> rootClassesUsedByEval = new TreeSet<>();
        Set<String> rootClassesUsingEval = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            String from = relative(c.getPackageName());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = relative(d.getTargetClass().getPackageName());
                if ("eval".equals(from) && "".equals(to)) {
                    rootClassesUsedByEval.add(d.getTargetClass().getName());
                } else if ("".equals(from) && "eval".equals(to)) {
                    rootClassesUsingEval.add(c.getName());
                }
            }
        }
        // ClassAd$Access is ClassAd's half of eval.ClassAdAccess, the evaluator's way into an ad
        Set<String> classAd = Set.of(ROOT + ".ClassAd", ROOT + ".ClassAd$Attribute", ROOT + ".ClassAd$Access");
        assertTrue(classAd.containsAll(rootClassesUsedByEval), "eval uses only ClassAd of the root package: "
                + rootClassesUsedByEval);
        assertTrue(classAd.containsAll(rootClassesUsingEval), "only ClassAd of the root package uses eval: "
                + rootClassesUsingEval);
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? ROOT : ROOT + "." + pkg;
    }

    /** Which classes make the dependency, for the failure message. */
    private static Set<String> culprits(String from, String to) {
        Set<String> out = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            if (!from.equals(relative(c.getPackageName()))) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                if (to.equals(relative(d.getTargetClass().getPackageName()))) {
                    out.add(c.getSimpleName() + " -> " + d.getTargetClass().getSimpleName());
                }
            }
        }
        return out;
    }

    /** Tarjan's strongly connected components, iteratively. */
    private static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> components = new ArrayList<>();
        int[] counter = {0};
        for (String start : graph.keySet()) {
            if (index.containsKey(start)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[] {start, new ArrayList<>(graph.getOrDefault(start, Set.of())).iterator()});
            index.put(start, counter[0]);
            low.put(start, counter[0]++);
            stack.push(start);
            onStack.add(start);
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String v = (String) frame[0];
                @SuppressWarnings("unchecked")
                Iterator<String> next = (Iterator<String>) frame[1];
                if (next.hasNext()) {
                    String w = next.next();
                    if (!index.containsKey(w)) {
                        index.put(w, counter[0]);
                        low.put(w, counter[0]++);
                        stack.push(w);
                        onStack.add(w);
                        work.push(new Object[] {w, new ArrayList<>(graph.getOrDefault(w, Set.of())).iterator()});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    Set<String> component = new TreeSet<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.add(w);
                    } while (!w.equals(v));
                    components.add(component);
                }
            }
        }
        return components;
    }
}
