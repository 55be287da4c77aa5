package org.jclassad.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the project's {@code ../shared} folder (recorded HTCondor results), if it is there. */
final class SharedData {
    private SharedData() {
    }

    /** {@code shared/<relative>} beside the repository, searching up from the working directory. */
    static Optional<Path> find(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
            candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A file of this repository, searching up from the working directory. */
    static Optional<Path> repoFile(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
