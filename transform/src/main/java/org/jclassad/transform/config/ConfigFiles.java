package org.jclassad.transform.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The files a config path stands for, as HTCondor reads a config.d directory. */
public final class ConfigFiles {
    /** HTCondor's default {@code LOCAL_CONFIG_DIR_EXCLUDE_REGEXP}: dot files, editor backups, rpm leftovers. */
    private static final Pattern EXCLUDED = Pattern.compile("^((\\..*)|(.*~)|(#.*)|(.*\\.rpmsave)|(.*\\.rpmnew))$");

    private ConfigFiles() {
    }

    /** {@code path} itself, or a directory's regular files in name order without the excluded ones. */
    public static List<Path> list(Path path) throws IOException {
        List<Path> out = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                s.filter(Files::isRegularFile)
                        .filter(f -> !EXCLUDED.matcher(f.getFileName().toString()).matches())
                        .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                        .forEach(out::add);
            }
        } else {
            out.add(path);
        }
        return out;
    }
}
