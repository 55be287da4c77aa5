package org.jclassad.transform.config;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The configuration templates a config file may name with {@code use CATEGORY : NAME[, NAME…]}
 * (HTCondor's "metaknobs"), as HTCondor 25.14 knows them. A {@code use} line naming an unknown
 * category or template is an error, as in HTCondor; a known one is accepted without applying
 * its settings: they configure daemons (roles, security, start policies, cron hooks), and none of
 * them sets a job-router knob. (The {@code FEATURE} templates {@code AssignAccountingGroup},
 * {@code AssignProjectName} and {@code SetJobAttrFromUsermap} add schedd job transforms, which
 * are therefore not defined here.)
 */
final class Metaknobs {
    private static final Map<String, Set<String>> TEMPLATES = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        add("ROLE", "CentralManager Execute Personal Submit get_htcondor_central_manager get_htcondor_execute"
                + " get_htcondor_submit");
        add("FEATURE", "ADSTASH AssignAccountingGroup AssignProjectName ChildCollector CommonCloudAttributesAWS"
                + " CommonCloudAttributesGoogle ContinuousCronHook DefaultCheckpointDestination GANGLIA GPUs"
                + " GPUsMonitor HPC_ANNEX JobsHaveInstanceIDs KRB LIBRARIAN Monitor OAUTH OneShotCronHook"
                + " POLICY_EXPR_FRAGMENTS POLICY_HOURS_TO_START PartitionableSlot PelicanCache PelicanRetryPolicy"
                + " PeriodicCronHook REMOTE_CONFIG REMOTE_RUNTIME_CONFIG ScheddCronContinuous ScheddCronOneShot"
                + " ScheddCronPeriodic ScheddUsermapFile SetJobAttrFromUsermap StartdCronContinuous"
                + " StartdCronOneShot StartdCronPeriodic StaticSlots TESTINGMODE_POLICY_VALUES"
                + " UWCS_DESKTOP_POLICY_VALUES");
        add("SECURITY", "FIPS HOST_BASED STRONG USER_BASED WITH_AUTHENTICATION get_htcondor_idtokens recommended"
                + " recommended_v24_0 recommended_v9_0");
        add("POLICY", "ALWAYS_RUN_JOBS DESKTOP DESKTOP_HOURS DESKTOP_IDLE HOLD_IF_CPUS_EXCEEDED HOLD_IF_DISK_EXCEEDED"
                + " HOLD_IF_MEMORY_EXCEEDED HOLD_IF_RUNTIME_EXCEEDS LIMIT_JOB_RUNTIMES"
                + " OnlyRegisteredCheckpointDestinations PREEMPT_IF PREEMPT_IF_CPUS_EXCEEDED PREEMPT_IF_DISK_EXCEEDED"
                + " PREEMPT_IF_MEMORY_EXCEEDED PREEMPT_IF_RUNTIME_EXCEEDS STARTD_PUBLISH_CpusUsage UWCS_DESKTOP"
                + " WANT_HOLD_IF");
        add("UPGRADE", "DISCARD DISCARDIF DISCARDIFX DISCARDX DISCARD_VMWARE");
        add("EXPERIMENTAL", "CollectorNode HAD HADFixedPort HADReplication HADSharedPort");
    }

    private Metaknobs() {
    }

    private static void add(String category, String names) {
        Set<String> set = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(java.util.List.of(names.split(" ")));
        TEMPLATES.put(category, set);
    }

    /**
     * Checks a {@code use} line: {@code null} when every template it names exists, else what is
     * wrong. Template names are separated by commas or white space and may carry arguments in
     * parentheses ({@code AssignAccountingGroup(/etc/map)}).
     */
    static String check(String category, String names) {
        Set<String> known = TEMPLATES.get(category.strip());
        if (known == null) {
            return "use " + category.strip() + ": no such category of configuration templates";
        }
        String rest = names.replaceAll("\\([^)]*\\)", " ");
        boolean any = false;
        for (String n : rest.split("[,\\s]+")) {
            if (n.isEmpty()) {
                continue;
            }
            any = true;
            if (!known.contains(n)) {
                return "use " + category.strip().toLowerCase(Locale.ROOT) + ": does not recognise " + n;
            }
        }
        return any ? null : "use " + category.strip() + ": no template named";
    }
}
