package org.civicbrief.spark.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:}), setting permissions through the JDK.
 *
 * <p>Without Hadoop's native library, which no Maven artifact ships, {@link RawLocalFileSystem}
 * runs the {@code chmod} program for every file and folder it creates. A batch job's output
 * committer creates several per partition and output folder (the part file, its checksum, the
 * task's working folders): about two hundred processes for 200 articles, whose start-up takes CPU
 * from the cores that brief. Reading a file's permissions runs {@code ls -ld}, once per input file
 * when Spark plans its splits. This class makes the same system calls from Java instead ({@code
 * chmod}, {@code stat}); where the file store has no POSIX permissions, or the sticky bit is asked
 * for (which the JDK cannot set), it leaves the work to Hadoop as before.
 *
 * <p>{@link #FILE_SYSTEM_SETTING} names it in a Hadoop configuration; the batch sessions set it.
 */
public final class JavaLocalFileSystem extends LocalFileSystem {

  /** The Hadoop setting that picks the {@code file:} implementation. */
  public static final String FILE_SYSTEM_SETTING = "fs.file.impl";

  /** A checksummed local file system over {@link Raw}, as Hadoop's own is over its raw one. */
  public JavaLocalFileSystem() {
    super(new Raw());
  }

  /** The raw local file system, with permissions set and read through the JDK. */
  public static final class Raw extends RawLocalFileSystem {

    @Override
    public FileStatus getFileStatus(Path f) throws IOException {
      return withPermissions(super.getFileStatus(f));
    }

    @Override
    public FileStatus[] listStatus(Path f) throws IOException {
      FileStatus[] statuses = super.listStatus(f);
      for (int i = 0; i < statuses.length; i++) {
        statuses[i] = withPermissions(statuses[i]);
      }
      return statuses;
    }

    /**
     * {@code status} with its owner, group and permissions read now, by a {@code stat} call. Hadoop
     * reads them lazily, by running {@code ls -ld}, when something asks: listing input files for
     * Spark's splits asks for every file.
     */
    private FileStatus withPermissions(FileStatus status) {
      if (status.isSymlink()) {
        return status;
      }
      PosixFileAttributes attributes;
      try {
        attributes =
            Files.readAttributes(pathToFile(status.getPath()).toPath(), PosixFileAttributes.class);
      } catch (IOException | UnsupportedOperationException e) {
        // Gone since it was listed, or no POSIX attributes here: Hadoop's own status will tell.
        return status;
      }
      return new FileStatus(
          status.getLen(),
          status.isDirectory(),
          status.getReplication(),
          status.getBlockSize(),
          status.getModificationTime(),
          status.getAccessTime(),
          hadoop(attributes.permissions()),
          attributes.owner().getName(),
          attributes.group().getName(),
          status.getPath());
    }

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      java.nio.file.Path file = pathToFile(p).toPath();
      PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      if (view == null || permission.getStickyBit()) {
        super.setPermission(p, permission);
        return;
      }
      try {
        view.setPermissions(posix(permission));
      } catch (NoSuchFileException e) {
        throw new FileNotFoundException("File " + p + " does not exist");
      }
    }
  }

  /** Hadoop's form of the JDK's permission bits. */
  static FsPermission hadoop(Set<PosixFilePermission> permissions) {
    short mode = 0;
    for (PosixFilePermission p : permissions) {
      // OWNER_READ is the first constant and the highest bit (0400), OTHERS_EXECUTE the last (01).
      mode |= (short) (1 << (PosixFilePermission.values().length - 1 - p.ordinal()));
    }
    return new FsPermission(mode);
  }

  /** The JDK's form of {@code permission}'s read, write and execute bits. */
  static Set<PosixFilePermission> posix(FsPermission permission) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    add(
        set,
        permission.getUserAction(),
        PosixFilePermission.OWNER_READ,
        PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.OWNER_EXECUTE);
    add(
        set,
        permission.getGroupAction(),
        PosixFilePermission.GROUP_READ,
        PosixFilePermission.GROUP_WRITE,
        PosixFilePermission.GROUP_EXECUTE);
    add(
        set,
        permission.getOtherAction(),
        PosixFilePermission.OTHERS_READ,
        PosixFilePermission.OTHERS_WRITE,
        PosixFilePermission.OTHERS_EXECUTE);
    return set;
  }

  private static void add(
      Set<PosixFilePermission> set,
      FsAction action,
      PosixFilePermission read,
      PosixFilePermission write,
      PosixFilePermission execute) {
    if (action.implies(FsAction.READ)) {
      set.add(read);
    }
    if (action.implies(FsAction.WRITE)) {
      set.add(write);
    }
    if (action.implies(FsAction.EXECUTE)) {
      set.add(execute);
    }
  }
}
