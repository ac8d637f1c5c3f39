package org.jixiao.rules.internal.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jixiao.core.project.Project;
import org.jspecify.annotations.Nullable;

/**
 * Maps a stream of projects on worker threads and gives the results in input order, with at
 * most a fixed number of projects in flight.
 *
 * <p>The source is read on the consumer's thread (a stream or a reader need not be
 * thread-safe), in chunks of {@value #CHUNK} projects; each chunk is one task. At most {@code
 * 4 × threads} chunks are submitted and not yet consumed, so memory stays bounded whatever the
 * length of the stream. The consumer takes the oldest chunk's results, waiting if needed.
 *
 * <p>A task that throws stops the stream: the exception is rethrown on the consumer's thread
 * when its project's turn comes (the results before it are delivered first), with a suppressed
 * note naming the project's position and 序号, and the remaining tasks are cancelled. The source
 * throwing a {@code RuntimeException} while it is read ahead (a malformed line) stops it the same
 * way, in its place: the results of every project read before it are delivered first, as on one
 * thread, so what a consumer gets does not depend on the number of threads. An {@code Error}
 * stops it at once. Closing the
 * stream (or reaching its end, or a failure) stops the workers; the worker threads are daemons
 * and end after a second idle, so a stream abandoned without closing leaks no thread for long.
 *
 * <p>While the JIT compiler is busy ({@link CompilerActivity}) one worker fewer runs; the last
 * one starts when the compiler has settled.
 */
public final class ParallelEvaluation<R> implements Iterator<R> {
  /** Projects per task: enough to make a task's overhead small against ~10 µs per project. */
  static final int CHUNK = 32;

  /** Chunks in flight per thread. */
  static final int WINDOW_PER_THREAD = 4;

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Iterator<Project> source;
  private final Function<Project, R> work;
  private final ThreadPoolExecutor pool;
  private final int threads;
  private final CompilerActivity compiler;
  private final int window;
  private final ArrayDeque<Future<Done<R>>> inFlight = new ArrayDeque<>();
  private @Nullable Iterator<R> current;
  private @Nullable Throwable failure;
  /** What the source threw while read ahead: thrown once the projects read before it are delivered. */
  private @Nullable RuntimeException sourceFailure;
  private boolean sourceDone;
  private long position;
  private boolean closed;

  private ParallelEvaluation(
      Iterator<Project> source, Function<Project, R> work, int threads, CompilerActivity compiler) {
    this.source = source;
    this.work = work;
    this.threads = threads;
    this.compiler = compiler;
    this.window = threads * WINDOW_PER_THREAD;
    int id = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, "jixiao-evaluate-" + id + "-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    int first = threads == 1 || !compiler.busy() ? threads : threads - 1;
    this.pool = new ThreadPoolExecutor(first, first, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    this.pool.allowCoreThreadTimeOut(true);
  }

  /** Starts the last worker once the JIT compiler has settled (see {@link CompilerActivity}). */
  private void useAllThreadsWhenSettled() {
    if (workers() == threads || compiler.busy()) {
      return;
    }
    pool.setMaximumPoolSize(threads);
    pool.setCorePoolSize(threads);
  }

  /**
   * The results of {@code work} on every project of {@code projects}, in order, computed on
   * {@code threads} threads. Closing the returned stream closes {@code projects} and stops the
   * workers.
   */
  public static <R> Stream<R> map(Stream<Project> projects, Function<Project, R> work, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, not " + threads);
    }
    if (threads == 1) {
      return sequential(projects, work);
    }
    return map(projects, work, threads, CompilerActivity.thisJvm());
  }

