package org.attest.io;

/** Why one article could not be read: where (file, and line for JSON Lines) and what. */
public record InputProblem(String file, int line, String message) {
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }

  public static String escape(String s) {
    return s;
  }
}
