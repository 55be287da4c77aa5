package org.jclassad.transform.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.jclassad.ClassAd;

/**
 * Where {@code $(name)} looks beyond a {@link MacroSet}, and what the {@code $}-functions may
 * use: the ad being transformed ({@code $(MY.attr)}, {@code $EVAL}), the host configuration
 * (consulted last), the process environment ({@code $ENV}), a random source, the working
 * directory ({@code $Ff}) and where function errors go.
 *
 * <p>Lookup order for {@code $(name)}, as HTCondor's: {@code <subsys>.name} then {@code name} in
 * the table, each also in the table's defaults; then, for {@code MY.attr}, the ad; then the
 * configuration.
 */
public final class MacroContext {
    private final String subsys;
    private ClassAd ad;
    private final String adPrefix;
    private final Configuration config;
    private final Map<String, String> env;
    private final Random random;
    private final Path cwd;
    private final List<String> errors = new ArrayList<>();
    private Consumer<String> errorSink;

    private MacroContext(Builder b) {
        this.subsys = b.subsys;
        this.ad = b.ad;
        this.adPrefix = b.adPrefix;
        this.config = b.config;
        this.env = b.env;
        this.random = b.random;
        this.cwd = b.cwd;
        this.errorSink = b.errorSink;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A context with no ad, no configuration and the real environment. */
    public static MacroContext plain() {
        return builder().build();
    }

    /** The same context looking at another ad ({@code null} for none). */
    public MacroContext withAd(ClassAd other) {
        MacroContext c = toBuilder().ad(other).build();
        return c;
    }

    public Builder toBuilder() {
        return new Builder().subsys(subsys).ad(ad).adPrefix(adPrefix).config(config).env(env).random(random)
                .cwd(cwd).errorSink(errorSink);
    }

    public String subsys() {
        return subsys;
    }

    public ClassAd ad() {
        return ad;
    }

    public void setAd(ClassAd ad) {
        this.ad = ad;
    }

    public String adPrefix() {
        return adPrefix;
    }

    public Configuration config() {
        return config;
    }

    public String env(String name) {
        return env == null ? System.getenv(name) : env.get(name);
    }

    public Random random() {
        return random;
    }

    public Path cwd() {
        return cwd;
    }

    /** Records an error of a {@code $}-function (the expansion itself goes on with empty text). */
    public void error(String message) {
        errors.add(message);
        if (errorSink != null) {
            errorSink.accept(message);
        }
    }

    /** Errors recorded so far. */
    public List<String> errors() {
        return errors;
    }

    public void setErrorSink(Consumer<String> sink) {
        this.errorSink = sink;
    }

    /** Looks {@code name} up everywhere {@code $(name)} looks; {@code null} when undefined. */
    public String lookup(String name, MacroSet set) {
        if (subsys != null) {
            String v = set.lookupExact(subsys + "." + name);
            if (v == null) {
                v = set.lookupDefault(subsys + "." + name);
            }
            if (v != null) {
                return v;
            }
        }
        String v = set.lookup(name);
        if (v != null) {
            return v;
        }
        if (ad != null && adPrefix != null && name.length() >= adPrefix.length()
                && name.regionMatches(true, 0, adPrefix, 0, adPrefix.length())) {
            v = AdText.attributeText(ad, name.substring(adPrefix.length()));
            if (v != null) {
                return v;
            }
        }
        if (config != null) {
            return config.raw(name);
        }
        return null;
    }

    /** Builds a {@link MacroContext}. */
    public static final class Builder {
        private String subsys;
        private ClassAd ad;
        private String adPrefix = "MY.";
        private Configuration config;
        private Map<String, String> env;
        private Random random = new Random();
        private Path cwd;
        private Consumer<String> errorSink;

        public Builder subsys(String s) {
            this.subsys = s;
            return this;
        }

        public Builder ad(ClassAd a) {
            this.ad = a;
            return this;
        }

        public Builder adPrefix(String p) {
            this.adPrefix = p;
            return this;
        }

        public Builder config(Configuration c) {
            this.config = c;
            return this;
        }

        /** The environment for {@code $ENV}; {@code null} means the real process environment. */
        public Builder env(Map<String, String> e) {
            this.env = e;
            return this;
        }

        public Builder random(Random r) {
            this.random = r;
            return this;
        }

        public Builder cwd(Path p) {
            this.cwd = p;
            return this;
        }

        public Builder errorSink(Consumer<String> s) {
            this.errorSink = s;
            return this;
        }

        public MacroContext build() {
            return new MacroContext(this);
        }
    }
}
