package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The memo answers a call again only for the same objects, and computes everything else. */
class MemoTest {
  private static final Object KIND = new Object();
  private static final Object OTHER_KIND = new Object();

  @Test
  void theSameTextObjectIsComputedOnce() {
    AtomicInteger calls = new AtomicInteger();
    String text = new String("完成培训100人次".toCharArray());
    String first = Memo.get(KIND, text, Boolean.TRUE, (t, b) -> t + calls.incrementAndGet());
    String again = Memo.get(KIND, text, Boolean.TRUE, (t, b) -> t + calls.incrementAndGet());
    assertThat(again).isSameAs(first);
    assertThat(calls).hasValue(1);
  }

  @Test
  void equalTextInAnotherObjectIsComputedAgain() {
    // no cache of text across projects: equal text elsewhere is read afresh
    AtomicInteger calls = new AtomicInteger();
    String one = new String("满意度≥95%".toCharArray());
    String two = new String("满意度≥95%".toCharArray());
    Memo.get(KIND, one, Boolean.TRUE, (t, b) -> calls.incrementAndGet());
    Memo.get(KIND, two, Boolean.TRUE, (t, b) -> calls.incrementAndGet());
    assertThat(calls).hasValue(2);
  }

  @Test
  void anotherFunctionOrSecondArgumentIsAnotherCall() {
    AtomicInteger calls = new AtomicInteger();
    String text = new String("按时完成".toCharArray());
    Object context = new Object();
    String a = Memo.get(KIND, text, Boolean.TRUE, (t, b) -> "a" + calls.incrementAndGet());
    String b = Memo.get(OTHER_KIND, text, Boolean.TRUE, (t, unused) -> "b" + calls.incrementAndGet());
    String c = Memo.get(KIND, text, context, (t, unused) -> "c" + calls.incrementAndGet());
    assertThat(a + b + c).isEqualTo("a1b2c3");
  }

  @Test
  void aRememberedResultIsAnswered() {
    String text = new String("10人".toCharArray());
    Memo.remember(KIND, text, Boolean.TRUE, "known");
    assertThat(Memo.<String, Boolean, String>get(KIND, text, Boolean.TRUE, (t, b) -> "computed")).isEqualTo("known");
  }

  @Test
  void eachThreadHasItsOwnMemo() throws InterruptedException {
    String text = new String("年底前完成".toCharArray());
    Memo.remember(KIND, text, Boolean.TRUE, "main");
    String[] seen = new String[1];
    Thread other = new Thread(() -> seen[0] = Memo.get(KIND, text, Boolean.TRUE, (t, b) -> "other"));
    other.start();
    other.join();
    assertThat(seen[0]).isEqualTo("other");
    assertThat(Memo.<String, Boolean, String>get(KIND, text, Boolean.TRUE, (t, b) -> "computed")).isEqualTo("main");
  }
}
