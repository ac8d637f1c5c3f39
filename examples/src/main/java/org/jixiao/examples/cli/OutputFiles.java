package org.jixiao.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * The files a run writes with {@code --output}, put in place only when the run ends without an
 * error. Each is written to a hidden file beside it ({@code .NAME.RANDOM.part}) that replaces it
 * when the command has finished, and is deleted when the command fails. So:
 * <ul>
 *   <li>a failed run (a malformed line in the middle of the input, a full disk) leaves no
 *       half-written file, and an existing file as it was;
 *   <li>an input written to itself ({@code convert a.jsonl --to jsonl --output a.jsonl}) is read
 *       whole before it is replaced, where opening the output first emptied it.
 * </ul>
 * What is not a regular file ({@code /dev/null}, a pipe, a terminal) is written directly: it
 * cannot be replaced, and keeps nothing. A replaced file keeps its permissions; being a new file,
 * it is no longer a hard link to another name.
 */
final class OutputFiles {
  private final List<Pending> pending = new ArrayList<>();

  private static final ThreadLocal<@Nullable OutputFiles> RUN = new ThreadLocal<>();

  private OutputFiles() {}

  /** How many files the run has opened to replace. */
  int opened() {
    return pending.size();
  }

  /** Starts a run on this thread: the files opened until {@link #end} are its own. */
  static OutputFiles begin() {
    OutputFiles run = new OutputFiles();
    RUN.set(run);
    return run;
  }

  /**
   * Ends the run: every file opened in it replaces its target when {@code succeeded}, and is
   * deleted otherwise.
   *
   * @throws IOException when a finished file cannot be put in place (its part file is deleted)
   */
  void end(boolean succeeded) throws IOException {
    RUN.remove();
    IOException first = null;
    for (Pending p : pending) {
      try {
        p.stream.close(); // a command closes what it opens; this is for one that failed first
        if (succeeded) {
          p.commit();
        }
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      } finally {
        Files.deleteIfExists(p.part);
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /**
   * A stream writing {@code target}: into its part file within a run, directly outside one (a
   * command called by a program of its own) or when {@code target} is not a regular file.
   */
  static OutputStream open(Path target) throws IOException {
    return open(target, part -> Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
  }

  /** How a part file is opened (a test gives one that fails). */
  interface Opener {
    OutputStream open(Path part) throws IOException;
  }

  static OutputStream open(Path target, Opener opener) throws IOException {
    OutputFiles run = RUN.get();
    boolean link = Files.isSymbolicLink(target);
    // a link is followed: to the file it names, which is replaced; to nothing yet, written directly
    // (replacing the link itself would leave the file it names uncreated)
    Path real = link && Files.exists(target) ? target.toRealPath() : target;
    Path dir = real.toAbsolutePath().getParent();
    if (run == null || dir == null || (link && !Files.exists(target)) || (Files.exists(real) && !Files.isRegularFile(real))) {
      return Files.newOutputStream(target);
    }
    Path part = dir.resolve("." + real.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".part");
    Pending p = new Pending(real, part, opener.open(part));
    run.pending.add(p);
    return p.stream;
  }

  /** A part file and the file it will replace. */
  private static final class Pending {
    final Path target;
    final Path part;
    final Recorded stream;

    Pending(Path target, Path part, OutputStream out) {
      this.target = target;
      this.part = part;
      this.stream = new Recorded(out);
    }

    void commit() throws IOException {
      IOException failed = stream.failure;
      if (failed != null) { // a PrintWriter swallows it: the part file is not the whole output
        throw new IOException(target + ": " + failed.getMessage(), failed);
      }
      keepPermissions();
      try {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }

    /** An existing file's permissions pass to what replaces it (a new file gets the default ones). */
    private void keepPermissions() throws IOException {
      PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
      if (view != null && Files.exists(target)) {
        Files.setPosixFilePermissions(part, view.readAttributes().permissions());
      }
    }
  }

  /**
   * The part file's stream: it remembers a failed write (a full disk), which a {@code
   * PrintWriter} above it would swallow, and closes once (by the command, then by the run's end).
   */
  private static final class Recorded extends FilterOutputStream {
    private boolean closed;
    @Nullable IOException failure;

    Recorded(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw recorded(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len); // not FilterOutputStream's byte by byte
      } catch (IOException e) {
        throw recorded(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw recorded(e);
      }
    }

    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        try {
          out.close();
        } catch (IOException e) {
          throw recorded(e);
        }
      }
    }

    private IOException recorded(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
