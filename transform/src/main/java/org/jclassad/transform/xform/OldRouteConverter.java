package org.jclassad.transform.xform;

import java.nio.file.Path;

import org.jclassad.transform.config.Configuration;

/** Converts old ClassAd-style routes to transform text (placeholder until implemented). */
public final class OldRouteConverter {
    private OldRouteConverter() {
    }

    public static Transform convertOne(String name, String routeText, int options) {
        throw new IllegalArgumentException("old-syntax routes are not supported yet");
    }

    public static String convertSummary(String text, int options) {
        return "";
    }

    public static String convertConfig(Configuration config, int options, Path cwd) {
        return "";
    }
}
