package org.jclassad.transform.xform;

import java.util.List;

/**
 * What applying transforms to one input ad gave: the output ads (one, or one per iteration of a
 * {@code TRANSFORM} loop), whether a transform failed (the ad — and for an iterating transform
 * the remaining iterations — is then not in {@link #ads()}), why, and the step log (empty when the listener declined steps, see
 * {@link TransformListener#wantsSteps()}).
 */
public record TransformResult(List<org.jclassad.ClassAd> ads, boolean failed, String failure, List<Step> steps,
        List<String> errors) {

    /** The single output ad, or {@code null} when the transform failed. */
    public org.jclassad.ClassAd ad() {
        return ads.isEmpty() ? null : ads.get(0);
    }
}
