package org.example.consumer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.io.ClassAds;
import org.jclassad.mapping.AdAttribute;
import org.jclassad.mapping.AdMapper;
import org.jclassad.match.Matchmaker;
import org.jclassad.transform.router.ConfigLayer;
import org.jclassad.transform.router.JobRouter;
import org.jclassad.transform.router.RouterOptions;
import org.jclassad.transform.router.Routing;
import org.jclassad.transform.xform.Transform;
import org.jclassad.transform.xform.TransformResult;
import org.jclassad.transform.xform.Transformer;

/**
 * What an embedding application does with jclassad, end to end: parse a job and a slot, read
 * typed values, match them, map the job to a record, transform it, and route it.
 *
 * <p>Run: {@code java -p <jars> -m org.example.consumer/org.example.consumer.PilotPlanner job.ad slot.ad}
 */
public final class PilotPlanner {

    /** The part of a job this application cares about. */
    public record Job(@AdAttribute("Owner") String owner, @AdAttribute("RequestCpus") int cpus,
                      @AdAttribute("RequestMemory") long memoryMb, @AdAttribute("JobPrio") int priority) { }

    /** What the planner decided. */
    public record Plan(Job job, boolean fitsSlot, ClassAd transformed, String route, ClassAd routed) { }

    private static final String RULES = "SET AccountingGroup \"group_osg.$(MY.Owner)\"\n"
            + "SET RequestMemory max({ RequestMemory, 4096 })\n";

    private static final String ROUTES = "JOB_ROUTER_SOURCE_JOB_CONSTRAINT = JobUniverse == 5\n"
            + "JOB_ROUTER_ROUTE_NAMES = Docker\n"
            + "JOB_ROUTER_ROUTE_Docker @=rt\n"
            + "  UNIVERSE vanilla\n"
            + "  SET WantDocker true\n"
            + "@rt\n";

    private PilotPlanner() {
    }

    /** Plans one job against one slot. */
    public static Plan plan(ClassAd jobAd, ClassAd slot) {
        // typed reads
        long memory = jobAd.getLong("RequestMemory");
        int gpus = jobAd.getOr("RequestGPUs", 0);
        if (memory <= 0 || gpus < 0) {
            throw new IllegalArgumentException("a job asks for memory and no negative GPUs");
        }

        // match
        boolean fits = new Matchmaker().matches(jobAd, slot);

        // map to a record
        Job job = AdMapper.fromAd(jobAd, Job.class);

        // transform
        TransformResult result = Transformer.of(Transform.fromRulesText("planner-rules", RULES)).apply(jobAd);
        if (result.failed()) {
            throw new IllegalStateException("transform failed: " + result.failure());
        }
        ClassAd transformed = result.ad();

        // route (each job's fate comes back as a Routing: the route's name and the routed ad)
        ClassAd queued = transformed.copy().put("JobStatus", 1).put("JobUniverse", 5)
                .put("ClusterId", 1).put("ProcId", 0);
        Routing[] fate = new Routing[1];
        new JobRouter(ConfigLayer.parse(ROUTES), RouterOptions.defaults())
                .route(List.of(queued).iterator(), routing -> fate[0] = routing);
        boolean routed = fate[0] != null && fate[0].outcome() == Routing.Outcome.ROUTED;
        return new Plan(job, fits, transformed, routed ? fate[0].route() : null, routed ? fate[0].routed() : null);
    }

    public static void main(String[] args) throws IOException {
        ClassAd job = ClassAd.parse(Files.readString(Path.of(args[0])));
        ClassAd slot = ClassAd.parse(Files.readString(Path.of(args[1])));
        Plan p = plan(job, slot);
        System.out.println(p.job() + (p.fitsSlot() ? " fits " : " does not fit ") + slot.getString("Name"));
        System.out.println("transformed: " + p.transformed());
        System.out.println(p.route() == null ? "not routed" : "routed to " + p.route() + ": " + p.routed());
        System.out.println(ClassAds.toJson(p.transformed()));
    }
}
