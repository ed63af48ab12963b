package org.attest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attest.model.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Recognizers-Text DateTime scorer on suite files the test writes: scope, mappings, duplicates, extras. */
class RecognizersTimeEvalTest {
  /** A model-suite result: Start/End (inclusive) and Resolution.values[]. */
  static String model(String input, String text, String type, String... values) {
    int s = input.toLowerCase(java.util.Locale.ROOT).indexOf(text);
    return "{\"Text\": \"" + text + "\", \"Start\": " + s + ", \"End\": " + (s + text.length() - 1) + ", \"TypeName\": \"datetimeV2." + type
        + "\", \"Resolution\": {\"values\": [" + String.join(", ", values) + "]}}";
  }

  static String value(String timex, String value) {
    return "{\"timex\": \"" + timex + "\", \"type\": \"date\", \"value\": \"" + value + "\"}";
  }

  /** A parser-suite result: Start/Length and Value with Timex and the past and future resolutions. */
  static String parser(String input, String text, String type, String timex, String past, String future) {
    int s = input.indexOf(text);
    return "{\"Text\": \"" + text + "\", \"Type\": \"" + type + "\", \"Value\": {\"Timex\": \"" + timex + "\", \"FutureResolution\": {\"date\": \""
        + future + "\"}, \"PastResolution\": {\"date\": \"" + past + "\"}}, \"Start\": " + s + ", \"Length\": " + text.length() + "}";
  }

  static String kase(String input, String extra, String... results) {
    return "{\"Input\": \"" + input + "\", \"Context\": {\"ReferenceDateTime\": \"2016-11-07T00:00:00\"}" + extra + ", \"Results\": ["
        + String.join(", ", results) + "]}";
  }

  @Test
  void countsCasesOnceAndByReason(@TempDir Path dir) throws Exception {
    Path dt = Files.createDirectories(dir.resolve("DateTime"));
    String a = "The plant closed two years ago.", b = "The mayor resigned on Friday.", c = "Rebels held the town from 4 to 22 this month.",
        e = "Talks resume at 7:56:30 pm.", f = "The fund grew 8% last week.", g = "The pact was signed on 15.";
    Files.writeString(dt.resolve("DateTimeModel.json"), "\uFEFF[" + String.join(",\n",
        kase(a, "", model(a, "two years ago", "date", value("2014-11-07", "2014-11-07"))), // passes: "ago" keeps the year (2014)
        kase(b, "", model(b, "friday", "date", value("XXXX-WXX-5", "2016-11-04"), value("XXXX-WXX-5", "2016-11-11"))), // passes: the past one
        kase(c, "", model(c, "from 4 to 22 this month", "daterange", "{\"timex\": \"(2016-11-04,2016-11-22,P18D)\", \"type\": \"daterange\"}")), // a range
        kase(e, "", model(e, "7:56:30 pm", "time", "{\"timex\": \"T19:56:30\", \"type\": \"time\", \"value\": \"19:56:30\"}")), // no day
        kase(f, "", model(f, "last week", "daterange", "{\"timex\": \"2016-W44\", \"type\": \"daterange\", \"start\": \"2016-10-31\"}")), // passes
        kase(g, "", model(g, "15", "date", value("XXXX-XX-15", "2016-10-15")))) // a bare day number
        + "]");
    String h = "The board met on Oct. 2.", k = "Troops left on Wednesday.";
    Files.writeString(dt.resolve("DateParser.json"), "[" + String.join(",\n",
        kase(b, "", parser(b, "Friday", "date", "XXXX-WXX-5", "2016-11-04", "2016-11-11")), // the same case again: counted once
        kase(h, "", parser(h, "Oct. 2", "date", "XXXX-10-02", "2016-10-02", "2017-10-02")), // passes
        kase(k, ", \"NotSupported\": \"dotnet\"", parser(k, "Wednesday", "date", "XXXX-WXX-3", "2016-11-02", "2016-11-09"))) // out
        + "]");
    Files.writeString(dt.resolve("DateTimeModelTasksMode.json"), "[" + kase("Remind me at noon daily.", "") + "]");

    List<RecognizersTimeEval.FileScore> scores = RecognizersTimeEval.run(dir, null);
    RecognizersTimeEval.FileScore model = scores.get(0), parsers = scores.get(1), tasks = scores.get(2);
    assertEquals(6, model.total());
    assertEquals(3, model.inScope());
    assertEquals(3, model.passed());
    assertEquals(Map.of(RecognizersTimeEval.RANGE, 1, RecognizersTimeEval.NO_DAY, 1, RecognizersTimeEval.BARE_DAY, 1), model.excluded());
    assertEquals(1, parsers.duplicates());
    assertEquals(1, parsers.inScope());
    assertEquals(1, parsers.passed());
    assertEquals(Map.of(RecognizersTimeEval.NOT_SUPPORTED, 1), parsers.excluded());
    assertEquals(Map.of(RecognizersTimeEval.MODE, 1), tasks.excluded());
  }

