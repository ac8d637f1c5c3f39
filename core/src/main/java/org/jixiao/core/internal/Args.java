package org.jixiao.core.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The named arguments of a trace's reason or a finding's message may be given as something to
 * make their text from (a number to print, a function): a {@link Deferred} among the strings of
 * the holder's map, made when the arguments are first read, so that an evaluation whose reasons
 * and messages nobody reads never makes them. The holder keeps the map as given (what a copy
 * takes as it is) and the map {@link #made} from it, in a field of its own: a wrapper object and
 * its builder per trace were about 3 % of the bytes an evaluation allocated (JFR's TLAB events).
 */
public final class Args {
  private Args() {}

  /** A value whose text is made when the arguments are first read. */
  public interface Deferred {
    /** The text; never null. */
    String text();
  }

  /** A text made by {@code text} for {@code key}, refused with the key when it makes null. */
  public static Deferred made(String key, Supplier<String> text) {
    return new Made(key, text);
  }

  /**
   * The arguments {@code given} (strings and {@link Deferred}s) as text, each deferred one made
   * now, in the same order. Making twice on two threads at once gives equal maps, so a holder
   * needs no lock, only a volatile field for the result.
   */
  public static SmallMap<String, String> made(SmallMap<String, Object> given) {
    // the same keys in the same order: no builder and none of its checks for a repeated key
    return SmallMap.mapValues(given, Args::text, "args");
  }

  private static String text(Object value) {
    return value instanceof Deferred d ? d.text() : (String) value;
  }

  private record Made(String key, Supplier<String> maker) implements Deferred {
    Made {
      Objects.requireNonNull(maker, "args text");
    }

    @Override
    public String text() {
      String text = maker.get();
      if (text == null) { // not a supplier of the message: a lambda that captures is an object per call before C2
        throw new NullPointerException("args text made for key: " + key);
      }
      return text;
    }
  }
}
