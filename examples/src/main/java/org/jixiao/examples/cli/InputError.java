package org.jixiao.examples.cli;

/** A problem with the user's input or arguments: reported in one line, exit code 2. */
final class InputError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputError(String message) {
    super(message);
  }

  InputError(String message, Throwable cause) {
    super(message, cause);
  }
}
