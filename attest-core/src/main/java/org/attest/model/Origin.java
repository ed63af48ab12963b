package org.attest.model;

/**
 * Where an article came from: a file ({@code file}), a fetched URL ({@code url}, {@code fetched}: when, ISO instant) or a
 * WARC record ({@code warc}: the file, {@code offset}: the record's byte offset in it, {@code url}: its target URI,
 * {@code date}: its WARC-Date). Fields that do not apply are null.
 */
public record Origin(String file, String warc, Long offset, String url, String fetched, String date) {
  public static Origin file(String path) {
    return new Origin(path, null, null, null, null, null);
  }

  public static Origin url(String url, String fetched) {
    return new Origin(null, null, null, url, fetched, null);
  }

  public static Origin warc(String file, long offset, String url, String date) {
    return new Origin(null, file, offset, url, null, date);
  }

  /**
   * The same place however often it is read: the file, the WARC record (file and offset) or the URL, without the time it was
   * fetched. Reading a place again is no new appearance of its text.
   */
  public String key() {
    if (warc != null) return "warc:" + warc + "@" + offset;
    if (file != null) return "file:" + file;
    if (url != null) return "url:" + url;
    return "";
  }
}
