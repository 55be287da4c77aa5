package org.jclassad.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.BlockLocation;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobFilter;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files a read covers and how they are cut into tasks. Directories are listed as Spark's file
 * sources list them (names starting with {@code _} or {@code .} skipped, subdirectories only with
 * {@code recursiveFileLookup}); globs are expanded. Uncompressed files are cut into splits of at
 * most the split size (long-format and history files are then read in parallel, each split
 * resynchronising on ad boundaries; other formats are read whole by the split at offset 0);
 * {@code .gz} files are one split each. Splits are packed into partitions in file order.
 */
final class AdFiles {
    /** One file: its qualified path, length and block locations. */
    record FileEntry(String path, long length, BlockLocation[] blocks) {
    }

    /** A byte range of a file; {@code whole} for a file read from start to end by one reader. */
    record FileSplit(String path, long start, long length, long fileLength, boolean whole) implements Serializable {
        long end() {
            return start + length;
        }
    }

    /** One task's splits and the hosts holding most of their bytes. */
    record AdPartition(int index, FileSplit[] splits, String[] hosts) implements org.apache.spark.sql.connector.read.InputPartition {
        @Override
        public String[] preferredLocations() {
            return hosts;
        }
    }

    private AdFiles() {
    }

    /** Lists the files of the given paths (files, directories or globs). */
    static List<FileEntry> list(List<String> paths, Configuration conf, boolean recursive, String globFilter) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("classad: no path given (load(path) or option path)");
        }
        GlobFilter filter = null;
        try {
            if (globFilter != null) {
                filter = new GlobFilter(globFilter);
            }
            List<FileEntry> out = new ArrayList<>();
            for (String p : paths) {
                Path path = new Path(p);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    if (isGlob(p)) {
                        continue;
                    }
                    throw new IllegalArgumentException("classad: path does not exist: " + fs.makeQualified(path));
                }
                Arrays.sort(matches);
                for (FileStatus s : matches) {
                    if (s.isDirectory()) {
                        listDirectory(fs, s.getPath(), recursive, filter, out);
                    } else if (filter == null || filter.accept(s.getPath())) {
                        out.add(entry(fs, s));
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("classad: cannot list " + paths + ": " + e.getMessage(), e);
        }
    }

    private static boolean isGlob(String p) {
        return p.indexOf('*') >= 0 || p.indexOf('?') >= 0 || p.indexOf('[') >= 0 || p.indexOf('{') >= 0;
    }

    private static void listDirectory(FileSystem fs, Path dir, boolean recursive, GlobFilter filter, List<FileEntry> out)
            throws IOException {
        List<LocatedFileStatus> children = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listLocatedStatus(dir);
        while (it.hasNext()) {
            children.add(it.next());
        }
        children.sort(null);
        for (LocatedFileStatus s : children) {
            String name = s.getPath().getName();
            if (name.startsWith("_") || name.startsWith(".")) {
                continue;
            }
            if (s.isDirectory()) {
                if (recursive) {
                    listDirectory(fs, s.getPath(), true, filter, out);
                }
            } else if (filter == null || filter.accept(s.getPath())) {
                out.add(new FileEntry(s.getPath().toString(), s.getLen(), s.getBlockLocations()));
            }
        }
    }

    private static FileEntry entry(FileSystem fs, FileStatus s) throws IOException {
        BlockLocation[] blocks = s instanceof LocatedFileStatus ? ((LocatedFileStatus) s).getBlockLocations()
                : fs.getFileBlockLocations(s, 0, s.getLen());
        return new FileEntry(fs.makeQualified(s.getPath()).toString(), s.getLen(), blocks);
    }

    /** Whether a file is read whole whatever its format (compressed files cannot be cut). */
    static boolean compressedName(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".gz") || p.endsWith(".gzip");
    }

    /**
     * The split size as Spark's file sources choose it: the data spread over at least
     * {@code minPartitions} tasks, never more than {@code maxPartitionBytes} nor less than the
     * cost of opening a file.
     */
    static long splitSize(List<FileEntry> files, SourceOptions o) {
        long total = 0;
        for (FileEntry f : files) {
            total += f.length() + o.openCostInBytes;
        }
        long perTask = total / Math.max(1, o.minPartitions);
        return Math.max(1, Math.min(o.maxPartitionBytes, Math.max(o.openCostInBytes, perTask)));
    }

    /** Cuts the files into splits and packs them into partitions, in file order. */
    static List<AdPartition> plan(List<FileEntry> files, SourceOptions o) {
        long size = splitSize(files, o);
        boolean mayCut = o.format == SourceOptions.FileFormat.AUTO || o.format.lineOriented();
        List<AdPartition> parts = new ArrayList<>();
        List<FileSplit> current = new ArrayList<>();
        List<FileEntry> currentFiles = new ArrayList<>();
        long currentBytes = 0;
        for (FileEntry f : files) {
            List<FileSplit> splits = new ArrayList<>();
            if (!mayCut || compressedName(f.path()) || f.length() <= size) {
                splits.add(new FileSplit(f.path(), 0, f.length(), f.length(), true));
            } else {
                for (long start = 0; start < f.length(); start += size) {
                    splits.add(new FileSplit(f.path(), start, Math.min(size, f.length() - start), f.length(), false));
                }
            }
            for (FileSplit s : splits) {
                if (!current.isEmpty() && currentBytes + s.length() > size) {
                    parts.add(partition(parts.size(), current, currentFiles));
                    current = new ArrayList<>();
                    currentFiles = new ArrayList<>();
                    currentBytes = 0;
                }
                current.add(s);
                currentFiles.add(f);
                currentBytes += s.length() + o.openCostInBytes;
            }
        }
        if (!current.isEmpty()) {
            parts.add(partition(parts.size(), current, currentFiles));
        }
        return parts;
    }

    /** A partition, preferring the hosts that hold most of its bytes. */
    private static AdPartition partition(int index, List<FileSplit> splits, List<FileEntry> files) {
        java.util.Map<String, Long> bytesByHost = new java.util.HashMap<>();
        for (int i = 0; i < splits.size(); i++) {
            FileSplit s = splits.get(i);
            BlockLocation[] blocks = files.get(i).blocks();
            if (blocks == null) {
                continue;
            }
            for (BlockLocation b : blocks) {
                long overlap = Math.min(s.end(), b.getOffset() + b.getLength()) - Math.max(s.start(), b.getOffset());
                if (overlap <= 0) {
                    continue;
                }
                try {
                    for (String h : b.getHosts()) {
                        if (!h.equals("localhost")) {
                            bytesByHost.merge(h, overlap, Long::sum);
                        }
                    }
                } catch (IOException e) {
                    // no location preference from this block
                }
            }
        }
        String[] hosts = bytesByHost.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .limit(3)
                .map(java.util.Map.Entry::getKey)
                .toArray(String[]::new);
        return new AdPartition(index, splits.toArray(new FileSplit[0]), hosts);
    }
}
