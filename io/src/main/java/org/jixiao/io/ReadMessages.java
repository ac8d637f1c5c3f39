package org.jixiao.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.MessageCatalog;
import org.jixiao.io.internal.table.Msg;

/**
 * The messages of the readers' diagnostics, by stable code ({@code JX-I-…}), in Chinese (the
 * default) and English.
 *
 * <p>Every diagnostic in a {@link ReadResult} keeps its rule id ({@link ReadDiagnostics}), and
 * has a code and the arguments its message was made from ({@link Finding#args()}); its message
 * is worded in the language of the reader ({@code TableReader.Builder.locale}, Chinese by
 * default). {@link #localise} words it again in another language. Branch on the rule id or the
 * code, never on the message.
 *
 * <p>Some arguments are <em>parts</em>: phrases with codes of their own, such as the row a
 * diagnostic is about ({@code row}: 第12行（序号 3）), the reasons a row does not fit its header
 * ({@code reasons}) or the moves of a realigned row ({@code moves}). A part {@code row} is kept
 * as {@code row} (the phrase as worded), {@code row.code} and its own arguments {@code row.line},
 * {@code row.seq}; a list of parts {@code reasons} as {@code reasons} (the phrases joined by the
 * language's separator: {@code ；} or {@code ; } for clauses, {@code 、} or {@code , } for items),
 * {@code reasons.count}, {@code reasons.join} ({@code clauses} or {@code items}) and, for each
 * part {@code i} from 1, {@code reasons.i.code} and its arguments {@code reasons.i.…}. So a
 * consumer can word every part itself, and {@link #localise} words the parts too.
 *
 * <p>The problems that stop a read ({@link JixiaoReadException}: strict mode's first problem, an
 * exceeded limit) are worded in the reader's language too, and carry their code ({@link
 * JixiaoReadException#code()}); an exception has no arguments.
 *
 * <p>The texts live in {@code org/jixiao/io/messages.properties} (Chinese) and {@code
 * messages_en.properties}, read once as UTF-8 without the JVM's default locale taking part. The
 * header of that file documents the code ranges of the module.
 */
public final class ReadMessages {
  private static final MessageCatalog CATALOG = load();

  private ReadMessages() {}

  /** The codes of the readers' diagnostics and of their parts, sorted. */
  public static Set<String> codes() {
    return CATALOG.codes();
  }

  /** The catalog itself: the templates by code, in Chinese and English. */
  public static MessageCatalog catalog() {
    return CATALOG;
  }

  /**
   * The message for {@code code} in the language of {@code locale}, its parts worded first;
   * empty when the code is not one of the readers'.
   *
   * @param code the code
   * @param args the arguments, parts included (as a diagnostic holds them)
   * @param locale the language
   * @return the message
   */
  public static Optional<String> render(String code, Map<String, String> args, Locale locale) {
    if (!CATALOG.has(code)) {
      return Optional.empty();
    }
    return CATALOG.render(code, Msg.reword(args, locale), locale);
  }

  /**
   * The diagnostic with its message, and the phrases of its parts, in the language of {@code
   * locale}; the finding itself when its code is not one of the readers'.
   *
   * @param finding a diagnostic
   * @param locale the language
   * @return the diagnostic, reworded
   */
  public static Finding localise(Finding finding, Locale locale) {
    String code = finding.code();
    if (!CATALOG.has(code)) {
      return finding;
    }
    Map<String, String> args = Msg.reword(finding.args(), locale);
    String message = CATALOG.render(code, args, locale).orElse(finding.message());
    if (message.equals(finding.message()) && args.equals(finding.args())) {
      return finding;
    }
    return Finding.builder().from(finding).message(message).args(args).build();
  }

  private static MessageCatalog load() {
    try {
      return MessageCatalog.read(open("messages.properties"), open("messages_en.properties"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the io module's messages", e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = ReadMessages.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the message file " + name + " is missing from jixiao-io");
    }
    return in;
  }
}
