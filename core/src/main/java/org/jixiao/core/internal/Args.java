package org.jixiao.core.internal;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The named arguments of a trace's reason or a finding's message, in order, of which some may be
 * given as something to make their text from: a number to print, a function of the text. Those
 * are made on the first call of {@link #strings()}, so that an evaluation whose reasons and
 * messages nobody reads never makes them. Two threads reading at once may both make them; they
 * make equal maps, so no lock is needed. Immutable once built, apart from that one-time making.
 */
public final class Args {
  private static final Args NONE = new Args(SmallMap.of(), false);

  private final SmallMap<String, Object> given; // strings, and Deferred values still to make; what a copy takes as it is
  private final boolean deferred; // whether a value of given may be a Deferred
  private volatile @Nullable SmallMap<String, String> made; // given, made on first read

  private Args(SmallMap<String, Object> given, boolean deferred) {
    this.given = given;
    this.deferred = deferred;
  }

  /** No arguments. */
  public static Args none() {
    return NONE;
  }

  /** A value whose text is made when the arguments are first read. */
  public interface Deferred {
    /** The text; never null. */
    String text();
  }

  /** The arguments as text, made on the first call; the map refuses every change. */
  @SuppressWarnings("unchecked") // without deferred values, every value given is a String
  public Map<String, String> strings() {
    if (!deferred) {
      return (Map<String, String>) (Map<String, ?>) given;
    }
    SmallMap<String, String> m = made;
    if (m == null) {
      SmallMap.Builder<String, String> out = new SmallMap.Builder<>("args");
      for (Map.Entry<String, Object> e : given.entrySet()) {
        Object v = e.getValue();
        out.put(e.getKey(), v instanceof Deferred d ? d.text() : (String) v);
      }
      m = out.build();
      made = m;
    }
    return m;
  }

  /** A text made by {@code text} for {@code key}, refused with the key when it makes null. */
  public static Deferred made(String key, Supplier<String> text) {
    return new Made(key, text);
  }

  private record Made(String key, Supplier<String> maker) implements Deferred {
    Made {
      Objects.requireNonNull(maker, "args text");
    }

    @Override
    public String text() {
      return Objects.requireNonNull(maker.get(), () -> "args text made for key: " + key);
    }
  }

  /** Builds {@link Args}; not thread-safe, and it may go on after {@link #build()}. */
  public static final class Builder {
    private final SmallMap.Builder<String, Object> map = new SmallMap.Builder<>("args");
    private boolean deferred; // whether a Deferred was put since the arguments were last cleared

    /** Adds or replaces one argument given as text. */
    public Builder put(String key, String value) {
      map.put(key, value);
      return this;
    }

    /** Adds or replaces one argument made when read. */
    public Builder put(String key, Deferred value) {
      map.put(key, value);
      deferred = true;
      return this;
    }

    /** Adds or replaces every argument of {@code entries}, in their order. */
    public Builder putAll(Map<String, ? extends String> entries) {
      map.putAll(entries);
      return this;
    }

    /** Adds or replaces every argument of {@code args}, as given: what was still to make stays so. */
    public Builder putAll(Args args) {
      map.putAll(args.given);
      deferred |= args.deferred;
      return this;
    }

    /** Removes every argument. */
    public Builder clear() {
      map.clear();
      deferred = false;
      return this;
    }

    /** The arguments so far. */
    public Args build() {
      SmallMap<String, Object> given = map.build();
      return given.isEmpty() ? NONE : new Args(given, deferred);
    }
  }
}
