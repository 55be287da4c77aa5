package org.jclassad.bench;

import java.util.concurrent.TimeUnit;

import org.jclassad.transform.config.MacroContext;
import org.jclassad.transform.config.MacroExpander;
import org.jclassad.transform.config.MacroSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Expanding a macro whose body holds {@code references} references (issue 13: a 4 MB rules body
 * with 99,000 {@code $(Z)} took 83–185 s when every replacement rescanned the text from its
 * start). The time per operation should grow with the reference count, not with its square.
 */
@State(org.openjdk.jmh.annotations.Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MacroExpansionBenchmark {
    @Param({"1000", "10000", "100000"})
    public int references;

    private final MacroSet macros = new MacroSet();
    private final MacroContext context = MacroContext.plain();

    @Setup
    public void setUp() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < references; i++) {
            body.append("line ").append(i).append(" $(Z) and more text here to pad\n");
        }
        macros.set("Z", "zz");
        macros.set("BIG", body.toString());
    }

    @Benchmark
    public String expandBody() {
        return MacroExpander.expand("$(BIG)", macros, context);
    }
}
