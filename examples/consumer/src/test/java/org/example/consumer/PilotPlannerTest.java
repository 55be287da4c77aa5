package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jclassad.ClassAd;
import org.junit.jupiter.api.Test;

class PilotPlannerTest {
    private static ClassAd read(String name) throws IOException {
        return ClassAd.parse(Files.readString(Path.of("..", name)));
    }

    @Test
    void plansTheBundledJobOnTheBundledSlot() throws IOException {
        PilotPlanner.Plan plan = PilotPlanner.plan(read("job.ad"), read("slot.ad"));
        assertEquals(new PilotPlanner.Job("osg01", 2, 2048, 5), plan.job());
        assertEquals(4096L, plan.transformed().getLong("RequestMemory"), "the rules raise the memory");
        assertEquals("group_osg.osg01", plan.transformed().getString("AccountingGroup"));
        assertEquals("Docker", plan.route());
        assertTrue(plan.routed().getBoolean("WantDocker"), plan.routed().toString());
    }

    @Test
    void aJobFitsADockerSlotOnly() throws IOException {
        ClassAd docker = ClassAd.parse("[ Arch = \"X86_64\"; OpSys = \"LINUX\"; HasDocker = true; Requirements = true ]");
        ClassAd plain = ClassAd.parse("[ Arch = \"X86_64\"; OpSys = \"LINUX\"; Requirements = true ]");
        assertTrue(PilotPlanner.plan(read("job.ad"), docker).fitsSlot());
        assertEquals(false, PilotPlanner.plan(read("job.ad"), plain).fitsSlot());
    }
}
