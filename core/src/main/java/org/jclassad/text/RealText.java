package org.jclassad.text;

/** How reals print in new syntax ({@code %1.15E}) and in old syntax and JSON ({@code %.16G} with {@code .0}). */
public final class RealText {
    private RealText() {
    }

    public static String newSyntax(double d) {
        if (Double.isNaN(d)) {
            return "real(\"NaN\")";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "real(\"INF\")" : "real(\"-INF\")";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        return CFormat.exponential(d, 15, true);
    }

    public static String oldSyntax(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return newSyntax(d);
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        String s = CFormat.general(d, 16, true);
        if (s.indexOf('.') < 0 && s.indexOf('E') < 0 && s.indexOf('e') < 0) {
            s = s + ".0";
        }
        return s;
    }
}
