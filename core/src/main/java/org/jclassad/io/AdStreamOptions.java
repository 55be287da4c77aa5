package org.jclassad.io;

import java.util.function.Consumer;

import org.jclassad.parse.ParseOptions;

/**
 * How an ad stream is read.
 *
 * <pre>{@code
 * AdStreamOptions untrusted = AdStreamOptions.defaults()
 *         .withParse(ParseOptions.defaults().withMaxChars(1 << 16))   // 64 KiB per expression
 *         .withMaxAdChars(1 << 20)                                    // 1 MiB per ad
 *         .skippingMalformed(bad -> System.err.println(bad.getMessage()));
 * try (AdStreamReader ads = AdStreams.open(new StringReader("[ A = 1 ]\n[ B = 2 ]\n"), null, untrusted)) {
 *     if (ads.stream().count() != 2 || ads.format() != AdFormat.NEWL) throw new AssertionError();
 * }
 * }</pre>
 *
 * @param parse          how expressions are parsed (old syntax is switched on for long-format values)
 * @param skipMalformed  skip a malformed ad (reporting it to {@code onMalformed}) instead of throwing
 *                       {@link AdParseException} from {@code next()}
 * @param onMalformed    told of every skipped ad; may be {@code null}
 * @param delimiter      long format: {@code "\n"} (any blank line ends an ad, as {@code condor_q -long}
 *                       writes), or a string a separating line starts with
 * @param maxAdChars     the longest ad (or line) accepted, in characters; longer ones are malformed,
 *                       which bounds memory on broken input
 * @param jobAdFile      long format as {@code condor_job_router_info -jobads} reads a file of job ads:
 *                       lines starting with {@code ...}, {@code ***} or {@code "-- "} (condor_q's
 *                       banners) also end an ad, and a line that does not parse ends its ad keeping
 *                       the attributes read before it (the ad is returned, the problem is told to
 *                       {@code onMalformed} and counted by {@link AdStreamReader#truncated()}); an ad
 *                       whose first line does not parse is malformed as usual
 */
public record AdStreamOptions(ParseOptions parse, boolean skipMalformed, Consumer<AdParseException> onMalformed,
        String delimiter, int maxAdChars, boolean jobAdFile) {
    public static final int DEFAULT_MAX_AD_CHARS = 16 << 20;

    /** Options without the job-ad-file dialect. */
    public AdStreamOptions(ParseOptions parse, boolean skipMalformed, Consumer<AdParseException> onMalformed,
            String delimiter, int maxAdChars) {
        this(parse, skipMalformed, onMalformed, delimiter, maxAdChars, false);
    }

    public AdStreamOptions {
        if (delimiter == null || delimiter.isEmpty()) {
            delimiter = "\n";
        }
        if (maxAdChars <= 0) {
            maxAdChars = DEFAULT_MAX_AD_CHARS;
        }
    }

    /** HTCondor's defaults; a malformed ad throws. */
    public static AdStreamOptions defaults() {
        return new AdStreamOptions(ParseOptions.defaults(), false, null, "\n", DEFAULT_MAX_AD_CHARS);
    }

    public AdStreamOptions withParse(ParseOptions p) {
        return new AdStreamOptions(p, skipMalformed, onMalformed, delimiter, maxAdChars, jobAdFile);
    }

    /** Skip malformed ads, telling {@code listener} (may be {@code null}) of each. */
    public AdStreamOptions skippingMalformed(Consumer<AdParseException> listener) {
        return new AdStreamOptions(parse, true, listener, delimiter, maxAdChars, jobAdFile);
    }

    public AdStreamOptions withDelimiter(String d) {
        return new AdStreamOptions(parse, skipMalformed, onMalformed, d, maxAdChars, jobAdFile);
    }

    public AdStreamOptions withMaxAdChars(int max) {
        return new AdStreamOptions(parse, skipMalformed, onMalformed, delimiter, max, jobAdFile);
    }

    /** Long format read as condor_job_router_info reads its {@code -jobads} files (see {@link #jobAdFile}). */
    public AdStreamOptions asJobAdFile() {
        return new AdStreamOptions(parse, skipMalformed, onMalformed, delimiter, maxAdChars, true);
    }
}
