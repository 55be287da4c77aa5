package org.jclassad.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * Core's exported API hands out and takes only exported types: no public or protected member,
 * superclass or interface of a type in a package {@code module-info} exports to everyone mentions
 * a type of a package it exports only to jclassad's own modules (the evaluator, the functions,
 * the unparser, ...). Otherwise a user on the module path could call a method whose types it
 * cannot name, and internals would be API by accident. Read from the compiled classes and the
 * compiled module descriptor of this module.
 */
class ExportedApiTest {
    private static final Path CLASSES_DIR = Path.of("target", "classes");
    private static final JavaClasses CLASSES = new ClassFileImporter().importPath(CLASSES_DIR);

    /**
     * Types that still leak and are being made internal on another line of work; each entry must
     * still leak (else the test says to remove it), so the list can only shrink.
     */
    private static final Set<String> PENDING = Set.of();

    /** The packages exported to every module, from the compiled {@code module-info}. */
    private static Set<String> exportedToAll() throws IOException {
        try (InputStream in = Files.newInputStream(CLASSES_DIR.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in).exports().stream()
                    .filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Exported type to what in its API mentions internal types. */
    private static Map<String, List<String>> leaks() throws IOException {
        Set<String> exported = exportedToAll();
        Map<String, List<String>> out = new TreeMap<>();
        for (JavaClass c : CLASSES) {
            if (!exported.contains(c.getPackageName()) || !visibleOutside(c)) {
                continue;
            }
            List<String> found = new ArrayList<>();
            c.getSuperclass().ifPresent(t -> check("extends", t, exported, found));
            for (JavaType t : c.getInterfaces()) {
                check("implements", t, exported, found);
            }
            for (JavaTypeVariable<JavaClass> v : c.getTypeParameters()) {
                for (JavaType b : v.getUpperBounds()) {
                    check("type parameter " + v.getName(), b, exported, found);
                }
            }
            for (JavaField f : c.getFields()) {
                if (api(c, f)) {
                    check(f.getName(), f.getType(), exported, found);
                }
            }
            for (JavaCodeUnit u : c.getCodeUnits()) {
                if (!api(c, u) || u.getModifiers().contains(JavaModifier.SYNTHETIC)
                        || u.getModifiers().contains(JavaModifier.BRIDGE) || u.getName().equals("<clinit>")) {
                    continue;
                }
                String where = u.getName() + "(" + u.getRawParameterTypes().stream().map(JavaClass::getSimpleName)
                        .collect(Collectors.joining(", ")) + ")";
                check(where + " returns", u.getReturnType(), exported, found);
                for (JavaType p : u.getParameterTypes()) {
                    check(where + " takes", p, exported, found);
                }
                for (JavaClass t : u.getThrowsClause().getTypes()) {
                    check(where + " throws", t, exported, found);
                }
                for (JavaTypeVariable<?> v : u.getTypeParameters()) {
                    for (JavaType b : v.getUpperBounds()) {
                        check(where + " type parameter " + v.getName(), b, exported, found);
                    }
                }
            }
            if (!found.isEmpty()) {
                out.put(c.getName(), found);
            }
        }
        return out;
    }

    /** Public, or protected in an extensible class, and every enclosing class the same. */
    private static boolean visibleOutside(JavaClass c) {
        for (JavaClass x = c; x != null; x = x.getEnclosingClass().orElse(null)) {
            Set<JavaModifier> m = x.getModifiers();
            if (!m.contains(JavaModifier.PUBLIC) && !m.contains(JavaModifier.PROTECTED)) {
                return false;
            }
        }
        return !c.isAnonymousClass() && !c.isLocalClass();
    }

    /** A member a user outside the module can reach. */
    private static boolean api(JavaClass owner, JavaMember m) {
        Set<JavaModifier> mods = m.getModifiers();
        return mods.contains(JavaModifier.PUBLIC)
                || mods.contains(JavaModifier.PROTECTED) && !owner.getModifiers().contains(JavaModifier.FINAL);
    }

    private static void check(String where, JavaType type, Set<String> exported, List<String> found) {
        for (JavaClass t : type.getAllInvolvedRawTypes()) {
            JavaClass base = t.isArray() ? t.getBaseComponentType() : t;
            String pkg = base.getPackageName();
            if (pkg.startsWith("org.jclassad") && !exported.contains(pkg)) {
                found.add(where + " " + base.getName());
            }
        }
    }

    @Test
    void exportedTypesMentionOnlyExportedTypes() throws IOException {
        Map<String, List<String>> leaks = leaks();
        leaks.keySet().removeAll(PENDING);
        assertEquals(Map.of(), leaks, "exported API that mentions core's internal packages: give jclassad's own"
                + " modules an internal route (as eval.ClassAdAccess) and users an exported type");
    }

    @Test
    void pendingTypesStillLeak() throws IOException {
        Set<String> leaking = leaks().keySet();
        for (String pending : PENDING) {
            assertTrue(leaking.contains(pending), pending + " no longer leaks internal types: remove it from"
                    + " ExportedApiTest.PENDING");
        }
    }

    /** The public top-level types of each package exported to everyone. */
    private static Map<String, List<String>> exportedTypes() throws IOException {
        Set<String> exported = exportedToAll();
        Map<String, List<String>> out = new TreeMap<>();
        for (JavaClass c : CLASSES) {
            if (exported.contains(c.getPackageName()) && c.getModifiers().contains(JavaModifier.PUBLIC)
                    && c.getEnclosingClass().isEmpty() && !c.getSimpleName().equals("package-info")) {
                out.computeIfAbsent(c.getPackageName(), p -> new ArrayList<>()).add(c.getSimpleName());
            }
        }
        return out;
    }

    /** Issue 16: an embedder meets fewer than 40 public types (docs/embedding.md gives the count). */
    @Test
    void coreExportsFewerThanFortyPublicTypes() throws IOException {
        Map<String, List<String>> types = exportedTypes();
        int count = types.values().stream().mapToInt(List::size).sum();
        assertTrue(count < 40, count + " exported public types: " + types);
        assertTrue(types.get("org.jclassad.ast").contains("Operator"), "the check sees the exported packages: " + types);
    }

    @Test
    void theCheckSeesTheInternalPackages() throws IOException {
        Set<String> exported = exportedToAll();
        assertTrue(exported.contains("org.jclassad"), "module-info exports the root package: " + exported);
        assertFalse(exported.contains("org.jclassad.eval"), "eval is exported to jclassad's modules only");
        List<String> found = new ArrayList<>();
        check("probe", CLASSES.get("org.jclassad.eval.Node"), exported, found);
        assertEquals(List.of("probe org.jclassad.eval.Node"), found, "an eval type counts as internal");
    }
}
