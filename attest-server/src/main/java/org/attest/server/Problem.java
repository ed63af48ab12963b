package org.attest.server;

/**
 * A request the server cannot answer, with its HTTP status and what was wrong, written as RFC 9457
 * problem details by the API and as an error page by the pages. Never a stack trace.
 */
final class Problem extends RuntimeException {
  final int status;

  Problem(int status, String detail) {
    super(detail, null, false, false);
    this.status = status;
  }

  static Problem badRequest(String detail) {
    return new Problem(400, detail);
  }

  static Problem notFound(String detail) {
    return new Problem(404, detail);
  }

  /** The status's reason phrase, the problem's title. */
  static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 413 -> "Content Too Large";
      case 414 -> "URI Too Long";
      case 415 -> "Unsupported Media Type";
      case 431 -> "Request Header Fields Too Large";
      case 503 -> "Service Unavailable";
      default -> status >= 500 ? "Internal Server Error" : "Bad Request";
    };
  }
}
