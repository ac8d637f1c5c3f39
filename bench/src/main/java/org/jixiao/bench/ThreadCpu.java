package org.jixiao.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The CPU time the JVM's own threads have used so far, by kind (C1 and C2 compilers, garbage
 * collectors), read from Linux's {@code /proc/self/task}: what a short run's wall time is shared
 * with on a machine of few cores. Empty where there is no {@code /proc}. A thread that ends
 * between two readings takes its time with it, so a difference of two readings can fall short.
 */
final class ThreadCpu {
  private ThreadCpu() {}

  /** Clock ticks a second of {@code /proc}'s CPU times ({@code USER_HZ}, 100 on Linux). */
  private static final double TICKS_PER_SECOND = 100.0;

  /** Seconds of CPU by kind of thread: {@code C1}, {@code C2}, {@code GC}; empty without {@code /proc}. */
  static Map<String, Double> byKind() {
    Map<String, Double> seconds = new TreeMap<>();
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return seconds;
    }
    try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
      for (Path thread : threads) {
        String stat;
        try {
          stat = Files.readString(thread.resolve("stat"));
        } catch (IOException ended) {
          continue; // the thread ended while the directory was read
        }
        // pid (name) state ... utime stime: the name may hold spaces, the fields after it do not
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        String kind = kind(name);
        if (kind != null) {
          double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
          seconds.merge(kind, cpu, Double::sum);
        }
      }
    } catch (IOException unreadable) {
      seconds.clear();
    }
    return seconds;
  }

  /**
   * The minor page faults so far of the calling thread ({@code thread}) or of the whole process:
   * each is the first touch of a page of memory, which a virtual machine's host may make costly
   * (bench/README.md §31). -1 where there is no {@code /proc}.
   */
  static long minorFaults(boolean thread) {
    try {
      String stat = Files.readString(Path.of(thread ? "/proc/thread-self/stat" : "/proc/self/stat"));
      return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[7]);
    } catch (IOException | RuntimeException unreadable) {
      return -1;
    }
  }

  /** The kind of a HotSpot thread by its name ({@code C2 CompilerThre}, {@code GC Thread#0}, {@code G1 Conc#0}). */
  private static @Nullable String kind(String name) {
    if (name.startsWith("C1 ")) {
      return "C1";
    }
    if (name.startsWith("C2 ")) {
      return "C2";
    }
    if (name.startsWith("GC ") || name.startsWith("G1 ")) {
      return "GC";
    }
    return null;
  }
}
