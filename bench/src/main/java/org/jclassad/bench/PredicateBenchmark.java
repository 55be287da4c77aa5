package org.jclassad.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jclassad.ClassAd;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.CompiledExpression;
import org.jclassad.eval.Evaluator;
import org.jclassad.eval.Node;
import org.jclassad.eval.Planner;
import org.jclassad.eval.Scope;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The 4-clause predicate on a real slot ad (one where every clause holds, so all four
 * are evaluated). C++ libclassad: 405-657 ns/eval; targets: interpreted 30 ns, compiled 12 ns.
 */
@State(org.openjdk.jmh.annotations.Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PredicateBenchmark {
    public static final String PREDICATE = "Cpus >= 2 && Memory >= 2048 && Arch == \"X86_64\" && OpSys == \"LINUX\"";

    private Node predicate;
    private Scope scope;
    private Evaluator evaluator;
    private CompiledExpression compiled;
    private EvalOptions options;
    private Map<String, Object> javaAd;

    @Setup
    public void setUp() {
        predicate = Planner.planExpr(ExprParser.parseExpression(PREDICATE, ParseOptions.defaults(), Reading.WHOLE));
        ClassAd slot = slotWherePredicateHolds(predicate);
        scope = ClassAdAccess.scope(slot);
        evaluator = new Evaluator(EvalOptions.defaults());
        options = EvalOptions.defaults();
        compiled = CompiledExpression.compile(predicate);
        if (!compiled.isCompiled() || compiled.evaluate(scope, options) != Value.TRUE) {
            throw new IllegalStateException("the predicate should compile and hold");
        }
        javaAd = new HashMap<>();
        for (String name : new String[] {"Cpus", "Memory", "Arch", "OpSys"}) {
            Value v = slot.evaluateAttr(name);
            javaAd.put(ClassAd.keyOf(name), v instanceof IntegerValue ? (Object) ((IntegerValue) v).value()
                    : ((StringValue) v).bytes());
        }
    }

    static ClassAd slotWherePredicateHolds(Node predicate) {
        for (ClassAd ad : PoolData.slotAds()) {
            if (Evaluator.run(predicate, ClassAdAccess.scope(ad), EvalOptions.defaults()).value() == Value.TRUE) {
                return ad;
            }
        }
        throw new IllegalStateException("no slot ad satisfies " + PREDICATE);
    }

    /** The plain public path: a fresh evaluation context and an {@link Evaluation} result per call. */
    @Benchmark
    public Evaluation interpreted() {
        return Evaluator.run(predicate, scope, EvalOptions.defaults());
    }

    /** The matchmaker's boolean path: a reused evaluator, no allocation (see -prof gc). */
    @Benchmark
    public boolean interpretedBoolean() {
        return evaluator.isTrue(predicate, scope);
    }

    /** The compiled tier: the predicate as a JVM method of its own. */
    @Benchmark
    public boolean compiled() {
        return compiled.isTrue(scope, options);
    }

    /** The compiled tier returning the value. */
    @Benchmark
    public Value compiledValue() {
        return compiled.evaluate(scope, options);
    }

    /** For scale: the predicate hand-written in Java over a map of the four values. */
    @Benchmark
    public boolean handWrittenJava() {
        Object cpus = javaAd.get("cpus");
        Object memory = javaAd.get("memory");
        Object arch = javaAd.get("arch");
        Object opsys = javaAd.get("opsys");
        return cpus instanceof Long && (Long) cpus >= 2 && memory instanceof Long && (Long) memory >= 2048
                && arch instanceof String && ((String) arch).equalsIgnoreCase("X86_64")
                && opsys instanceof String && ((String) opsys).equalsIgnoreCase("LINUX");
    }
}
