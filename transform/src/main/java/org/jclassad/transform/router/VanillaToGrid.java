package org.jclassad.transform.router;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * The rewrite every routed copy gets before the route's edits (unless the route edits the job in
 * place): queue bookkeeping of the source schedd removed, run statistics zeroed, the universe
 * changed with the old one kept as {@code Remote_JobUniverse}; for the grid universe also
 * {@code GridResource} set and {@code Out}/{@code Err} resolved through
 * {@code TransferOutputRemaps} (HTCondor 25 behaviour, spec §1.4).
 */
public final class VanillaToGrid {
    public static final int GRID = 9;

    private static final String[] DELETED = {
        "ClusterId", "ProcId", "BufferBlockSize", "BufferSize", "CondorPlatform", "CondorVersion", "CoreSize",
        "GlobalJobId", "User", "OsUser", "QDate", "RemoteWallClockTime", "LastRemoteWallClockTime", "ServerTime",
        "AutoClusterId", "AutoClusterAttrs", "TotalSubmitProcs", "StageInFinish", "StageInStart", "UserLog",
        "UserLogUseXML", "DAGManNodesLog", "DAGManNodesMask", "TimerRemove", "SUBMIT_Iwd",
    };
    private static final String[] ZERO_INTS = {
        "ExitStatus", "CompletionDate", "NumCkpts", "NumRestarts", "NumSystemHolds", "CommittedTime",
        "CommittedSlotTime", "CumulativeSlotTime", "TotalSuspensions", "LastSuspensionTime",
        "CumulativeSuspensionTime", "CommittedSuspensionTime",
    };

    private VanillaToGrid() {
    }

    /**
     * Rewrites {@code ad} in place.
     *
     * @throws IllegalArgumentException when the ad has no JobUniverse (HTCondor aborts there)
     */
    public static void apply(ClassAd ad, int targetUniverse, String gridResource, boolean sandboxed) {
        apply(ad, targetUniverse, gridResource, sandboxed, m -> { });
    }

    /** As {@link #apply(ClassAd, int, String, boolean)}, reporting the remap trace HTCondor logs. */
    public static void apply(ClassAd ad, int targetUniverse, String gridResource, boolean sandboxed,
            java.util.function.Consumer<String> trace) {
        for (String name : DELETED) {
            ad.remove(name);
        }
        ad.insert("JobStatus", Value.of(1));
        ad.insert("RemoteUserCpu", Value.of(0.0));
        ad.insert("RemoteSysCpu", Value.of(0.0));
        for (String name : ZERO_INTS) {
            ad.insert(name, Value.of(0));
        }
        ad.insert("ExitBySignal", Value.FALSE);
        Expr oldUniverse = ad.lookup("JobUniverse");
        if (oldUniverse == null) {
            throw new IllegalArgumentException("VanillaToGrid: job ad lacks universe");
        }
        ad.insert("JobUniverse", Value.of(targetUniverse));
        ad.insert("Remote_JobUniverse", oldUniverse);
        if (targetUniverse == GRID) {
            ad.remove("CurrentHosts");
            if (gridResource != null) {
                ad.insert("GridResource", Value.ofBytes(gridResource));
            }
            String remaps = stringAttr(ad, "TransferOutputRemaps");
            if (!sandboxed && remaps != null && !remaps.isEmpty()) {
                ad.remove("TransferOutputRemaps");
                for (String attr : new String[] {"Out", "Err"}) {
                    String file = stringAttr(ad, attr);
                    if (file != null) {
                        StringBuilder mapped = new StringBuilder();
                        if (remapFind(remaps, file, mapped, 0, trace) == 1) {
                            ad.insert(attr, Value.ofBytes(mapped.toString()));
                        }
                    }
                }
            }
        }
    }

    static String stringAttr(ClassAd ad, String name) {
        Value v = ad.evaluateAttr(name);
        return v instanceof StringValue ? ((StringValue) v).bytes() : null;
    }

    /**
     * HTCondor's remap lookup: an exact rule for {@code name} (then the result is remapped again),
     * else the parent directory is remapped and the last component appended. 1 found, 0 not, -1 loop.
     */
    static int remapFind(String remaps, String name, StringBuilder output, int level,
            java.util.function.Consumer<String> trace) {
        if (level == 0) {
            trace.accept("REMAP: begin with rules: " + remaps + "\n");
        }
        trace.accept("REMAP: " + level + ": " + name + "\n");
        if (level > 128) {
            trace.accept("REMAP: aborting after " + level + " iterations\n");
            output.setLength(0);
            output.append("<abort>");
            return -1;
        }
        String rules = remaps.replaceAll("\\s", "");
        String found = null;
        for (String entry : rules.split(";")) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                continue;
            }
            if (entry.substring(0, eq).equals(name)) {
                found = entry.substring(eq + 1);
                break;
            }
        }
        if (found != null) {
            StringBuilder again = new StringBuilder();
            int res = remapFind(remaps, found, again, level + 1, trace);
            output.setLength(0);
            if (res == -1) {
                output.append('<').append(level).append(": ").append(name).append('>').append(again);
                return -1;
            }
            output.append(res == 1 ? again : found);
            return 1;
        }
        int slash = name.lastIndexOf('/');
        if (slash < 0) {
            return 0;
        }
        StringBuilder parent = new StringBuilder();
        int res = remapFind(remaps, name.substring(0, slash), parent, level + 1, trace);
        if (res == -1) {
            output.setLength(0);
            output.append('<').append(level).append(": ").append(name).append('>').append(parent);
            return -1;
        }
        if (res == 1) {
            output.setLength(0);
            output.append(parent).append('/').append(name.substring(slash + 1));
            return 1;
        }
        return 0;
    }
}