  @Test
  void mapsTheSuitesConventionsToTimeMl() {
    assertEquals("2016-Q3", RecognizersTimeEval.unitOf("(2016-07-01,2016-10-01,P3M)"));
    assertEquals("2016-H1", RecognizersTimeEval.unitOf("(2016-01-01,2016-07-01,P6M)"));
    assertEquals("2016-11", RecognizersTimeEval.unitOf("(2016-11-01,2016-12-01,P1M)"));
    assertEquals("2016-W45", RecognizersTimeEval.unitOf("(2016-11-07,2016-11-14,P7D)"));
    assertEquals("199", RecognizersTimeEval.unitOf("(1990-01-01,2000-01-01,P10Y)"));
    assertNull(RecognizersTimeEval.unitOf("(2016-11-04,2016-11-22,P18D)"));
    assertNull(RecognizersTimeEval.unitOf("(2016-11-08,2016-11-11,P3D)")); // "next 3 days": a true interval
    assertEquals("2014", RecognizersTimeEval.granular("two years ago", "2014-11-07"));
    assertEquals("2016-08", RecognizersTimeEval.granular("3 months ago", "2016-08-07"));
    assertEquals("2016-W42", RecognizersTimeEval.granular("three weeks ago", "2016-10-17"));
    assertEquals("2016-11-04", RecognizersTimeEval.granular("three days ago", "2016-11-04")); // days stay days
    assertEquals("2018-W25", RecognizersTimeEval.granular("three weeks from tomorrow", "2018-06-22")); // from a day word as from now
    assertEquals("2016-09-06", RecognizersTimeEval.granular("two months from today on tuesday", "2016-09-06")); // a day named after it
    assertEquals("P2W", RecognizersTimeEval.inUnits("in two weeks"));
    assertEquals("PT5M", RecognizersTimeEval.inUnits("in 5 minutes"));
    assertNull(RecognizersTimeEval.inUnits("two weeks from now"));
    assertEquals("PT1H30M", RecognizersTimeEval.canonical("PT1.5H"));
    assertEquals("P1Y3M", RecognizersTimeEval.canonical("P1.25Y"));
    assertEquals("PT123.45S", RecognizersTimeEval.canonical("PT123.45S"));
    assertEquals("PT30M", RecognizersTimeEval.canonical("PT0H30M"));
    assertEquals("P6M", RecognizersTimeEval.canonical("P0Y6M"));
    assertEquals("P10D", RecognizersTimeEval.canonical("P10D"));
    assertEquals("PT20M", RecognizersTimeEval.canonical("PT20M"));
    assertEquals("2016-11-08T16:00", RecognizersTimeEval.canonical("2016-11-08T16"));
    assertEquals("XXXX-WXX-1T16:00", RecognizersTimeEval.canonical("XXXX-WXX-1T16:00:00"));
    assertEquals("P3D", RecognizersTimeEval.canonical("P3D"));
    assertEquals("P3M", RecognizersTimeEval.canonical("P1Q"));
    assertEquals("P6D", RecognizersTimeEval.canonical("P3WE"));
    assertEquals("P6M", RecognizersTimeEval.canonical("P0.5Y")); // "half year": zero parts left out after the decimals too
    assertEquals("PT30M", RecognizersTimeEval.canonical("PT0.5H"));
    assertEquals("2018-01-15", RecognizersTimeEval.canonical("2018-01-WXX-1-3")); // the suite's third Monday of January
    assertEquals("2016-07-01", RecognizersTimeEval.canonical("2016-07-WXX-5-#1")); // its first Friday of July
    assertEquals("2019-09-02T18:00", RecognizersTimeEval.canonical("2019-09-WXX-1-#1T18"));
    assertEquals("2017-09-WXX-7-5", RecognizersTimeEval.canonical("2017-09-WXX-7-5")); // no fifth Sunday: kept
    assertEquals("P3W", RecognizersTimeEval.inUnits("3 weeks after Christmas"));
    assertNull(RecognizersTimeEval.inUnits("3 weeks from now")); // TimeML resolves it as one date
    assertNull(RecognizersTimeEval.inUnits("two days before yesterday")); // so too a day word's offset (the suite's value is a date)
    assertNull(RecognizersTimeEval.inUnits("2 weeks after tomorrow"));
  }

