package org.jclassad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jclassad.ClassAd;
import org.jclassad.TestSupport;
import org.jclassad.ast.Expr;
import org.jclassad.eval.MatchClassAd;
import org.jclassad.unparse.Unparser;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    @Test
    void sharedAdsEvaluateTheSameFromManyThreads() throws Exception {
        ClassAd slot = ClassAd.parse("[ Cpus = 8; Memory = 32768; Arch = \"X86_64\"; OpSys = \"LINUX\"; "
                + "Requirements = TARGET.RequestMemory <= Memory; Rank = TARGET.Prio * 2; l = {1, 2, [a = Cpus]} ]");
        ClassAd job = ClassAd.parse("[ RequestMemory = 2048; Prio = 5; Requirements = TARGET.Cpus >= 2 && x; x = y; y = x ]");
        Expr expr = TestSupport.parse("Cpus >= 2 && Memory >= 2048 && Arch == \"X86_64\" && l[2].a == Cpus");
        String expected = Unparser.newSyntax(slot.evaluate(expr, TestSupport.EVAL).value());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    StringBuilder seen = new StringBuilder();
                    for (int i = 0; i < 2000; i++) {
                        seen.setLength(0);
                        seen.append(Unparser.newSyntax(slot.evaluate(expr, TestSupport.EVAL).value()));
                        MatchClassAd m = new MatchClassAd(job, slot, TestSupport.EVAL);
                        seen.append(m.rightRequirements().value().truth()).append(m.leftRequirements().value().type());
                    }
                    return seen.toString();
                }));
            }
            for (Future<String> f : results) {
                assertEquals(expected + "1UNDEFINED", f.get(),
                        "every thread sees the same values");
            }
        } finally {
            pool.shutdown();
        }
    }
}
