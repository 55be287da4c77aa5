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
                        String mapped = remapFind(remaps, file);
                        if (mapped != null) {
                            ad.insert(attr, Value.ofBytes(mapped));
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

    /** Looks {@code name} up in a {@code src=dst;src2=dst2} remap list (whitespace around entries ignored). */
    static String remapFind(String remaps, String name) {
        for (String entry : remaps.split(";")) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String src = entry.substring(0, eq).trim();
            if (src.equals(name)) {
                return entry.substring(eq + 1).trim();
            }
        }
        return null;
    }
}
