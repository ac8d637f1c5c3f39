package org.jixiao.io.internal.json;

import com.fasterxml.jackson.core.Version;

/**
 * The Jackson versions jixiao-io supports, checked at first use. An application's own Jackson
 * wins Maven's "nearest" resolution (Spring Boot 3.1 and 3.2 pin 2.15), and jixiao-io needs API
 * that 2.16 added (a document length bound); without this check the first read would fail deep
 * inside with a {@code NoSuchMethodError}.
 */
public final class JacksonVersion {
  /** The oldest Jackson this library works with. */
  public static final Version LOWEST = new Version(2, 16, 0, null, "com.fasterxml.jackson.core", "jackson-core");

  private JacksonVersion() {}

  /**
   * Checks the Jackson on the class or module path.
   *
   * @throws IllegalStateException naming the version found and the one needed
   */
  public static void require() {
    require("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION);
    require("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
  }

  /** Checks one artifact's version. */
  static void require(String artifact, Version found) {
    if (found.compareTo(LOWEST) < 0) {
      throw new IllegalStateException(
          "jixiao-io needs "
              + artifact
              + " "
              + LOWEST.getMajorVersion()
              + "."
              + LOWEST.getMinorVersion()
              + " or later, but "
              + found.toFullString()
              + " is on the path; with Spring Boot 3.1 or 3.2 set the property jackson-bom.version to 2.16.2 or later");
    }
  }
}
