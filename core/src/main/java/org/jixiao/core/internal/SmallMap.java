package org.jixiao.core.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable map of a few entries in insertion order, kept as one array of keys and values
 * side by side. A trace holds two maps of two to ten entries and an evaluation makes dozens of
 * traces: a {@code LinkedHashMap} costs an entry object per mapping and was copied on every
 * build, a fifth of what an evaluation allocated. Lookup is a linear scan, which for maps this
 * small is as fast as hashing. Equality and hash code are those of every {@link Map}. It refuses
 * every change, through its own methods and through its views, so it is handed out as it is: a
 * wrapper would cost an object per map and one per entry on every iteration.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class SmallMap<K, V> extends AbstractMap<K, V> {
  private static final Object[] NONE = new Object[0];

  /**
   * Above this many mappings a map and its builder find keys through a hash index: a trace's maps
   * hold a handful, which a scan finds fastest, but a document read from JSON may hold thousands,
   * and a scan per key made reading (and comparing) them quadratic (200 k keys: minutes).
   */
  static final int SCAN_LIMIT = 16;

  private final Object[] keysAndValues; // k0, v0, k1, v1, … up to size (no nulls, no repeated key), then unused slots
  private final int size;
  private final @Nullable Map<Object, Integer> index; // key → position, when (and only when) size > SCAN_LIMIT; never changed

  private SmallMap(Object[] keysAndValues, int size, @Nullable Map<Object, Integer> index) {
    this.keysAndValues = keysAndValues;
    this.size = size;
    this.index = index;
  }

  private static final SmallMap<?, ?> EMPTY = new SmallMap<>(NONE, 0, null);

  /**
   * The map of {@code map}'s keys, in its order, each with the value {@code f} gives for its
   * value: one array copied, with none of a builder's checks for repeated keys, which the keys of
   * a map cannot have.
   *
   * @throws NullPointerException when {@code f} gives null, naming the map {@code name} and the key
   */
  public static <K, V, W> SmallMap<K, W> mapValues(SmallMap<K, V> map, Function<? super V, ? extends W> f, String name) {
    if (map.size == 0) {
      return of();
    }
    Object[] out = new Object[2 * map.size];
    for (int i = 0; i < map.size; i++) {
      Object key = map.keysAndValues[2 * i];
      @SuppressWarnings("unchecked")
      V value = (V) map.keysAndValues[2 * i + 1];
      W mapped = f.apply(value);
      if (mapped == null) {
        throw new NullPointerException(name + " value for key: " + key);
      }
      out[2 * i] = key;
      out[2 * i + 1] = mapped;
    }
    return new SmallMap<>(out, map.size, map.index); // the same keys at the same places
  }

  /** The empty map: one instance, as it never changes (most traces have no figures or no arguments). */
  @SuppressWarnings("unchecked")
  public static <K, V> SmallMap<K, V> of() {
    return (SmallMap<K, V>) EMPTY;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return position(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public @Nullable V get(@Nullable Object key) {
    int i = position(key);
    return i < 0 ? null : (V) keysAndValues[2 * i + 1];
  }

  private int position(@Nullable Object key) {
    if (size <= SCAN_LIMIT) { // a trace's maps: by the size the scan needs anyway, not another field
      return indexOf(keysAndValues, size, key);
    }
    Integer i = key == null ? null : Objects.requireNonNull(index).get(key);
    return i == null ? -1 : i;
  }

  /** The positions of the first {@code size} keys, for a map or builder past {@link #SCAN_LIMIT}. */
  private static Map<Object, Integer> indexOf(Object[] keysAndValues, int size) {
    Map<Object, Integer> index = new HashMap<>(2 * size);
    for (int i = 0; i < size; i++) {
      index.put(keysAndValues[2 * i], i);
    }
    return index;
  }

  private static int indexOf(Object[] keysAndValues, int size, @Nullable Object key) {
    if (key == null) {
      return -1;
    }
    // the keys are names such as "weight": their hash codes (cached by String) turn away nearly
    // every other key before equals compares its characters
    int hash = key.hashCode();
    for (int i = 0; i < size; i++) {
      Object k = keysAndValues[2 * i];
      if (k == key || (k.hashCode() == hash && k.equals(key))) {
        return i;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- every change refused

  @Override
  public @Nullable V put(K key, V value) {
    throw refused();
  }

  @Override
  public void putAll(Map<? extends K, ? extends V> m) {
    throw refused();
  }

  @Override
  public @Nullable V remove(@Nullable Object key) {
    throw refused();
  }

  @Override
  public boolean remove(@Nullable Object key, @Nullable Object value) {
    throw refused();
  }

  @Override
  public void clear() {
    throw refused();
  }

  @Override
  public @Nullable V putIfAbsent(K key, V value) {
    throw refused();
  }

  @Override
  public boolean replace(K key, V oldValue, V newValue) {
    throw refused();
  }

  @Override
  public @Nullable V replace(K key, V value) {
    throw refused();
  }

  @Override
  public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
    throw refused();
  }

  @Override
  public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
    throw refused();
  }

  @Override
  public @Nullable V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends @Nullable V> remappingFunction) {
    throw refused();
  }

  @Override
  public @Nullable V compute(K key, BiFunction<? super K, ? super @Nullable V, ? extends @Nullable V> remappingFunction) {
    throw refused();
  }

  @Override
  public @Nullable V merge(K key, V value, BiFunction<? super V, ? super V, ? extends @Nullable V> remappingFunction) {
    throw refused();
  }

  private static UnsupportedOperationException refused() {
    return new UnsupportedOperationException("an evaluation's maps cannot be changed");
  }

  @Override
  public Set<K> keySet() {
    return Collections.unmodifiableSet(super.keySet()); // seldom used: a wrapper is fine
  }

  @Override
  public Collection<V> values() {
    return Collections.unmodifiableCollection(super.values());
  }

  /** A view that refuses every change, even one that would change nothing. */
  private abstract static class RefusingSet<E> extends AbstractSet<E> {
    @Override
    public boolean add(E e) {
      throw refused();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
      throw refused();
    }

    @Override
    public boolean remove(@Nullable Object o) {
      throw refused();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
      throw refused();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
      throw refused();
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
      throw refused();
    }

    @Override
    public void clear() {
      throw refused();
    }
  }

  @Override
  public Set<Entry<K, V>> entrySet() {
    return new RefusingSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Entry<K, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Entry<K, V> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>((K) keysAndValues[2 * i], (V) keysAndValues[2 * i + 1]);
          }
        };
      }
    };
  }

  /**
   * Collects the entries of a {@link SmallMap}: {@code put} of a key already there replaces its
   * value in place, as a {@code LinkedHashMap} does. Not thread-safe; {@link #build} copies, so a
   * builder may go on after it.
   *
   * @param <K> the key type
   * @param <V> the value type
   */
  public static final class Builder<K, V> {
    private final String name;
    private Object[] keysAndValues = NONE;
    private int size;
    private @Nullable Map<Object, Integer> index; // above SCAN_LIMIT only
    private boolean handedOver; // build() gave keysAndValues (and index) to a map: copy before the next change

    /** A builder whose null-check messages name the map {@code name} ({@code args key}). */
    public Builder(String name) {
      this.name = name;
    }

    /** Adds or replaces one mapping; neither may be null. */
    public Builder<K, V> put(K key, V value) {
      // tested here, not with a supplier of the message: a lambda that captures is an object per
      // call until C2 compiles it away, and every argument and figure of a trace is put here; the
      // message is made out of line, so that this stays small enough to inline
      if (key == null || value == null) {
        throw refused(key);
      }
      own();
      int i;
      if (size <= SCAN_LIMIT) {
        i = indexOf(keysAndValues, size, key);
      } else {
        Integer at = Objects.requireNonNull(index).get(key);
        i = at == null ? -1 : at;
      }
      if (i >= 0) {
        keysAndValues[2 * i + 1] = value;
        return this;
      }
      if (2 * size == keysAndValues.length) {
        // room for 6 mappings at first, then twice as many: build() hands the array over as it is,
        // unused slots and all, and a trace's figures are fewer than its arguments (evaluating,
        // 38.7 KB a project with 6, 38.9 with 4, 39.5 with 8: Steady 16)
        keysAndValues = Arrays.copyOf(keysAndValues, Math.max(12, 4 * size));
      }
      keysAndValues[2 * size] = key;
      keysAndValues[2 * size + 1] = value;
      size++;
      if (size > SCAN_LIMIT) {
        Map<Object, Integer> byKey = index;
        if (byKey == null) {
          index = indexOf(keysAndValues, size); // the first time past the limit
        } else {
          byKey.put(key, size - 1);
        }
      }
      return this;
    }

    private NullPointerException refused(@Nullable Object key) {
      return new NullPointerException(key == null ? name + " key" : name + " value for key: " + key);
    }

    /** Adds or replaces every mapping of {@code entries}, in their order. */
    public Builder<K, V> putAll(Map<? extends K, ? extends V> entries) {
      if (size == 0 && entries instanceof SmallMap<?, ?> small) {
        // a copy of a trace: share its array (no duplicates, no nulls by construction) until a
        // change, which copies it first; the engine copies every trace and changes only its figures
        keysAndValues = small.keysAndValues;
        size = small.size;
        index = small.index;
        handedOver = true;
        return this;
      }
      for (Map.Entry<? extends K, ? extends V> e : entries.entrySet()) {
        put(e.getKey(), e.getValue());
      }
      return this;
    }

    /** Removes every mapping. */
    public Builder<K, V> clear() {
      keysAndValues = NONE;
      size = 0;
      index = null;
      handedOver = false;
      return this;
    }

    /**
     * The map of the mappings so far. It takes the builder's array as it is, unused slots and all
     * (a trace's maps are built once and read: trimming was a copy of every map); a builder
     * changed after it copies its array first, so the map never changes.
     */
    public SmallMap<K, V> build() {
      if (size == 0) {
        return of();
      }
      handedOver = true;
      return new SmallMap<>(keysAndValues, size, index);
    }

    private void own() {
      if (handedOver) {
        // room for two more mappings: a copied trace gains its weight and points
        keysAndValues = Arrays.copyOf(keysAndValues, Math.max(keysAndValues.length, 2 * size + 4));
        if (index != null) {
          index = new HashMap<>(index); // the built map keeps its own
        }
        handedOver = false;
      }
    }
  }
}
