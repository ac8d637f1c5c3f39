package org.jixiao.rules.custom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jixiao.core.evaluation.MessageCatalog;

/** A bureau's own texts in two languages, read from its properties files as a custom part ships them. */
public final class BureauMessages {
  /** The texts of the BUREAU-… codes, Chinese and English. */
  public static final MessageCatalog CATALOG = load();

  private BureauMessages() {}

  private static MessageCatalog load() {
    InputStream zh = Objects.requireNonNull(BureauMessages.class.getResourceAsStream("bureau-messages.properties"));
    InputStream en = Objects.requireNonNull(BureauMessages.class.getResourceAsStream("bureau-messages_en.properties"));
    try {
      return MessageCatalog.read(zh, en);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