  static RecognizersTimeEval.Case one(String file, String json) throws Exception {
    Path f = Files.createTempFile("suite", ".json");
    Files.writeString(f, "[" + json + "]");
    try {
      return RecognizersTimeEval.read(f, file).get(0);
    } finally {
      Files.delete(f);
    }
  }

  static TimeExpression time(int start, int end, String type, String value) {
    return new TimeExpression("t1", start, end, "x", type, value, null);
  }

  @Test
  void judgesTypeValueAndExtras() throws Exception {
    String in = "Police left on Monday.";
    RecognizersTimeEval.Case monday = one("DateTimeModel.json",
        kase(in, "", model(in, "monday", "date", value("XXXX-WXX-1", "2016-10-31"), value("XXXX-WXX-1", "2016-11-14"))));
    int s = in.indexOf("Monday");
    assertTrue(RecognizersTimeEval.passes(monday, List.of(time(s, s + 6, "DATE", "2016-10-31"))));
    assertTrue(RecognizersTimeEval.passes(monday, List.of(time(s, s + 6, "DATE", "2016-11-14"))));
    assertFalse(RecognizersTimeEval.passes(monday, List.of(time(s, s + 6, "DATE", "2016-11-07")))); // neither resolution
    assertFalse(RecognizersTimeEval.passes(monday, List.of(time(s, s + 6, "SET", "2016-10-31")))); // the wrong type
    assertFalse(RecognizersTimeEval.passes(monday, List.of(time(0, 3, "DATE", "2016-11-07")))); // no overlap
    assertFalse(RecognizersTimeEval.passes(monday, List.of(time(s, s + 6, "DATE", "2016-10-31"), time(0, 6, "DATE", "PRESENT_REF")))); // an extra
    RecognizersTimeEval.Case asParser = one("DateParser.json", kase(in, "", parser(in, "Monday", "date", "XXXX-WXX-1", "2016-10-31", "2016-11-14")));
    assertTrue(RecognizersTimeEval.passes(asParser, List.of(time(s, s + 6, "DATE", "2016-10-31"), time(0, 6, "DATE", "PRESENT_REF")))); // one parser's test
    String w = "Their weekend talks stalled.";
    RecognizersTimeEval.Case weekend = one("DateTimeModel.json", kase(w, "", model(w, "weekend", "daterange",
        "{\"timex\": \"XXXX-WXX-WE\", \"type\": \"daterange\", \"start\": \"2016-11-05\"}")));
    assertTrue(RecognizersTimeEval.accepted(weekend.results().get(0), "2016-11-07").contains("2016-W44-WE"));
    String bound = "The office closes Thursday before 5pm.";
    RecognizersTimeEval.Case before = one("DateTimeModel.json", kase(bound, "", model(bound, "thursday before 5pm", "datetimerange",
        "{\"timex\": \"XXXX-WXX-4T17\", \"Mod\": \"before\", \"type\": \"datetimerange\", \"end\": \"2016-11-10 17:00:00\"}")));
    assertTrue(RecognizersTimeEval.accepted(before.results().get(0), "2016-11-07").contains("2016-11-10T17:00")); // the bound is the point
    String n = "Markets rallied now.";
    RecognizersTimeEval.Case now = one("DateTimeModel.json", kase(n, "", model(n, "now", "datetime", value("PRESENT_REF", "2016-11-07 00:00:00"))));
    assertEquals("DATE", RecognizersTimeEval.typeOf(now.results().get(0)));
    String r = "Set up a call for Monday.";
    RecognizersTimeEval.Case request = one("DateTimeModel.json", kase(r, "", model(r, "monday", "date", value("XXXX-WXX-1", "2016-11-14"))));
    assertEquals(RecognizersTimeEval.REQUEST, RecognizersTimeEval.excluded(request));
    String o = "The pact was signed on 22/04.";
    RecognizersTimeEval.Case order = one("DateTimeModel.json", kase(o, "", model(o, "22/04", "date", value("XXXX-04-22", "2016-04-22"), value("XXXX-04-22", "2017-04-22"))));
    assertEquals(RecognizersTimeEval.DAY_MONTH, RecognizersTimeEval.excluded(order));
  }
}
