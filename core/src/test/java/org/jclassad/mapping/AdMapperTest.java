package org.jclassad.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jclassad.AttributeException;
import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.io.ClassAds;
import org.junit.jupiter.api.Test;

class AdMapperTest {
    enum Universe { VANILLA, DOCKER }

    record Resources(@AdAttribute("Cpus") int cpus, @AdAttribute("Memory") long memory) { }

    record Job(@AdAttribute("Owner") String owner, @AdAttribute("RequestCpus") int cpus, double weight,
               boolean idle, List<String> args, Map<String, Long> limits, Universe universe, Instant queued,
               OffsetDateTime started, Duration wall, Resources slot, List<Resources> history,
               Optional<String> note, @AdAttribute("Requirements") Expr requirements, Set<Integer> ports,
               char grade, short nice, byte small, float ratio, Long boxed) { }

    static final class Bean {
        String name;
        @AdAttribute("ClusterId") int cluster;
        transient int ignored = 7;
        int[] procs;
    }

    private static Job sample() {
        return new Job("alice", 2, 0.25, true, List.of("-v", "x y"), Map.of("disk", 10L), Universe.DOCKER,
                Instant.parse("2026-01-02T03:04:05Z"), OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(-5)),
                Duration.ofSeconds(90, 500_000_000), new Resources(4, 8192), List.of(new Resources(1, 2)),
                Optional.of("n"), ClassAds.parseExpr("TARGET.Memory >= 2048"), Set.of(22), 'A', (short) -3,
                (byte) 9, 0.5f, null);
    }

    @Test
    void recordsRoundTripExactly() {
        Job job = sample();
        ClassAd ad = AdMapper.toAd(job);
        Job back = AdMapper.fromAd(ad, Job.class);
        assertEquals(ClassAds.unparse(job.requirements()), ClassAds.unparse(back.requirements()));
        Job withSameExpr = new Job(job.owner(), job.cpus(), job.weight(), job.idle(), job.args(), job.limits(),
                job.universe(), job.queued(), job.started(), job.wall(), job.slot(), job.history(), job.note(),
                back.requirements(), job.ports(), job.grade(), job.nice(), job.small(), job.ratio(), job.boxed());
        assertEquals(withSameExpr, back);
        assertEquals(ad, AdMapper.toAd(back), "mapping back gives the same ad");
    }

    @Test
    void annotatedNamesAndPlainTypesAppearAsHTCondorWritesThem() {
        ClassAd ad = AdMapper.toAd(new Resources(4, 8192));
        assertEquals("[ Cpus = 4; Memory = 8192 ]", ad.toString());
        assertEquals(new Resources(4, 8192), AdMapper.fromAd(ClassAd.parse("[ cpus = 2 * 2; MEMORY = 8192 ]"), Resources.class),
                "names ignore case; attributes are evaluated");
    }

    @Test
    void nullsAreLeftOutAndMissingAttributesReadAsNull() {
        ClassAd ad = AdMapper.toAd(sample());
        assertEquals(false, ad.contains("boxed"));
        assertNull(AdMapper.fromAd(ad, Job.class).boxed());
        assertEquals(Optional.empty(), AdMapper.fromAd(ClassAd.parse("[ Owner = \"a\" ]"), OptionalNote.class).note());
    }

    @Test
    void plainObjectsMapTheirFields() {
        Bean b = new Bean();
        b.name = "n";
        b.cluster = 12;
        b.procs = new int[] {0, 1};
        ClassAd ad = AdMapper.toAd(b);
        assertEquals("[ name = \"n\"; procs = { 0,1 }; ClusterId = 12 ]", ad.toString());
        Bean back = AdMapper.fromAd(ad, Bean.class);
        assertEquals("n", back.name);
        assertEquals(12, back.cluster);
        assertArrayEquals(new int[] {0, 1}, back.procs);
    }

    @Test
    void mismatchesNameTheAttributePath() {
        assertEquals("attribute 'slot.Memory' is a string, not an integer",
                assertThrows(AttributeException.class, () -> AdMapper.fromAd(
                        ClassAd.parse("[ slot = [ Cpus = 1; Memory = \"lots\" ] ]"), Holder.class)).getMessage());
        assertEquals("attribute 'Cpus' is missing",
                assertThrows(AttributeException.class, () -> AdMapper.fromAd(ClassAd.parse("[ Memory = 1 ]"),
                        Resources.class)).getMessage());
        assertEquals("attribute 'small' is 300, outside the range of a byte",
                assertThrows(AttributeException.class, () -> AdMapper.fromAd(ClassAd.parse("[ small = 300 ]"),
                        Small.class)).getMessage());
    }

    record Holder(Resources slot) { }

    record OptionalNote(Optional<String> note) { }

    record Small(byte small) { }

    record Scalars(long l, double d, String s, boolean b, List<Long> xs) { }

    @Property(tries = 300)
    void scalarRecordsRoundTrip(@ForAll long l, @ForAll double d, @ForAll String s, @ForAll boolean b,
                                @ForAll List<Long> xs) {
        Scalars x = new Scalars(l, d, s, b, xs);
        assertEquals(x, AdMapper.fromAd(AdMapper.toAd(x), Scalars.class));
    }
}
