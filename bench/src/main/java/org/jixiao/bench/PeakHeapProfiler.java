package org.jixiao.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Heap figures of each iteration, taken inside the forked JVM:
 *
 * <ul>
 *   <li>{@code heap.sampled.max}: the largest heap occupancy (all heap pools, {@link
 *       java.lang.management.MemoryMXBean#getHeapMemoryUsage()}) seen by a thread sampling every
 *       {@value #SAMPLE_MILLIS} ms;
 *   <li>{@code heap.poolPeaks.sum}: the sum of every heap pool's peak usage ({@link
 *       MemoryPoolMXBean#getPeakUsage()}, reset before the iteration) — an upper bound of the
 *       peak, since the pools need not peak at the same instant;
 *   <li>{@code heap.live.max}: the largest heap occupancy right after a garbage collection (from
 *       GC notifications) — an upper bound of what the work keeps alive (a young collection
 *       leaves old garbage in place until a mixed or full one);
 *   <li>{@code heap.limit}: the JVM's maximum heap ({@code -Xmx});
 *   <li>{@code gc.count}, {@code gc.time}: collections and their accumulated time;
 *   <li>for {@link EndToEndBench}: {@code e2e.evaluations} and {@code e2e.output} (the size of
 *       the JSON Lines written).
 * </ul>
 *
 * Sizes are in MB (2^20 bytes).
 */
public final class PeakHeapProfiler implements InternalProfiler {
  static final int SAMPLE_MILLIS = 10;
  private static final double MB = 1024.0 * 1024.0;

  private final List<MemoryPoolMXBean> heapPools = new ArrayList<>();
  private final AtomicLong liveMax = new AtomicLong();
  private final AtomicLong sampledMax = new AtomicLong();
  private final NotificationListener listener = this::onGc;
  private volatile boolean sampling;
  private long gcCountBefore;
  private long gcTimeBefore;

  public PeakHeapProfiler() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool);
      }
    }
  }

  @Override
  public String getDescription() {
    return "heap peaks (sampled, pool peaks, live after GC) and GC counts per iteration";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    System.gc();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    liveMax.set(0);
    sampledMax.set(0);
    gcCountBefore = gcCount();
    gcTimeBefore = gcTime();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter) {
        ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
      }
    }
    sampling = true;
    Thread sampler =
        new Thread(
            () -> {
              while (sampling) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                sampledMax.accumulateAndGet(used, Math::max);
                try {
                  Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    sampling = false;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter) {
        try {
          ((NotificationEmitter) gc).removeNotificationListener(listener);
        } catch (javax.management.ListenerNotFoundException e) {
          // not registered: nothing to remove
        }
      }
    }
    long poolPeaks = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      poolPeaks += pool.getPeakUsage().getUsed();
    }
    List<Result> out = new ArrayList<>();
    out.add(mb("heap.sampled.max", sampledMax.get()));
    out.add(mb("heap.poolPeaks.sum", poolPeaks));
    out.add(mb("heap.live.max", liveMax.get()));
    out.add(mb("heap.limit", Runtime.getRuntime().maxMemory()));
    out.add(new ScalarResult("gc.count", gcCount() - gcCountBefore, "counts", AggregationPolicy.MAX));
    out.add(new ScalarResult("gc.time", gcTime() - gcTimeBefore, "ms", AggregationPolicy.MAX));
    if (EndToEndBench.lastEvaluations >= 0) {
      out.add(new ScalarResult("e2e.evaluations", EndToEndBench.lastEvaluations, "evaluations", AggregationPolicy.MAX));
      out.add(mb("e2e.output", EndToEndBench.lastOutputBytes));
    }
    return out;
  }

  private static ScalarResult mb(String label, long bytes) {
    return new ScalarResult(label, bytes / MB, "MB", AggregationPolicy.MAX);
  }

  private void onGc(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long live = 0;
    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (isHeapPool(pool.getKey())) {
        live += pool.getValue().getUsed();
      }
    }
    liveMax.accumulateAndGet(live, Math::max);
  }

  private boolean isHeapPool(String name) {
    for (MemoryPoolMXBean pool : heapPools) {
      if (pool.getName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static long gcCount() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionCount());
    }
    return n;
  }

  private static long gcTime() {
    long t = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      t += Math.max(0, gc.getCollectionTime());
    }
    return t;
  }
}
