/**
 * A finance bureau's own rules on top of jixiao: what an adopter writes. Its parts are
 * registered both here ({@code provides}, for the module path) and in {@code
 * META-INF/services} (for the class path).
 */
module gov.example.bureau {
  requires transitive org.jixiao.core;
  requires transitive org.jixiao.rules;
  requires transitive org.jixiao.io;

  exports gov.example.bureau;

  provides org.jixiao.rules.spi.Part with
      gov.example.bureau.LowExecutionPolicy,
      gov.example.bureau.LowExecutionCheck;
}
