package org.jclassad.transform.config;

import java.util.Map;

/**
 * How configuration and transform rules text is read and expanded: which files it may make
 * jclassad read ({@link FileAccess}), what {@code $ENV(...)} sees, the host name HTCondor would
 * detect, and how large everything may get. Immutable; every entry point that loads config or
 * rules text takes one ({@link Configuration#read}, {@link Configuration#load},
 * {@code Transform.fromRulesText}, {@code ConfigLayer.load}, {@code Transformer.Builder.options}).
 *
 * <p>{@link #defaults()} is HTCondor's behaviour, with limits far beyond real configurations that
 * only stop runaway input. {@link #untrusted()} is the starting point for configurations written
 * by someone else (a service accepting route configs from its users): no files, an empty
 * environment, {@code localhost} as the host, small limits. Commands are never run under either.
 *
 * <pre>{@code
 * ConfigOptions sandbox = ConfigOptions.untrusted().toBuilder()
 *         .files(FileAccess.within(Path.of("/srv/routes/site-42")))
 *         .environment(Map.of("SITE", "site-42"))
 *         .build();
 * Configuration cfg = Configuration.read(userText, "site-42.conf", sandbox);
 * }</pre>
 */
public final class ConfigOptions {
    private static final ConfigOptions DEFAULTS = builder().build();
    private static final ConfigOptions UNTRUSTED = builder()
            .files(FileAccess.none())
            .environment(Map.of())
            .hostName("localhost")
            .maxConfigChars(4L << 20)
            .maxIncludeDepth(5)
            .maxStatements(50_000)
            .maxExpansionChars(1 << 20)
            .maxExpansionSteps(1L << 24)
            .build();

    private final FileAccess files;
    private final Map<String, String> environment;
    private final String hostName;
    private final long maxConfigChars;
    private final int maxIncludeDepth;
    private final int maxStatements;
    private final int maxExpansionChars;
    private final long maxExpansionSteps;

    private ConfigOptions(Builder b) {
        this.files = b.files;
        this.environment = b.environment == null ? null : Map.copyOf(b.environment);
        this.hostName = b.hostName;
        this.maxConfigChars = b.maxConfigChars;
        this.maxIncludeDepth = b.maxIncludeDepth;
        this.maxStatements = b.maxStatements;
        this.maxExpansionChars = b.maxExpansionChars;
        this.maxExpansionSteps = b.maxExpansionSteps;
    }

    /**
     * HTCondor's behaviour: any file, the process environment, the detected host name, includes
     * nested 20 deep (HTCondor's limit); at most 64 MiB of config text (HTCondor-CE's whole
     * configuration is a few hundred KiB), 1,000,000 lines, 16 MiB from one macro expansion and
     * 2^28 expansion steps.
     */
    public static ConfigOptions defaults() {
        return DEFAULTS;
    }

    /**
     * For configurations from untrusted sources: no file may be read (allow a directory with
     * {@code toBuilder().files(FileAccess.within(dir))}), {@code $ENV} sees an empty environment,
     * the host is {@code localhost}; at most 4 MiB of config text, includes 5 deep, 50,000 lines,
     * 1 MiB from one macro expansion and 2^24 expansion steps.
     */
    public static ConfigOptions untrusted() {
        return UNTRUSTED;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.files = files;
        b.environment = environment;
        b.hostName = hostName;
        b.maxConfigChars = maxConfigChars;
        b.maxIncludeDepth = maxIncludeDepth;
        b.maxStatements = maxStatements;
        b.maxExpansionChars = maxExpansionChars;
        b.maxExpansionSteps = maxExpansionSteps;
        return b;
    }

    /** The files configuration text may make jclassad read. */
    public FileAccess files() {
        return files;
    }

    /** What {@code $ENV(...)} sees: a fixed map, or {@code null} for the process environment. */
    public Map<String, String> environment() {
        return environment;
    }

    /** The value of {@code $ENV(name)} ({@code null} when unset). */
    public String env(String name) {
        return environment == null ? System.getenv(name) : environment.get(name);
    }

    /** The host name to use where HTCondor detects it ({@code FULL_HOSTNAME}), or {@code null} to detect it. */
    public String hostName() {
        return hostName;
    }

    /** The most characters of config text one load reads (files, includes, and what definitions expand to). */
    public long maxConfigChars() {
        return maxConfigChars;
    }

    /** HTCondor's nesting limit for includes: an {@code include} at depth {@code n - 1} fails. */
    public int maxIncludeDepth() {
        return maxIncludeDepth;
    }

    /** The most lines (definitions, directives and statements) one load reads. */
    public int maxStatements() {
        return maxStatements;
    }

    /** The longest text one macro expansion may produce (its intermediate texts included). */
    public int maxExpansionChars() {
        return maxExpansionChars;
    }

    /** The work one macro expansion may do: characters scanned plus references replaced. */
    public long maxExpansionSteps() {
        return maxExpansionSteps;
    }

    @Override
    public String toString() {
        return "ConfigOptions[files=" + files + ", environment=" + (environment == null ? "process" : environment.keySet())
                + ", hostName=" + (hostName == null ? "detected" : hostName) + ", maxConfigChars=" + maxConfigChars
                + ", maxIncludeDepth=" + maxIncludeDepth + ", maxStatements=" + maxStatements + ", maxExpansionChars="
                + maxExpansionChars + ", maxExpansionSteps=" + maxExpansionSteps + "]";
    }

    /** Builds {@link ConfigOptions}; starts from {@link #defaults()}. */
    public static final class Builder {
        private FileAccess files = FileAccess.any();
        private Map<String, String> environment;
        private String hostName;
        private long maxConfigChars = 64L << 20;
        private int maxIncludeDepth = 20;
        private int maxStatements = 1_000_000;
        private int maxExpansionChars = 16 << 20;
        private long maxExpansionSteps = 1L << 28;

        private Builder() {
        }

        public Builder files(FileAccess access) {
            this.files = require(access, "files");
            return this;
        }

        /** {@code $ENV} sees exactly this map (an empty map: nothing). */
        public Builder environment(Map<String, String> env) {
            this.environment = Map.copyOf(require(env, "environment"));
            return this;
        }

        /** {@code $ENV} sees the process environment (the default). */
        public Builder processEnvironment() {
            this.environment = null;
            return this;
        }

        /** The host name used for {@code FULL_HOSTNAME} and {@code HOSTNAME} unless the config sets {@code NETWORK_HOSTNAME}. */
        public Builder hostName(String name) {
            this.hostName = name;
            return this;
        }

        public Builder maxConfigChars(long n) {
            this.maxConfigChars = positive(n, "maxConfigChars");
            return this;
        }

        /** At least 1 (1: no include at all). */
        public Builder maxIncludeDepth(int n) {
            this.maxIncludeDepth = (int) positive(n, "maxIncludeDepth");
            return this;
        }

        public Builder maxStatements(int n) {
            this.maxStatements = (int) positive(n, "maxStatements");
            return this;
        }

        public Builder maxExpansionChars(int n) {
            this.maxExpansionChars = (int) positive(n, "maxExpansionChars");
            return this;
        }

        public Builder maxExpansionSteps(long n) {
            this.maxExpansionSteps = positive(n, "maxExpansionSteps");
            return this;
        }

        public ConfigOptions build() {
            return new ConfigOptions(this);
        }

        private static <T> T require(T v, String what) {
            if (v == null) {
                throw new IllegalArgumentException(what + " is required");
            }
            return v;
        }

        private static long positive(long n, String what) {
            if (n < 1) {
                throw new IllegalArgumentException(what + " must be at least 1: " + n);
            }
            return n;
        }
    }
}
