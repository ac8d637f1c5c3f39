package org.jixiao.io.internal.json;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The field names of one object seen so far, so that a repeated one is refused in time linear in
 * the object's size. The objects of jixiao's documents have a few to some twenty fields: those are
 * compared one by one, which costs less than hashing them; past {@value #COMPARED} names (a hostile
 * or unusual object, such as metadata of 80 000 keys) they go into a hash set.
 */
final class SeenNames {
  static final int COMPARED = 16;

  private final String[] first = new String[COMPARED];
  private int count;
  private @Nullable Set<String> many;

  /** Adds {@code name}; false when the object already had it. */
  boolean add(String name) {
    Set<String> set = many;
    if (set != null) {
      return set.add(name);
    }
    for (int i = 0; i < count; i++) {
      if (first[i].equals(name)) {
        return false;
      }
    }
    if (count < COMPARED) {
      first[count++] = name;
      return true;
    }
    set = new HashSet<>(4 * COMPARED);
    set.addAll(List.of(first));
    many = set;
    return set.add(name);
  }
}
