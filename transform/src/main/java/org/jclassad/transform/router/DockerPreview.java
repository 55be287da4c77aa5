package org.jclassad.transform.router;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jclassad.ClassAd;
import org.jclassad.eval.Planner;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.eval.MatchClassAd;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * What a Docker-universe job would get on a worker node (spec §6): the bind mounts from
 * {@code DOCKER_MOUNT_VOLUMES} / {@code DOCKER_VOLUME_DIR_<NAME>} ({@code host[:container[:ro]]},
 * no colon meaning the same path), each {@code _MOUNT_IF} evaluated with MY = machine and
 * TARGET = job (absent: mount; otherwise only when true), the capability options of
 * {@code DOCKER_DROP_ALL_CAPABILITIES} (default true), {@code --init}, the memory limit, and a
 * check of the job's image against a site allow-list expression ({@code DOCKER_IMAGE_ALLOW_LIST},
 * a jclassad knob: HTCondor has none, sites use START).
 */
public final class DockerPreview {
    /** One volume of DOCKER_MOUNT_VOLUMES and what became of it. */
    public record Volume(String name, String spec, boolean mounted, String reason) {
    }

    /** The preview. */
    public record Result(List<String> advertised, List<Volume> volumes, List<String> dockerArgs, String image,
            Boolean imageAllowed, String imageReason) {
    }

    private DockerPreview() {
    }

    public static Result preview(RouterConfig config, ClassAd machine, ClassAd job) {
        List<String> advertised = new ArrayList<>();
        String declared = config.expanded("DOCKER_VOLUMES");
        if (declared != null) {
            for (String v : RouterLoader.tokens(declared)) {
                advertised.add("HasDockerVolume" + v + " = true");
            }
        }
        List<Volume> volumes = new ArrayList<>();
        List<String> args = new ArrayList<>();
        Value mem = machine.evaluateAttr("Memory");
        if (mem.isInteger()) {
            args.add("--memory=" + mem + "m");
        }
        if (evalBool(config, "DOCKER_DROP_ALL_CAPABILITIES", true, machine, job)) {
            args.add("--cap-drop=all");
            args.add("--cap-add=SYS_PTRACE");
            args.add("--security-opt");
            args.add("no-new-privileges");
        }
        if (config.bool("DOCKER_RUN_UNDER_INIT", true)) {
            args.add("--init");
        }
        String mounts = config.expanded("DOCKER_MOUNT_VOLUMES");
        Set<String> targets = new LinkedHashSet<>();
        if (mounts != null) {
            for (String name : RouterLoader.tokens(mounts)) {
                String dir = config.expanded("DOCKER_VOLUME_DIR_" + name);
                if (dir == null || dir.isBlank()) {
                    volumes.add(new Volume(name, "", false, "DOCKER_VOLUME_DIR_" + name + " is missing in config file"));
                    continue;
                }
                String spec = dir.trim();
                if (spec.indexOf(':') < 0) {
                    spec = spec + ":" + spec;
                }
                String mountIf = "DOCKER_VOLUME_DIR_" + name + "_MOUNT_IF";
                if (config.isDefined(mountIf) && !evalBool(config, mountIf, false, machine, job)) {
                    volumes.add(new Volume(name, spec, false, mountIf + " (" + config.expanded(mountIf).trim()
                            + ") is not true for this job"));
                    continue;
                }
                String[] parts = spec.split(":");
                String target = parts.length > 1 ? parts[1] : parts[0];
                if (!targets.add(target)) {
                    volumes.add(new Volume(name, spec, false, "another volume is already mounted at " + target));
                    continue;
                }
                volumes.add(new Volume(name, spec, true, config.isDefined(mountIf) ? mountIf + " is true" : "always"));
                args.add("--volume");
                args.add(spec);
            }
        }
        Value img = job.evaluateAttr("DockerImage");
        String image = img instanceof StringValue ? ((StringValue) img).bytes() : null;
        Boolean allowed = null;
        String reason = "no DOCKER_IMAGE_ALLOW_LIST configured";
        String allow = config.expanded("DOCKER_IMAGE_ALLOW_LIST");
        if (allow != null && !allow.isBlank()) {
            Evaluation e = evaluate(allow, machine, job);
            allowed = e != null && MatchClassAd.isTrue(e);
            reason = "DOCKER_IMAGE_ALLOW_LIST " + allow.trim() + " is "
                    + (e == null ? "not a valid expression" : e.failed() ? "a failure" : e.value().toString());
        }
        if (image == null) {
            reason = "the job has no DockerImage; " + reason;
        }
        return new Result(advertised, volumes, args, image, allowed, reason);
    }

    private static boolean evalBool(RouterConfig config, String knob, boolean dflt, ClassAd machine, ClassAd job) {
        String text = config.expanded(knob);
        if (text == null || text.isBlank()) {
            return dflt;
        }
        Evaluation e = evaluate(text, machine, job);
        if (e == null || e.failed()) {
            return dflt;
        }
        int t = e.value().truth();
        return t < 0 ? dflt : t == 1;
    }

    /** An expression with MY = machine, TARGET = job (bare names: machine, then job). */
    static Evaluation evaluate(String text, ClassAd machine, ClassAd job) {
        try {
            MatchClassAd m = new MatchClassAd(machine, job, EvalOptions.defaults());
            return m.evaluateInLeft(Planner.planExpr(ExprParser.parseExpression(text.trim(),
                    ParseOptions.defaults().withOldSyntax(true), Reading.WHOLE)));
        } catch (RuntimeException bad) {
            return null;
        }
    }

    /** A human-readable report. */
    public static String report(Result r) {
        StringBuilder b = new StringBuilder();
        if (!r.advertised().isEmpty()) {
            b.append("Machine ad advertises:\n");
            for (String a : r.advertised()) {
                b.append("  ").append(a).append('\n');
            }
        }
        b.append("Volumes (DOCKER_MOUNT_VOLUMES):\n");
        for (Volume v : r.volumes()) {
            b.append(String.format("  %-14s %-7s %-44s %s%n", v.name(), v.mounted() ? "mount" : "skip",
                    v.spec(), v.reason()));
        }
        b.append("Image: ").append(r.image() == null ? "(none)" : r.image()).append('\n');
        b.append("Image allowed: ").append(r.imageAllowed() == null ? "n/a" : r.imageAllowed() ? "yes" : "NO")
                .append(" (").append(r.imageReason()).append(")\n");
        b.append("docker run options:\n  ").append(String.join(" ", r.dockerArgs())).append('\n');
        return b.toString();
    }
}
