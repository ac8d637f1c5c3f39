package org.jixiao.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A built map shares its builder's array until the builder changes again: whatever the builder
 * does after {@code build()}, the maps built before keep the mappings they had.
 */
class SmallMapTest {
  /** Keys of which "Aa" and "BB" share a hash code, as do the pairs made of them. */
  private static final String[] KEYS = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "weight"};

  @Test
  void aBuilderChangedAfterBuildLeavesTheBuiltMapsAlone() {
    aBuilderChangedAfterBuildLeavesTheBuiltMapsAlone(12);
  }

  /** The same past the size where keys are found through a hash index, crossing it both ways. */
  @Test
  void aBuilderChangedAfterBuildLeavesTheBuiltMapsAloneWithAnIndex() {
    aBuilderChangedAfterBuildLeavesTheBuiltMapsAlone(SmallMap.SCAN_LIMIT + 14);
  }

  private static void aBuilderChangedAfterBuildLeavesTheBuiltMapsAlone(int keys) {
    // operations: 0..99 put key (n % keys) with value n; 100..104 clear; 105..109 build; 110..114 putAll of the last map
    qt().forAll(lists().of(integers().between(0, 114)).ofSizeBetween(0, 80))
        .checkAssert(ops -> {
          SmallMap.Builder<String, Integer> builder = new SmallMap.Builder<>("test");
          Map<String, Integer> model = new LinkedHashMap<>();
          List<SmallMap<String, Integer>> built = new ArrayList<>();
          List<Map<String, Integer>> expected = new ArrayList<>();
          for (int op : ops) {
            if (op < 100) {
              builder.put("k" + op % keys, op);
              model.put("k" + op % keys, op);
            } else if (op < 105) {
              builder.clear();
              model.clear();
            } else if (op < 110 || built.isEmpty()) {
              built.add(builder.build());
              expected.add(new LinkedHashMap<>(model));
            } else {
              SmallMap<String, Integer> last = built.get(built.size() - 1);
              builder.putAll(last);
              model.putAll(expected.get(expected.size() - 1));
            }
            for (int m = 0; m < built.size(); m++) {
              assertThat(built.get(m)).isEqualTo(expected.get(m));
              for (Map.Entry<String, Integer> e : expected.get(m).entrySet()) {
                assertThat(built.get(m).get(e.getKey())).isEqualTo(e.getValue());
              }
              assertThat(built.get(m).get("absent")).isNull();
              assertThat(new ArrayList<>(built.get(m).keySet())).isEqualTo(new ArrayList<>(expected.get(m).keySet()));
            }
          }
          assertThat(builder.build()).isEqualTo(model);
        });
  }

  /** Thousands of keys (a document read from JSON may hold them) keep their order and are found by key. */
  @Test
  void aLargeMapKeepsItsOrderAndFindsEveryKeyAndMappingItsValuesKeepsTheIndex() {
    SmallMap.Builder<String, Integer> builder = new SmallMap.Builder<>("figures");
    Map<String, Integer> model = new LinkedHashMap<>();
    for (int i = 0; i < 5_000; i++) {
      builder.put("f" + i % 4_000, i); // the last thousand replace values in place
      model.put("f" + i % 4_000, i);
    }
    SmallMap<String, Integer> map = builder.build();
    assertThat(map).hasSize(4_000).isEqualTo(model);
    assertThat(new ArrayList<>(map.keySet())).isEqualTo(new ArrayList<>(model.keySet()));
    assertThat(map.get("f3999")).isEqualTo(3_999);
    assertThat(map.get("f0")).isEqualTo(4_000);
    assertThat(map.containsKey("f4000")).isFalse();
    SmallMap<String, String> mapped = SmallMap.mapValues(map, v -> "v" + v, "figures");
    assertThat(mapped.get("f1234")).isEqualTo("v1234");
    assertThat(mapped.keySet()).containsExactlyElementsOf(model.keySet());
  }

  @Test
  void aMapBuiltTwiceFromOneBuilderIsTwoEqualMaps() {
    SmallMap.Builder<String, String> builder = new SmallMap.Builder<>("args");
    builder.put("a", "1").put("b", "2");
    SmallMap<String, String> first = builder.build();
    SmallMap<String, String> second = builder.build();
    builder.put("a", "changed").put("c", "3");
    assertThat(first).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    assertThat(second).isEqualTo(first);
    assertThat(builder.build()).containsExactly(Map.entry("a", "changed"), Map.entry("b", "2"), Map.entry("c", "3"));
  }

  @Test
  void keysAreFoundByEqualityNotByIdentityOrHashAlone() {
    // "Aa" and "BB" share a hash code; a key built at run time equals a literal without being it
    qt().forAll(lists().of(integers().between(0, 5)).ofSizeBetween(0, 30))
        .checkAssert(ops -> {
          SmallMap.Builder<String, Integer> builder = new SmallMap.Builder<>("test");
          Map<String, Integer> model = new LinkedHashMap<>();
          for (int n = 0; n < ops.size(); n++) {
            String key = new String(KEYS[ops.get(n)].toCharArray()); // equal to the literal, not the same object
            builder.put(key, n);
            model.put(key, n);
          }
          SmallMap<String, Integer> map = builder.build();
          assertThat(map).isEqualTo(model);
          assertThat(new ArrayList<>(map.keySet())).isEqualTo(new ArrayList<>(model.keySet()));
          for (String key : KEYS) {
            assertThat(map.containsKey(key)).isEqualTo(model.containsKey(key));
            assertThat(map.get(key)).isEqualTo(model.get(key));
          }
        });
  }

  @Test
  void mappingTheValuesKeepsEveryKeyInOrderWithItsValueMapped() {
    // against the builder, which mapValues skips: the same keys, in the same order, each value mapped
    qt().forAll(lists().of(integers().between(0, 5)).ofSizeBetween(0, 30))
        .checkAssert(ops -> {
          SmallMap.Builder<String, Integer> given = new SmallMap.Builder<>("test");
          Map<String, String> model = new LinkedHashMap<>();
          for (int n = 0; n < ops.size(); n++) { // a key given again keeps its place, with the new value
            given.put(KEYS[ops.get(n)], n);
            model.put(KEYS[ops.get(n)], "#" + n);
          }
          SmallMap<String, String> mapped = SmallMap.mapValues(given.build(), v -> "#" + v, "test");
          assertThat(mapped).isEqualTo(model);
          assertThat(new ArrayList<>(mapped.keySet())).isEqualTo(new ArrayList<>(model.keySet()));
          assertThat(new ArrayList<>(mapped.values())).isEqualTo(new ArrayList<>(model.values()));
        });
  }

  @Test
  @SuppressWarnings("NullAway") // the point of the test: a caller breaking the contract
  void aNullKeyOrValueIsRefusedWithTheMapsNameAndTheKey() {
    SmallMap.Builder<String, String> builder = new SmallMap.Builder<>("args");
    assertThatThrownBy(() -> builder.put(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("args key");
    assertThatThrownBy(() -> builder.put("rate", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("args value for key: rate");
    SmallMap<String, String> one = builder.put("rate", "80%").build();
    assertThatThrownBy(() -> SmallMap.mapValues(one, v -> null, "args"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("args value for key: rate");
    assertThat(builder.build()).containsExactly(Map.entry("rate", "80%")); // nothing refused was kept
  }
}
