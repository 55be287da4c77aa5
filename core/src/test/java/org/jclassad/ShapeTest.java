package org.jclassad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class ShapeTest {
    @Test
    void addingTheSameNamesInTheSameOrderGivesTheSameShape() {
        Shape first = Shape.root().child("Owner", "owner").child("Cmd", "cmd");
        Shape second = Shape.root().child("Owner", "owner").child("Cmd", "cmd");
        assertSame(first, second);
        assertEquals(0, first.slotOf("owner"));
        assertEquals(1, first.slotOf("cmd"));
        assertEquals("Cmd", first.name(1));
    }

    @Test
    void branchesDoNotSeeEachOthersNames() {
        Shape base = Shape.root().child("Zeta1", "zeta1");
        Shape withB = base.child("Zeta2", "zeta2");
        Shape withC = base.child("Zeta3", "zeta3");
        assertEquals(-1, withB.slotOf("zeta3"));
        assertEquals(-1, withC.slotOf("zeta2"));
        assertEquals(-1, base.slotOf("zeta2"));
        assertEquals(1, withC.slotOf("zeta3"));
        assertSame(withC, base.child("Zeta3", "zeta3"));
    }

    @Test
    void printOrderIsHTCondorsNameOrder() {
        Shape s = Shape.root().child("Requirements", "requirements").child("B", "b").child("aa", "aa");
        assertArrayEquals(new int[] {1, 2, 0}, s.printOrder());
    }

    @Test
    void theTreeStartsAfreshPastItsBudget() {
        Shape before = Shape.root();
        for (int i = 0; i < Shape.MAX_SLOTS / 8 + 2; i++) {
            String name = "unique" + i;
            before.child(name, name);
        }
        assertNotSame(before, Shape.root());
        // shapes made before stay usable
        assertEquals(0, before.child("unique0", "unique0").slotOf("unique0"));
    }

    @Test
    void threadsGrowingTheSameShapesAgree() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Shape>> made = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                made.add(pool.submit(() -> {
                    Shape s = Shape.root();
                    for (int i = 0; i < 200; i++) {
                        s = s.child("Attr" + i, "attr" + i);
                    }
                    return s;
                }));
            }
            Shape first = made.get(0).get();
            for (Future<Shape> f : made) {
                Shape s = f.get();
                for (int i = 0; i < 200; i++) {
                    assertEquals(i, s.slotOf("attr" + i));
                }
            }
            assertEquals(200, first.size);
        } finally {
            pool.shutdownNow();
        }
    }
}
