package org.attest.io;

import java.util.Locale;
import java.util.regex.Pattern;

/** Language codes as pages and records give them ("en-US", "EN", "en_GB", "eng") reduced to ISO 639-1 ("en"). */
public final class Languages {
  private static final Pattern TAG = Pattern.compile("([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*");
  /** The three-letter codes of the languages most news is in, for records that give ISO 639-2. */
  private static final java.util.Map<String, String> THREE = java.util.Map.ofEntries(
      java.util.Map.entry("eng", "en"), java.util.Map.entry("fra", "fr"), java.util.Map.entry("fre", "fr"), java.util.Map.entry("deu", "de"),
      java.util.Map.entry("ger", "de"), java.util.Map.entry("spa", "es"), java.util.Map.entry("ita", "it"), java.util.Map.entry("por", "pt"),
      java.util.Map.entry("nld", "nl"), java.util.Map.entry("dut", "nl"), java.util.Map.entry("rus", "ru"), java.util.Map.entry("zho", "zh"),
      java.util.Map.entry("chi", "zh"), java.util.Map.entry("jpn", "ja"), java.util.Map.entry("ara", "ar"));

  private Languages() {}

  /** The ISO 639-1 code of a language tag, or null when it is none ("", "x", "english"). */
  public static String code(String tag) {
    if (tag == null) return null;
    var m = TAG.matcher(tag.strip());
    if (!m.matches()) return null;
    String primary = m.group(1).toLowerCase(Locale.ROOT);
    if (primary.length() == 2) return primary;
    return THREE.get(primary);
  }
}
