package org.jclassad.bench;

import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.eval.MatchClassAd;

/**
 * Facts run.sh needs to turn scores into the units and to check the setup: bytes of
 * the pool, bytes its new-syntax unparse writes, how many slots the job matches, and whether
 * {@code regexp} exists yet. Prints {@code key=value} lines.
 */
public final class Facts {
    private Facts() {
    }

    public static void main(String[] args) {
        String text = PoolData.text();
        List<ClassAd> ads = PoolData.slotAds();
        ClassAd job = PoolData.parse(JobAds.submitStyleJob());
        int matches = 0;
        for (ClassAd slot : ads) {
            if (new MatchClassAd(job, slot, EvalOptions.defaults()).symmetricMatch()) {
                matches++;
            }
        }
        System.out.println("poolBytes=" + text.length());
        System.out.println("poolAds=" + ads.size());
        System.out.println("unparseBytes=" + UnparseBenchmark.outputBytes(ads));
        System.out.println("jobMatches=" + matches);
        System.out.println("regexpAvailable=" + RegexpBenchmark.regexpAvailable());
    }
}
