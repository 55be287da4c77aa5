package org.jclassad.transform.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

/**
 * Which files configuration text may make jclassad read: the targets of {@code include : file}
 * (and of {@code include command into file :}), {@code JOB_ROUTER_ENTRIES_FILE}, and the items
 * of a transform's {@code TRANSFORM ... from file} or {@code matching} glob. Commands are never
 * run, whatever the access: {@code include : cmd |}, {@code include command :},
 * {@code TRANSFORM ... from cmd |} and {@code JOB_ROUTER_ENTRIES_CMD} are refused or ignored.
 *
 * <p>{@link #any()} is HTCondor's behaviour; {@link #none()} refuses every such file;
 * {@link #within(Path)} allows only files whose real path (symbolic links followed) lies under a
 * directory, so a refused file is never opened and never quoted in a message.
 *
 * <pre>{@code
 * FileAccess site = FileAccess.within(Path.of("/srv/routes/site-42"));
 * site.check(Path.of("/srv/routes/site-42/common.conf"));   // the real path
 * site.check(Path.of("/etc/passwd"));                       // AccessDeniedException
 * }</pre>
 */
public final class FileAccess {
    private static final FileAccess ANY = new FileAccess(null, true);
    private static final FileAccess NONE = new FileAccess(null, false);

    private final Path root;
    private final boolean allowed;

    private FileAccess(Path root, boolean allowed) {
        this.root = root;
        this.allowed = allowed;
    }

    /** Any file the process can read (HTCondor's behaviour). */
    public static FileAccess any() {
        return ANY;
    }

    /** No file at all: configuration text cannot make jclassad read one. */
    public static FileAccess none() {
        return NONE;
    }

    /** Only files under {@code directory} (compared after following symbolic links). */
    public static FileAccess within(Path directory) {
        if (directory == null) {
            throw new IllegalArgumentException("a directory is required");
        }
        return new FileAccess(directory.toAbsolutePath().normalize(), true);
    }

    /** The directory files must lie under, or {@code null} (any file, or none). */
    public Path root() {
        return root;
    }

    /** Whether some file may be read. */
    public boolean allowsFiles() {
        return allowed;
    }

    /**
     * The file to open for {@code file}: itself when any file is allowed, else its real path,
     * which must lie under the directory (a relative {@code file} is taken relative to the
     * directory).
     *
     * @throws AccessDeniedException when configuration text may not read it (the message names
     *         the file as the configuration wrote it, never its content)
     * @throws IOException when it does not exist or cannot be resolved
     */
    public Path check(Path file) throws IOException {
        if (!allowed) {
            throw new AccessDeniedException(file.toString(), null,
                    "configuration text may not read files here (FileAccess.none)");
        }
        if (root == null) {
            return file;
        }
        // decided on the name first, so that nothing is learnt about files outside the directory
        if (!root.resolve(file).normalize().startsWith(root)) {
            throw outside(file);
        }
        Path real = root.resolve(file).toRealPath();
        if (!real.startsWith(root.toRealPath())) {
            throw outside(file);
        }
        return real;
    }

    private static AccessDeniedException outside(Path file) {
        return new AccessDeniedException(file.toString(), null, "outside the directory configuration text may read");
    }

    @Override
    public String toString() {
        return root != null ? "within " + root : allowed ? "any file" : "no file";
    }
}