  /**
   * {@code work} on every project on the calling thread, in order, nothing read ahead: a failure
   * gets the same note of its position in the stream as on a worker, and ends the results as it
   * does there.
   */
  static <R> Stream<R> sequential(Stream<Project> projects, Function<Project, R> work) {
    Iterator<Project> source = projects.iterator();
    Iterator<R> results =
        new Iterator<>() {
          private long next;
          private boolean failed;

          @Override
          public boolean hasNext() {
            if (failed) {
              return false;
            }
            try {
              return source.hasNext();
            } catch (RuntimeException | Error e) {
              failed = true;
              throw e;
            }
          }

          @Override
          public R next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Project p;
            try {
              p = source.next();
            } catch (RuntimeException | Error e) {
              failed = true;
              throw e;
            }
            long at = next++;
            try {
              return work.apply(p);
            } catch (RuntimeException | Error e) {
              failed = true;
              e.addSuppressed(failure(at, p, false));
              throw e;
            }
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(projects::close);
  }

  /** {@link #map(Stream, Function, int)} paced by the given compiler activity. */
  static <R> Stream<R> map(Stream<Project> projects, Function<Project, R> work, int threads, CompilerActivity compiler) {
    return stream(over(projects.iterator(), work, threads, compiler), projects);
  }

  /** The iterator as a stream whose closing stops the workers and closes {@code projects}. */
  static <R> Stream<R> stream(ParallelEvaluation<R> it, Stream<Project> projects) {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(it::close)
        .onClose(projects::close);
  }

  /** An iterator over {@code source}, before it is made a stream (tests look at its workers). */
  static <R> ParallelEvaluation<R> over(Iterator<Project> source, Function<Project, R> work, int threads, CompilerActivity compiler) {
    return new ParallelEvaluation<>(source, work, threads, compiler);
  }

  /** How many workers may run now: one fewer than asked while the compiler is busy. */
  int workers() {
    return pool.getCorePoolSize();
  }

  /** The projects of one task, with the stream position of the first. */
  private record Chunk(long first, List<Project> projects) {}

  /** What a task did: the results in order, up to the failure if one stopped it. */
  private record Done<R>(List<R> results, @Nullable Throwable failure) {}

  @Override
  public boolean hasNext() {
    while (current == null || !current.hasNext()) {
      Throwable f = failure;
      if (f != null) {
        failure = null;
        close();
        throw rethrow(f);
      }
      if (closed) {
        return false;
      }
      fill();
      if (inFlight.isEmpty()) {
        RuntimeException s = sourceFailure;
        sourceFailure = null;
        close();
        if (s != null) {
          throw s; // in its place: every project read before it has been delivered
        }
        return false;
      }
      current = take();
    }
    return true;
  }

  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Iterator<R> c = current;
    if (c == null) {
      throw new NoSuchElementException();
    }
    return c.next();
  }

  private void fill() {
    useAllThreadsWhenSettled();
    while (!sourceDone && inFlight.size() < window) {
      List<Project> batch = new ArrayList<>(CHUNK);
      try {
        while (batch.size() < CHUNK && source.hasNext()) {
          batch.add(source.next());
        }
        sourceDone = batch.size() < CHUNK;
      } catch (RuntimeException e) {
        // kept for its turn: the projects read before it are evaluated and delivered first
        sourceFailure = e;
        sourceDone = true;
      } catch (Error e) {
        close();
        throw e;
      }
      if (batch.isEmpty()) {
        return;
      }
      Chunk chunk = new Chunk(position, batch);
      position += batch.size();
      inFlight.add(pool.submit(() -> run(chunk)));
    }
  }

  private Done<R> run(Chunk chunk) {
    List<R> out = new ArrayList<>(chunk.projects().size());
    for (int i = 0; i < chunk.projects().size(); i++) {
      Project p = chunk.projects().get(i);
      try {
        out.add(work.apply(p));
      } catch (RuntimeException | Error e) {
        e.addSuppressed(failure(chunk.first() + i, p, true));
        return new Done<>(out, e); // the results before it are still delivered
      }
    }
    return new Done<>(out, null);
  }

  private Iterator<R> take() {
    Future<Done<R>> head = inFlight.removeFirst();
    try {
      Done<R> done = head.get();
      failure = done.failure();
      return done.results().iterator();
    } catch (InterruptedException e) {
      close();
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for an evaluation");
    } catch (ExecutionException e) {
      close();
      throw rethrow(e.getCause());
    }
  }

  private static RuntimeException rethrow(@Nullable Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(cause);
  }

  /** Stops the workers and drops what is in flight; idempotent. */
  void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (Future<?> f : inFlight) {
      f.cancel(true);
    }
    inFlight.clear();
    current = null;
    pool.shutdownNow();
  }

  /**
   * Where in the stream a failure happened, added to the exception as a suppressed note: a plain
   * {@link Exception}, a type a user can name, without a stack of its own (the failure has one).
   */
  static Exception failure(long position, Project project, boolean worker) {
    Exception note =
        new Exception(
            "while evaluating project "
                + (position + 1)
                + " of the stream"
                + (project.seq().isPresent() ? " (序号 " + project.seq().getAsInt() + ")" : "")
                + " '"
                + project.name()
                + "'"
                + (worker ? " on a worker thread" : ""));
    note.setStackTrace(new StackTraceElement[0]);
    return note;
  }
}
