package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The statements of work done in its own verb that {@link DoneActions} reads, and those it leaves. */
class DoneActionsTest {

  /** The words read at the first place anything is read, or "". */
  private static String read(String s) {
    char[] chars = CharArrays.of(s);
    for (int i = 0; i < chars.length; i++) {
      int n = DoneActions.mayStartAt(chars[i]) ? DoneActions.at(s, chars, i) : 0;
      if (n > 0) {
        return s.substring(i, i + n);
      }
    }
    return "";
  }

  @Test
  void aWholeThenAVerbIsReadWithItsEndWord() {
    assertThat(read("已全部拨付到位")).isEqualTo("全部拨付到位");
    assertThat(read("都已兑付到位")).isEqualTo("都已兑付到位");
    assertThat(read("已于6月全部拨付")).isEqualTo("全部拨付");
    assertThat(read("均已在规定时限内办结")).isEqualTo("均已在规定时限内办结");
  }

  @Test
  void aVerbIsReadOnlyWithAnEndWord() {
    assertThat(read("资金拨付到位")).isEqualTo("拨付到位");
    assertThat(read("整改完毕")).isEqualTo("整改完毕");
    assertThat(read("部分发放")).isEmpty();
    assertThat(read("发放补贴")).isEmpty();
  }

  @Test
  void aTimeLimitThenAVerbIsRead() {
    assertThat(read("在规定时限内办结")).isEqualTo("在规定时限内办结");
    assertThat(read("在规定时限内")).isEmpty();
  }

  @Test
  void aPlanAPartARateOrAnotherWordIsNotRead() {
    assertThat(read("计划全部发放")).isEmpty();
    assertThat(read("将于年底前全部拨付")).isEmpty();
    assertThat(read("剩余部分年底前拨付到位")).isEmpty();
    assertThat(read("全部120户")).isEmpty();
    assertThat(read("拨付到位率")).isEmpty();
    assertThat(read("整改到位中")).isEmpty();
    assertThat(read("制度健全都")).isEmpty();
    assertThat(read("按计划全部发放")).isEqualTo("全部发放"); // a rule followed, not a plan
  }
}
